package be.miresem.rebond.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.shared.time.DateFormats;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Elision, "1er", and the plurals of the bundle's counted messages. */
class FrenchTest {

    @Test
    void deElidesBeforeAVowelOrAMuteH() {
        assertThat(French.of("Amandine Lambert")).isEqualTo("d’Amandine Lambert");
        assertThat(French.of("Émile Dubois")).isEqualTo("d’Émile Dubois");
        assertThat(French.of("Yves Martin")).isEqualTo("d’Yves Martin");
        assertThat(French.of("Marie Dupont")).isEqualTo("de Marie Dupont");
        assertThat(French.of("Hugo Bernard")).as("aspirated h").isEqualTo("de Hugo Bernard");
        assertThat(French.of("Hélène Piret")).isEqualTo("de Hélène Piret");
        assertThat(French.elides("Hippolyte")).as("mute h").isTrue();
        assertThat(French.elides("")).isFalse();
    }

    @Test
    void theFirstOfTheMonthIsPremier() {
        DateFormats dates = new DateFormats();
        assertThat(dates.date(LocalDate.of(2026, 12, 1))).isEqualTo("1er décembre 2026");
        assertThat(dates.date(LocalDate.of(2026, 12, 4))).isEqualTo("4 décembre 2026");
        assertThat(dates.day(LocalDate.of(2026, 12, 1))).isEqualTo("mardi 1er décembre 2026");
        assertThat(dates.date(LocalDate.of(2026, 12, 11))).isEqualTo("11 décembre 2026");
        assertThat(dates.date(LocalDate.of(2026, 12, 21))).isEqualTo("21 décembre 2026");
        // 1 March 2026, 10:30 in Brussels (winter time, UTC+1).
        assertThat(DateFormats.longDateTime(Instant.parse("2026-03-01T09:30:00Z"))).isEqualTo("dimanche 1er mars 2026 à 10h30");
        // 1 July 2026, 10:30 in Brussels (summer time, UTC+2).
        assertThat(DateFormats.longDateTime(Instant.parse("2026-07-01T08:30:00Z"))).isEqualTo("mercredi 1er juillet 2026 à 10h30");
    }

    @Test
    void countedMessagesFollowTheFrenchPluralRule() throws IOException {
        Properties bundle = bundle();
        assertThat(format(bundle, "casefile.list.count", 0L, 1, 1)).isEqualTo("aucun dossier · page 1 sur 1");
        assertThat(format(bundle, "casefile.list.count", 1L, 1, 1)).isEqualTo("1 dossier · page 1 sur 1");
        assertThat(format(bundle, "casefile.list.count", 1200L, 2, 24)).as("French digit grouping")
                .matches("1\\h200 dossiers · page 2 sur 24");
        assertThat(format(bundle, "onboarding.count", 2L)).isEqualTo("2 demandes");
        assertThat(format(bundle, "employer.need.filled", 1, 2)).isEqualTo("1 embauche sur 2");
        assertThat(format(bundle, "employer.need.filled", 0, 1)).isEqualTo("aucune embauche sur 1");
        assertThat(format(bundle, "employer.candidates.count", 3)).isEqualTo("3 bénéficiaires correspondent.");
        assertThat(format(bundle, "employer.candidates.count", 0)).isEqualTo("Aucun bénéficiaire ne correspond pour l’instant.");
        assertThat(format(bundle, "seancesAdmin.capacity", 12, 0)).isEqualTo("12 places, complet");
        assertThat(format(bundle, "seancesAdmin.capacity", 12, 1)).isEqualTo("12 places, 1 restante");
        assertThat(format(bundle, "agenda.session.cpas", 1L)).isEqualTo("1 participant inscrit");
        // No message guesses a plural with "(s)".
        bundle.forEach((key, value) -> assertThat((String) value).as(key.toString())
                .doesNotContain("(s)").doesNotContain("(es)"));
    }

    private static String format(Properties bundle, String key, Object... args) {
        return new MessageFormat(bundle.getProperty(key), French.LOCALE).format(args);
    }

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = FrenchTest.class.getResourceAsStream("/i18n/messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }
}
