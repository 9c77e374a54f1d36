package be.miresem.rebond.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The officer's Markdown becomes safe HTML (until now only checked on published pages over HTTP). */
class SafeMarkdownTest {

    @Test
    void theSmallMarkdownIsRendered() {
        assertThat(SafeMarkdown.toHtml("Un texte **important** et *nuancé*.\n\n- un\n- deux"))
                .contains("<strong>important</strong>").contains("<em>nuancé</em>").contains("<li>un</li>");
        assertThat(SafeMarkdown.toHtml("[La Miresem](https://www.miresem.be)"))
                .contains("href=\"https://www.miresem.be\"").contains("rel=\"noopener noreferrer\"");
        assertThat(SafeMarkdown.toHtml(null)).isEmpty();
        assertThat(SafeMarkdown.toHtml("   ")).isEmpty();
    }

    @Test
    void scriptsHandlersStylesAndDangerousLinksNeverSurvive() {
        String html = SafeMarkdown.toHtml("<script>alert(1)</script> <img src=x onerror=alert(1)>"
                + " <p style=\"color:red\" onclick=\"x()\">texte</p> [lien](javascript:alert(1))"
                + " [data](data:text/html;base64,PHNjcmlwdD4=)");
        // Typed HTML is shown as text (escaped); links other than http(s) and mailto are not made.
        assertThat(html).contains("&lt;script&gt;").doesNotContain("<script").doesNotContain("<img")
                .doesNotContain("onerror=").doesNotContain("onclick=").doesNotContain("style=")
                .doesNotContain("href=\"javascript").doesNotContain("href=\"data:").doesNotContain("<a ");
    }
}
