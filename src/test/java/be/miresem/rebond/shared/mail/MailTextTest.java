package be.miresem.rebond.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** E-mails take their French from the bundle; instants become Brussels dates, parts the bundle's text, null nothing. */
class MailTextTest {

    @Test
    void instantsAreWrittenInBrusselsTimeAcrossTheClockChange() {
        // 08:00 UTC is 09:00 in Brussels in winter, 10:00 in summer.
        assertThat(MailText.of("mail.reminder.booking").subjectWith(Instant.parse("2026-12-01T08:00:00Z")).subject())
                .isEqualTo("Rebond : rappel, rendez-vous le mardi 1er décembre 2026 à 09h00");
        assertThat(MailText.of("mail.reminder.booking").subjectWith(Instant.parse("2026-06-02T08:00:00Z")).subject())
                .isEqualTo("Rebond : rappel, rendez-vous le mardi 2 juin 2026 à 10h00");
    }

    @Test
    void partsAreTheBundlesTextAndMissingValuesShowNothing() {
        String body = MailText.of("mail.reminder.booking")
                .bodyWith(Instant.parse("2026-12-01T08:00:00Z"), "CPAS de Couvin", MailText.part("MeetingSubject.FOLLOW_UP"), null)
                .body();
        assertThat(body).contains("mardi 1er décembre 2026 à 09h00").contains("CPAS de Couvin")
                .contains("Suivi de bénéficiaires").doesNotContain("null").doesNotContain("???");
    }
}
