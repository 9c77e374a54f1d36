package be.miresem.rebond.shared.web;

import be.miresem.rebond.shared.config.Settings;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request comes from, for login throttling and the request form's rate limit. Behind a reverse
 * proxy listed in {@code REBOND_TRUSTED_PROXIES}, the right-most X-Forwarded-For entry that is not itself a
 * trusted proxy (what the proxy saw); otherwise the connection's address, and X-Forwarded-For is ignored (a
 * client could write anything there).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"),
                Settings.TRUSTED_PROXIES.value().orElse(""));
    }

    static String of(String remote, String forwardedFor, String trustedList) {
        Set<String> trusted = Arrays.stream(trustedList.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        if (!trusted.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return remote;
    }
}
