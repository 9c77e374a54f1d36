package be.miresem.rebond.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A line stored as a key and arguments reads back the same; what a person typed is never taken for one. */
class StoredTextTest {

    @Test
    void aStoredLineKeepsItsKeyAndTypedArguments() {
        Instant at = Instant.parse("2026-03-29T08:30:00Z");
        String stored = StoredText.of("casefile.journal.meeting.note", StoredText.at(at),
                StoredText.label("MeetingSubject.FOLLOW_UP"), "Piste : traiteur, 38 h", null, 42L,
                StoredText.day(LocalDate.of(2026, 12, 4)));
        assertThat(StoredText.isStored(stored)).isTrue();
        StoredText.Line line = StoredText.parse(stored);
        assertThat(line.key()).isEqualTo("casefile.journal.meeting.note");
        assertThat(line.args()).containsExactly(new StoredText.At(at), new StoredText.Label("MeetingSubject.FOLLOW_UP"),
                new StoredText.Plain("Piste : traiteur, 38 h"), new StoredText.Plain(""), new StoredText.Plain("42"),
                new StoredText.Day(LocalDate.of(2026, 12, 4)));
    }

    @Test
    void typedTextIsNeverAStoredLine() {
        assertThat(StoredText.isStored("Appel positif")).isFalse();
        assertThat(StoredText.isStored("")).isFalse();
        assertThat(StoredText.isStored(null)).isFalse();
        assertThat(StoredText.parse(StoredText.of("TaskKind.MANUAL")).args()).isEmpty();
    }
}
