package be.miresem.rebond.survey;

import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.meeting.PresentationSessions;
import be.miresem.rebond.shared.Refusal;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.mail.MailText;
import be.miresem.rebond.shared.mail.Mailer;
import be.miresem.rebond.shared.security.AccessDeniedException;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.security.SignedTokens;
import be.miresem.rebond.shared.security.SigningKeys;
import be.miresem.rebond.shared.time.ClockProducer;
import be.miresem.rebond.shared.web.PageLinks;
import be.miresem.rebond.shared.web.PublicContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Satisfaction surveys: invitations made once per trigger, questionnaire and delay (a hire: its employer; a quarter:
 * every active agent; a session: the CPAS present; a contract's end: the beneficiary), as each questionnaire's
 * sending says ({@link Questionnaire#getTrigger}, delays, open days, reminder, pause); sent and reminded once by
 * {@link SurveyJob}, answered through a signed, expiring link — one answer per invitation, changeable until it
 * expires —, with an opt-out link of its own. The e-mails greet the person and carry the links, nothing else.
 */
@ApplicationScoped
@Transactional
public class Surveys {

    /** How long after an event's milestone its invitation is still made (a portal down then catches up). */
    static final int CATCH_UP_DAYS = 30;
    /** How long an opt-out link works. */
    static final Duration STOP_LINK_FOR = Duration.ofDays(365);

    @Inject
    private SurveyRepository repository;

    @Inject
    private AccountService accounts;

    @Inject
    private PresentationSessions sessions;

    @Inject
    private CaseFiles cases;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Mailer mailer;

    @Inject
    private SigningKeys keys;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** An answer changes the public results page's satisfaction figures. */
    @Inject
    private jakarta.enterprise.event.Event<PublicContentChanged> publicContent;

    /** An invitation opened through its link, with its questions and the answers given so far (question id → answer). */
    public record Opened(SurveyInvitation invitation, Map<Long, SurveyAnswer> answers, boolean open) {
    }

    /** A hire: its employer is invited by each hire questionnaire, after each of its delays (once each). */
    void onHire(@Observes Hired hired) {
        if (hired.contactEmail() == null || hired.contactEmail().isBlank()) {
            return;
        }
        Instant now = clock.instant();
        String greeting = hired.contactName() == null || hired.contactName().isBlank() ? hired.employerName()
                : hired.contactName();
        for (Questionnaire questionnaire : sending(Trigger.HIRE)) {
            for (int months : questionnaire.getDelays()) {
                Instant due = months == 0 ? now
                        : hired.on().plusMonths(months).atTime(10, 0).atZone(ClockProducer.ZONE).toInstant();
                invite(questionnaire, "hire:" + hired.proposalId(), months, hired.contactEmail(), greeting,
                        hired.employerName(), null, due.isAfter(now) ? due : now);
            }
        }
    }

    /**
     * The quarter's pulse: in the first {@link #CATCH_UP_DAYS} days of a quarter, every active agent of a partner CPAS
     * without an invitation for it gets one of each quarterly questionnaire. Idempotent; the job calls it.
     *
     * @return how many invitations were made
     */
    public int invitePulse() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockProducer.ZONE);
        LocalDate quarterStart = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        if (today.isAfter(quarterStart.plusDays(CATCH_UP_DAYS - 1L))) {
            return 0;
        }
        String quarter = today.getYear() + "-T" + ((today.getMonthValue() - 1) / 3 + 1);
        int made = 0;
        for (Questionnaire questionnaire : sending(Trigger.QUARTER)) {
            for (AccountService.Agent agent : accounts.activeAgents()) {
                if (invite(questionnaire, "pulse:" + quarter + ":" + agent.accountId(), null, agent.email(),
                        agent.fullName(), agent.cpasName(), agent.cpasId(), clock.instant())) {
                    made++;
                }
            }
        }
        return made;
    }

    /**
     * The CPAS recorded present at a session are invited by each session questionnaire, its delay in days after the
     * session (at 9:00; at once when the attendance was recorded later). Idempotent; the job calls it.
     */
    public int inviteSessionAttendees() {
        Instant now = clock.instant();
        int made = 0;
        for (Questionnaire questionnaire : sending(Trigger.SESSION)) {
            for (int days : questionnaire.getDelays()) {
                for (PresentationSessions.Attendee attendee : sessions.attendedBetween(
                        now.minus(Duration.ofDays(days + (long) CATCH_UP_DAYS)), now.minus(Duration.ofHours(12)))) {
                    Instant due = attendee.sessionStart().atZone(ClockProducer.ZONE).toLocalDate().plusDays(days)
                            .atTime(9, 0).atZone(ClockProducer.ZONE).toInstant();
                    if (invite(questionnaire, "session:" + attendee.registrationId(), days, attendee.email(),
                            attendee.contactName(), attendee.cpasName(), null, due.isAfter(now) ? due : now)) {
                        made++;
                    }
                }
            }
        }
        return made;
    }

    /**
     * The beneficiaries, each contract-end questionnaire's delays in months after their contract's end (cases whose
     * end fell in the last {@link #CATCH_UP_DAYS} days of each milestone): an invitation on the case, e-mailed to the
     * person when they agreed and gave an address, which its agents can always fill in with them during the
     * follow-up.
     */
    public int inviteBeneficiaries() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockProducer.ZONE);
        int made = 0;
        for (Questionnaire questionnaire : sending(Trigger.CONTRACT_END)) {
            for (int months : questionnaire.getDelays()) {
                for (CaseFiles.Ended ended : cases.endedBetween(
                        today.minusMonths(months).minusDays(CATCH_UP_DAYS), today.minusMonths(months))) {
                    String trigger = key(questionnaire, "case:" + ended.caseFileId(), months);
                    if (!repository.invitationExists(trigger)) {
                        Instant now = clock.instant();
                        boolean byMail = ended.surveyEmail() != null && !ended.surveyEmail().isBlank();
                        SurveyInvitation invitation = new SurveyInvitation(questionnaire, trigger,
                                byMail ? ended.surveyEmail() : null, byMail ? ended.firstName() : null,
                                ended.cpasName(), ended.cpasId(), now, now.plus(Duration.ofDays(questionnaire.getOpenDays())))
                                .ofCase(ended.caseFileId());
                        if (!byMail) {
                            invitation.sentWithoutMail(now); // filled in with the person on the case page only
                        }
                        repository.add(invitation);
                        made++;
                    }
                }
            }
        }
        return made;
    }

    private List<Questionnaire> sending(Trigger trigger) {
        return repository.sending(trigger).stream().filter(Questionnaire::isSending).toList();
    }

    private static String key(Questionnaire questionnaire, String subject, Integer delay) {
        return questionnaire.getCode() + ":" + subject + (delay == null ? "" : ":" + delay);
    }

    /** A case's beneficiary surveys, for who may see the case (404 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SurveyInvitation> ofCase(long caseFileId) {
        cases.cpasIdOf(caseFileId);
        return repository.ofCase(caseFileId);
    }

    /** A beneficiary's survey opened on their case by its agents or the officer (404 for anyone else). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Opened openOnCase(long invitationId) {
        SurveyInvitation invitation = onCase(invitationId);
        Map<Long, SurveyAnswer> answers = new HashMap<>();
        repository.answersOf(invitation.getId()).forEach(a -> answers.put(a.getQuestionId(), a));
        return new Opened(invitation, answers, invitation.isOpen(clock.instant()));
    }

    /** Records the answers a beneficiary gave during the follow-up (as {@link #answer}). */
    public void answerOnCase(long invitationId, Map<Long, String> given) {
        store(onCase(invitationId), given);
    }

    private SurveyInvitation onCase(long invitationId) {
        SurveyInvitation invitation = repository.findInvitation(invitationId)
                .filter(i -> i.getCaseFileId() != null)
                .orElseThrow(() -> new NotFoundException("survey " + invitationId));
        cases.cpasIdOf(invitation.getCaseFileId());
        return invitation;
    }

    private boolean invite(Questionnaire questionnaire, String subject, Integer delay, String recipient, String greeting,
            String organisation, Long cpasId, Instant due) {
        String trigger = key(questionnaire, subject, delay);
        if (repository.invitationExists(trigger)) {
            return false;
        }
        repository.add(new SurveyInvitation(questionnaire, trigger, recipient, greeting, organisation, cpasId, due,
                due.plus(Duration.ofDays(questionnaire.getOpenDays()))));
        return true;
    }

    /** Ids of the invitations due now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> dueIds() {
        return repository.dueIds(clock.instant());
    }

    /** Ids of the invitations whose reminder is due. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> reminderIds() {
        return repository.reminderIds(clock.instant());
    }

    /** Claims and sends one invitation in its own transaction (nothing for someone who opted out). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean send(long id, boolean reminder) {
        Instant now = clock.instant();
        SurveyInvitation invitation = repository.findInvitation(id).orElse(null);
        if (invitation == null) {
            return false;
        }
        int remindDays = repository.current(invitation.getQuestionnaire().getCode())
                .map(Questionnaire::getRemindDays).orElse(0);
        Instant remindAt = remindDays > 0 ? now.plus(Duration.ofDays(remindDays)) : null;
        if (!(reminder ? repository.claimReminder(id, now) : repository.claimSending(id, now, remindAt))) {
            return false;
        }
        if (repository.optedOut(invitation.getRecipient())) {
            return true;
        }
        mailer.send(invitation.getRecipient(), MailText.of(reminder ? "mail.survey.reminder" : "mail.survey.invitation")
                .subjectWith(invitation.getQuestionnaire().getTitle())
                .bodyWith(invitation.getGreeting(), invitation.getQuestionnaire().getTitle(), link(invitation),
                        invitation.getExpiresAt(), stopLink(invitation)));
        return true;
    }

    /** The opt-out address: a signed link of its own, valid for a year (longer than the survey). */
    String stopLink(SurveyInvitation invitation) {
        return PageLinks.publicAddress() + "/enquete?arret="
                + SignedTokens.sign(keys.links(), "survey-stop:" + invitation.getId(), clock.instant().plus(STOP_LINK_FOR));
    }

    /** Whether an opt-out link is valid (the page then offers to confirm). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canStop(String stopToken) {
        return stopping(stopToken) != null;
    }

    /** The opt-out link's recipient receives no more surveys (404 for a changed or expired link). */
    public void stop(String stopToken) {
        SurveyInvitation invitation = stopping(stopToken);
        if (invitation == null) {
            throw new NotFoundException("survey opt-out link");
        }
        repository.optOut(invitation.getRecipient(), clock.instant());
    }

    private SurveyInvitation stopping(String stopToken) {
        String payload = stopToken == null ? null
                : SignedTokens.verify(keys.links(), stopToken, clock.instant()).orElse(null);
        if (payload == null || !payload.matches("survey-stop:\\d{1,18}")) {
            return null;
        }
        return repository.findInvitation(Long.parseLong(payload.substring(12)))
                .filter(i -> i.getRecipient() != null).orElse(null);
    }

    /** The answering address: a signed link valid until the invitation expires. */
    String link(SurveyInvitation invitation) {
        String page = invitation.getQuestionnaire().getParty() == Party.AGENT ? "/espace/enquete?t=" : "/enquete?t=";
        return PageLinks.publicAddress() + page
                + SignedTokens.sign(keys.links(), "survey:" + invitation.getId(), invitation.getExpiresAt());
    }

    /**
     * The invitation a link opens (404 for a changed, expired or unknown one). An agent's pulse is answered signed
     * in, by that agent only.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Opened open(String token) {
        SurveyInvitation invitation = byToken(token);
        Map<Long, SurveyAnswer> answers = new HashMap<>();
        repository.answersOf(invitation.getId()).forEach(a -> answers.put(a.getQuestionId(), a));
        return new Opened(invitation, answers, invitation.isOpen(clock.instant()));
    }

    /**
     * Stores the answers (question id → score or text; a missing one stays unanswered), replacing earlier ones.
     * A scale, yes/no or choice answer out of range is refused next to its question.
     */
    public void answer(String token, Map<Long, String> given) {
        store(byToken(token), given);
    }

    private void store(SurveyInvitation invitation, Map<Long, String> given) {
        Instant now = clock.instant();
        if (!invitation.isOpen(now)) {
            throw new NotFoundException("survey closed");
        }
        Map<Long, SurveyAnswer> existing = new HashMap<>();
        repository.answersOf(invitation.getId()).forEach(a -> existing.put(a.getQuestionId(), a));
        List<Runnable> writes = new ArrayList<>();
        for (SurveyQuestion question : invitation.getQuestionnaire().getQuestions()) {
            String value = given.get(question.getId());
            if (value == null || value.isBlank()) {
                continue;
            }
            Integer score = null;
            String text = null;
            if (question.getKind() == QuestionKind.TEXT) {
                text = value.strip();
            } else {
                try {
                    score = Integer.valueOf(value.strip());
                } catch (NumberFormatException e) {
                    score = null;
                }
            }
            if (!question.accepts(score, text)) {
                throw new Refusal("q" + question.getId(), question.getKind() == QuestionKind.TEXT
                        ? "enquete.text.tooLong" : "enquete.choice.invalid");
            }
            SurveyAnswer answer = existing.computeIfAbsent(question.getId(), q -> {
                SurveyAnswer created = new SurveyAnswer(invitation.getId(), q);
                writes.add(() -> repository.add(created));
                return created;
            });
            Integer s = score;
            String t = text;
            answer.set(s, t);
        }
        if (writes.isEmpty() && existing.isEmpty()) {
            throw new Refusal(null, "enquete.empty");
        }
        writes.forEach(Runnable::run);
        invitation.answered(now);
        publicContent.fire(new PublicContentChanged("Survey"));
        audit.record("survey.answer", "SurveyInvitation#" + invitation.getId(), invitation.getOrganisation());
    }

    /** The link's recipient receives no more surveys. */
    public void optOut(String token) {
        SurveyInvitation invitation = byToken(token);
        repository.optOut(invitation.getRecipient(), clock.instant());
    }

    private SurveyInvitation byToken(String token) {
        String payload = token == null ? null
                : SignedTokens.verify(keys.links(), token, clock.instant()).orElse(null);
        if (payload == null || !payload.matches("survey:\\d{1,18}")) {
            throw new NotFoundException("survey link");
        }
        SurveyInvitation invitation = repository.findInvitation(Long.parseLong(payload.substring(7)))
                .orElseThrow(() -> new NotFoundException("survey link"));
        if (invitation.getQuestionnaire().getParty() == Party.AGENT
                && !invitation.getRecipient().equals(currentUser.isSignedIn() ? currentUser.getEmail() : null)) {
            throw new AccessDeniedException("pulse of another agent");
        }
        return invitation;
    }
}
