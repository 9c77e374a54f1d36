package be.miresem.rebond.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.casefile.Beneficiary;
import be.miresem.rebond.casefile.web.CaseTasksBacking;
import be.miresem.rebond.onboarding.CollaborationRequest;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The date and time fields read what people type, and the text fields take their limits from the entities. */
class FormConvertersTest {

    @Test
    void datesAreReadAsThePickerSendsThemAndAsPeopleWriteThem() {
        assertThat(DateConverter.parse("2026-03-29")).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(DateConverter.parse("29/03/2026")).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(DateConverter.parse("1/4/2026")).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(DateConverter.parse("29.03.2026")).isEqualTo(LocalDate.of(2026, 3, 29));
    }

    @Test
    void impossibleDatesAreRefusedRatherThanMovedToAnotherDay() {
        assertThat(DateConverter.parse("2026-02-30")).isNull();
        assertThat(DateConverter.parse("31/04/2026")).isNull();
        assertThat(DateConverter.parse("demain")).isNull();
        assertThat(DateConverter.parse("03/29/2026")).isNull();
    }

    @Test
    void timesAreReadWithAColonOrTheFrenchH() {
        assertThat(TimeConverter.parse("09:30")).isEqualTo(LocalTime.of(9, 30));
        assertThat(TimeConverter.parse("9h30")).isEqualTo(LocalTime.of(9, 30));
        assertThat(TimeConverter.parse("14h")).isEqualTo(LocalTime.of(14, 0));
        assertThat(TimeConverter.parse("24:00")).isNull();
        assertThat(TimeConverter.parse("9:75")).isNull();
        assertThat(TimeConverter.parse("midi")).isNull();
    }

    @Test
    void limitsComeFromTheSizeDeclaredOnTheEntityOrTheBeanField() {
        FieldLimits limits = new FieldLimits();
        assertThat(limits.of(Beneficiary.class, "lastName")).isEqualTo(80);
        assertThat(limits.of(CollaborationRequest.class, "message")).isEqualTo(CollaborationRequest.MESSAGE_MAX);
        assertThat(limits.of(CaseTasksBacking.class, "taskTitle")).isEqualTo(200);
        assertThat(limits.of(Beneficiary.class, "birthYear")).isNull();
        assertThat(limits.of(Beneficiary.class, "noSuchProperty")).isNull();
    }
}
