package be.miresem.rebond.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with its own cookies, for checks at the HTTP level (no browser). Does not follow redirects.
 * HTTP/1.1 only, as browsers speak to a plain-HTTP address (the portal does not offer HTTP/2 in clear text).
 */
public final class WebClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final PortalServer server;
    private final CookieManager cookies;
    private final HttpClient client;
    private final Map<String, String> headers;
    private final boolean chunked;

    public WebClient(PortalServer server) {
        this(server, new BrowserCookies());
    }

    /**
     * Cookies sent back as browsers do ({@code name=value}). Java's own CookieManager quotes a value holding
     * a colon and adds {@code $Path}/{@code $Domain}, which Payara cannot parse in its session-version cookie
     * ({@code JSESSIONIDVERSION=2f:1}, set for distributable applications).
     */
    private static final class BrowserCookies extends CookieManager {
        @Override
        public Map<String, java.util.List<String>> get(URI uri, Map<String, java.util.List<String>> headers) {
            String cookies = getCookieStore().get(uri).stream()
                    .filter(c -> c.getPath() == null || uri.getPath().startsWith(c.getPath()))
                    .map(c -> c.getName() + "=" + c.getValue()).collect(java.util.stream.Collectors.joining("; "));
            return cookies.isEmpty() ? Map.of() : Map.of("Cookie", java.util.List.of(cookies));
        }
    }

    private WebClient(PortalServer server, CookieManager cookies) {
        this(server, cookies, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build(), Map.of(), false);
    }

    private WebClient(PortalServer server, CookieManager cookies, HttpClient client, Map<String, String> headers,
            boolean chunked) {
        this.server = server;
        this.cookies = cookies;
        this.client = client;
        this.headers = headers;
        this.chunked = chunked;
    }

    /** The same user (same cookies, so same session) talking to another node of the portal. */
    public WebClient on(PortalServer node) {
        return new WebClient(node, cookies);
    }

    /**
     * The same user sending this header with every request, e.g. a forged {@code Host} (the failsafe
     * configuration allows it: {@code jdk.httpclient.allowRestrictedHeaders=host}).
     */
    public WebClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new WebClient(server, cookies, client, Map.copyOf(more), chunked);
    }

    /** The same user sending form bodies chunked, without announcing their length. */
    public WebClient chunked() {
        return new WebClient(server, cookies, client, headers, true);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(server.uri(path)).GET());
    }

    /** GET of a download, as bytes (to check encodings and byte-order marks). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(server.uri(path)).GET().timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET, following redirects within the portal. */
    public HttpResponse<String> follow(String path) {
        HttpResponse<String> response = get(path);
        for (int i = 0; i < 5 && response.statusCode() / 100 == 3; i++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            response = get(URI.create(location).getRawPath() + Optional.ofNullable(URI.create(location).getRawQuery())
                    .map(q -> "?" + q).orElse(""));
        }
        return response;
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(body(body)));
    }

    private HttpRequest.BodyPublisher body(String body) {
        if (!chunked) {
            return HttpRequest.BodyPublishers.ofString(body);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes));
    }

    /** A form POST with repeated names allowed, in the given order. */
    public HttpResponse<String> postPairs(String path, java.util.List<Map.Entry<String, String>> pairs) {
        String body = pairs.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(body(body)));
    }

    /** A multipart/form-data POST as a browser sends a form with files: the fields, then each file (name → file name, bytes). */
    public HttpResponse<String> postMultipart(String path, java.util.List<Map.Entry<String, String>> pairs,
            Map<String, Map.Entry<String, byte[]>> files) {
        String boundary = "----rebond" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> pair : pairs) {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + pair.getKey() + "\"\r\n\r\n"
                    + pair.getValue() + "\r\n");
        }
        files.forEach((name, file) -> {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(file.getValue());
            text.accept("\r\n");
        });
        text.accept("--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * Submits a Faces form as a browser would: fetches the page, takes its view state, posts the
     * given fields with the form's id and the pressed button.
     */
    public HttpResponse<String> submit(String path, String formId, String buttonId, Map<String, String> fields) {
        HttpResponse<String> page = get(path);
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put(buttonId, "x");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        return post(path, form);
    }

    /** Signs in through /connexion; returns the response to the login POST. */
    public HttpResponse<String> signIn(String email, String password) {
        return submit("/connexion", "login", "submit", Map.of("email", email, "password", password));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    public static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No Faces view state in the page");
        }
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
