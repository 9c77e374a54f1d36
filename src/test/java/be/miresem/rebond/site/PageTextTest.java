package be.miresem.rebond.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Every text a page shows comes from the bundle: fails on literal words in a Facelets page (text or
 * user-visible attributes) and on bundle keys that the bundle lacks.
 */
class PageTextTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path BUNDLE = Path.of("src/main/resources/i18n/messages.properties");
    /** Attributes whose value a person reads or hears. */
    private static final List<String> VISIBLE_ATTRIBUTES =
            List.of("value", "title", "alt", "placeholder", "label", "aria-label", "content", "itemLabel",
                    "requiredMessage", "validatorMessage", "converterMessage", "summary", "caption");
    private static final Pattern KEY = Pattern.compile("i18n\\s*\\[\\s*'([^']+)'\\s*\\]|i18n\\.([A-Za-z0-9_.]+)");
    private static final Pattern EL = Pattern.compile("#\\{[^}]*}");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

    @Test
    void pagesHoldNoLiteralText() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            Document document = parse(page);
            walk(document.getDocumentElement(), page, problems);
        }
        assertThat(problems).as("literal text in pages (use a bundle key)").isEmpty();
    }

    @Test
    void everyKeyUsedExistsInTheBundle() throws Exception {
        Properties bundle = bundle();
        List<String> missing = new ArrayList<>();
        for (Path page : pages()) {
            Matcher matcher = KEY.matcher(Files.readString(page));
            while (matcher.find()) {
                String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                if (!key.endsWith(".") && !bundle.containsKey(key)) {
                    missing.add(WEBAPP.relativize(page) + ": " + key);
                }
            }
        }
        assertThat(missing).as("keys missing from messages.properties").isEmpty();
        assertThat(pages()).as("pages found").hasSizeGreaterThan(5);
    }

    @Test
    void enumLabelsExistForEveryValueShownThroughAPrefix() throws Exception {
        Properties bundle = bundle();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(
                be.miresem.rebond.partner.CpasStatus.class, be.miresem.rebond.account.Role.class,
                be.miresem.rebond.survey.Trigger.class, be.miresem.rebond.survey.Party.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(bundle).containsKey(type.getSimpleName() + "." + value.name());
            }
        }
    }

    private static void walk(Element element, Path page, List<String> problems) {
        String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        if (name.equals("remove") || name.equals("script") || name.equals("style")) {
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String attributeName = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            if (VISIBLE_ATTRIBUTES.contains(attributeName) && hasLiteralWords(attribute.getNodeValue())
                    && !(name.equals("meta") && !"description".equals(element.getAttribute("name")))
                    && !name.equals("param") && !name.equals("set")) {
                problems.add(WEBAPP.relativize(page) + ": <" + name + " " + attributeName + "=\""
                        + attribute.getNodeValue() + "\">");
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE && hasLiteralWords(child.getNodeValue())) {
                problems.add(WEBAPP.relativize(page) + ": text \"" + child.getNodeValue().strip() + "\" in <" + name + ">");
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                walk((Element) child, page, problems);
            }
        }
    }

    private static boolean hasLiteralWords(String text) {
        return LETTERS.matcher(EL.matcher(text).replaceAll("")).find();
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    private static Document parse(Path page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try (InputStream in = Files.newInputStream(page)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
