package be.miresem.rebond.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries on questionnaires, invitations and answers; the job's claims are conditional updates. */
@ApplicationScoped
public class SurveyRepository {

    @PersistenceContext
    private EntityManager em;

    public long countQuestionnaires() {
        return em.createQuery("select count(q) from Questionnaire q", Long.class).getSingleResult();
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    /** The active revision of a questionnaire. */
    public Optional<Questionnaire> current(String code) {
        return em.createQuery("select q from Questionnaire q where q.code = :code and q.active = true "
                + "order by q.revision desc", Questionnaire.class).setParameter("code", code).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The current revisions sent by a trigger, not paused (those without questions are left to the caller). */
    public List<Questionnaire> sending(Trigger trigger) {
        return em.createQuery("select q from Questionnaire q where q.active = true and q.paused = false "
                + "and q.trigger = :trigger order by q.id", Questionnaire.class).setParameter("trigger", trigger)
                .getResultList();
    }

    /** The codes in use (a new questionnaire's code follows them). */
    public List<String> codes() {
        return em.createQuery("select distinct q.code from Questionnaire q", String.class).getResultList();
    }

    public List<Questionnaire> currentQuestionnaires() {
        return em.createQuery("select q from Questionnaire q where q.active = true "
                + "order by q.party, q.trigger, q.delays, q.code", Questionnaire.class)
                .getResultList();
    }

    public boolean invitationExists(String triggerKey) {
        return !em.createQuery("select i.id from SurveyInvitation i where i.triggerKey = :key", Long.class)
                .setParameter("key", triggerKey).setMaxResults(1).getResultList().isEmpty();
    }

    public Optional<SurveyInvitation> findInvitation(long id) {
        return Optional.ofNullable(em.find(SurveyInvitation.class, id));
    }

    /** The codes of the paused questionnaires (their current revision): their invitations wait. */
    private List<String> pausedCodes() {
        return em.createQuery("select q.code from Questionnaire q where q.active = true and q.paused = true",
                String.class).getResultList();
    }

    /** Invitations due, not sent yet and still open, oldest first (none of a paused questionnaire). */
    public List<Long> dueIds(Instant now) {
        return notPaused("select i.id from SurveyInvitation i where i.sentAt is null and i.dueAt <= :now "
                + "and i.expiresAt > :now", "order by i.dueAt", now);
    }

    /** Invitations whose reminder time has come, unanswered, not reminded, still open (none of a paused one). */
    public List<Long> reminderIds(Instant now) {
        return notPaused("select i.id from SurveyInvitation i where i.remindAt <= :now and i.answeredAt is null "
                + "and i.remindedAt is null and i.expiresAt > :now and i.recipient is not null", "order by i.remindAt", now);
    }

    private List<Long> notPaused(String select, String order, Instant now) {
        List<String> paused = pausedCodes();
        var query = em.createQuery(select + (paused.isEmpty() ? " " : " and i.questionnaire.code not in :paused ")
                + order, Long.class).setParameter("now", now).setMaxResults(200);
        if (!paused.isEmpty()) {
            query.setParameter("paused", paused);
        }
        return query.getResultList();
    }

    /** Claims an invitation for sending, with its reminder time (or none): true for exactly one caller. */
    public boolean claimSending(long id, Instant now, Instant remindAt) {
        // Two statements rather than a null parameter, whose type Derby cannot infer.
        return (remindAt == null
                ? em.createNativeQuery("UPDATE survey_invitation SET sent_at = ?1 WHERE id = ?2 AND sent_at IS NULL")
                : em.createNativeQuery("UPDATE survey_invitation SET sent_at = ?1, remind_at = ?3 WHERE id = ?2 "
                        + "AND sent_at IS NULL").setParameter(3, Timestamp.from(remindAt)))
                .setParameter(1, Timestamp.from(now)).setParameter(2, id).executeUpdate() == 1;
    }

    /** Claims an invitation's reminder: true for exactly one caller. */
    public boolean claimReminder(long id, Instant now) {
        return em.createNativeQuery("UPDATE survey_invitation SET reminded_at = ?1 WHERE id = ?2 AND reminded_at IS NULL")
                .setParameter(1, Timestamp.from(now)).setParameter(2, id).executeUpdate() == 1;
    }

    public boolean optedOut(String email) {
        return email != null && !em.createNativeQuery("SELECT email FROM survey_opt_out WHERE email = ?1")
                .setParameter(1, email).getResultList().isEmpty();
    }

    public void optOut(String email, Instant at) {
        if (!optedOut(email)) {
            em.createNativeQuery("INSERT INTO survey_opt_out (email, created_at) VALUES (?1, ?2)")
                    .setParameter(1, email).setParameter(2, Timestamp.from(at)).executeUpdate();
        }
    }

    public List<SurveyAnswer> answersOf(long invitationId) {
        return em.createQuery("select a from SurveyAnswer a where a.invitationId = :id", SurveyAnswer.class)
                .setParameter("id", invitationId).getResultList();
    }

    /** Every invitation of a questionnaire (all revisions of its code) sent from {@code since}. */
    public List<SurveyInvitation> sentInvitations(String code, Instant since) {
        return em.createQuery("select i from SurveyInvitation i where i.questionnaire.code = :code and i.sentAt is not null "
                + "and i.sentAt >= :since order by i.id", SurveyInvitation.class).setParameter("code", code)
                .setParameter("since", since).getResultList();
    }

    /** The answers to the invitations of a questionnaire's code sent from {@code since}. */
    public List<SurveyAnswer> answers(String code, Instant since) {
        return em.createQuery("select a from SurveyAnswer a, SurveyInvitation i where a.invitationId = i.id "
                + "and i.questionnaire.code = :code and i.sentAt >= :since order by a.id", SurveyAnswer.class)
                .setParameter("code", code).setParameter("since", since).getResultList();
    }

    /** A case's beneficiary surveys, oldest first. */
    public List<SurveyInvitation> ofCase(long caseFileId) {
        return em.createQuery("select i from SurveyInvitation i where i.caseFileId = :case order by i.id",
                SurveyInvitation.class).setParameter("case", caseFileId).getResultList();
    }

    public Optional<Questionnaire> findQuestionnaire(long id) {
        return Optional.ofNullable(em.find(Questionnaire.class, id));
    }

    /** How many invitations point to a revision (it is changed by a new revision once any does). */
    public long invitationsOf(Questionnaire questionnaire) {
        return em.createQuery("select count(i) from SurveyInvitation i where i.questionnaire = :q", Long.class)
                .setParameter("q", questionnaire).getSingleResult();
    }
}
