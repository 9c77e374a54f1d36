package be.miresem.rebond.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** News addresses from French titles (until now only seen through /actualites/{slug} over HTTP). */
class SlugsTest {

    @Test
    void frenchTitlesBecomeReadableAsciiSegments() {
        assertThat(Slugs.from("Réunion à Couvin !")).isEqualTo("reunion-a-couvin");
        assertThat(Slugs.from("L’œuvre des CPAS : « Rebond » en 2026")).isEqualTo("l-oeuvre-des-cpas-rebond-en-2026");
        assertThat(Slugs.from("  --Été--  ")).isEqualTo("ete");
    }

    @Test
    void emptyOrSymbolOnlyTitlesGetADefaultAndLongOnesAreCutAtAWord() {
        assertThat(Slugs.from(null)).isEqualTo("actualite");
        assertThat(Slugs.from("?!…")).isEqualTo("actualite");
        String slug = Slugs.from("mot ".repeat(40));
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX);
        assertThat(slug).doesNotEndWith("-").startsWith("mot-mot");
    }

    @Test
    void aTakenSlugGetsANumberedVariant() {
        assertThat(Slugs.variant("titre", 1)).isEqualTo("titre");
        assertThat(Slugs.variant("titre", 2)).isEqualTo("titre-2");
    }
}
