package be.miresem.rebond.survey;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.survey.migration.V26__Survey_sending;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A questionnaire's sending: the trigger gives the audience, a new revision keeps the sending, a pause stops it. */
class QuestionnaireTest {

    @Test
    void theTriggerGivesTheAudienceAndTheDelaysAreKeptInOrderOnce() {
        Questionnaire q = new Questionnaire("Q1", 1, Trigger.CONTRACT_END, List.of(6, 3, 6), "Avis", "");
        assertThat(q.getParty()).isEqualTo(Party.BENEFICIARY);
        assertThat(q.getDelays()).containsExactly(3, 6);
        assertThat(q.getOpenDays()).isEqualTo(30);
        assertThat(q.getRemindDays()).isEqualTo(7);
        assertThat(new Questionnaire("Q2", 1, Trigger.QUARTER, List.of(), "Pouls", "").getDelays()).isEmpty();
        assertThat(Trigger.QUARTER.party()).isEqualTo(Party.AGENT);
        assertThat(Trigger.SESSION.isMonthly()).isFalse();
        assertThat(Trigger.HIRE.isMonthly()).isTrue();
    }

    @Test
    void aNewRevisionKeepsTheSendingAndAPauseOrNoQuestionStopsIt() {
        Questionnaire q = new Questionnaire("Q1", 1, Trigger.HIRE, List.of(0), "Avis", "");
        assertThat(q.isSending()).as("no question yet").isFalse();
        q.ask(QuestionKind.YES_NO, "Satisfait ?", null, null, null);
        assertThat(q.isSending()).isTrue();
        q.schedule(List.of(0, 3), 14, 5, true);
        assertThat(q.isSending()).as("paused").isFalse();

        Questionnaire next = q.nextRevision("Avis, version 2", "Intro");
        assertThat(next.getRevision()).isEqualTo(2);
        assertThat(next.getCode()).isEqualTo("Q1");
        assertThat(next.getTrigger()).isEqualTo(Trigger.HIRE);
        assertThat(next.getDelays()).containsExactly(0, 3);
        assertThat(next.getOpenDays()).isEqualTo(14);
        assertThat(next.getRemindDays()).isEqualTo(5);
        assertThat(next.isPaused()).isTrue();
        assertThat(next.getTitle()).isEqualTo("Avis, version 2");
    }

    @Test
    void theKeysOfInvitationsMadeBeforeNameTheirQuestionnaireAndDelay() {
        Map<String, Long> accounts = Map.of("agent@couvin.test", 12L);
        assertThat(V26__Survey_sending.key("hire:42", accounts)).isEqualTo("EMPLOYER_HIRE:hire:42:0");
        assertThat(V26__Survey_sending.key("hire-3m:42", accounts)).isEqualTo("EMPLOYER_FOLLOW_UP:hire:42:3");
        assertThat(V26__Survey_sending.key("session:7", accounts)).isEqualTo("SESSION:session:7:1");
        assertThat(V26__Survey_sending.key("case-6m:9", accounts)).isEqualTo("BENEFICIARY:case:9:6");
        assertThat(V26__Survey_sending.key("pulse:2026-T4:agent@couvin.test", accounts))
                .isEqualTo("AGENT_PULSE:pulse:2026-T4:12");
    }
}
