package be.miresem.rebond.site;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns the officer's text into safe HTML: a small Markdown (paragraphs, bold, italics, links, lists)
 * rendered by commonmark with raw HTML escaped, then filtered by an allow-list sanitiser, so that
 * nothing typed in a form can add a script, an event handler or a style to a public page.
 */
public final class SafeMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(org.commonmark.ext.autolink.AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).softbreak("<br />").build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "strong", "em", "ul", "ol", "li", "br", "a", "blockquote")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private SafeMarkdown() {
    }

    /** The HTML of a Markdown text; empty for null. Safe to output without escaping. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        return POLICY.sanitize(RENDERER.render(document));
    }
}
