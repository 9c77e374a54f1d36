package be.miresem.rebond.casefile;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every place where the portal holds data about a referred person, written once: the tables, how their rows are
 * found from a case, and for each column what erasure does with it. Erasure and retention replace the
 * {@link Fate#ERASED} columns of every table in one transaction ({@link CaseFileRepository#erase}); subject access
 * reads every column listed, erased or kept ({@link CaseFileRepository#subjectRows}); {@code PersonalDataTest}
 * fails when a migration adds a column to one of these tables without listing it here, or a table that refers to a
 * case without listing the table. Columns kept after erasure hold no identifying data (dates, codes, the CPAS,
 * the contract) and keep the statistics true.
 */
public final class PersonalData {

    /** What erasure does with a column. */
    public enum Fate { ERASED, KEPT }

    /** How a value reads in French (subject access): text as is, dates and times in French, codes by their label. */
    public enum Kind { TEXT, DATE, TIMESTAMP, NUMBER, YES_NO, CODE }

    /**
     * One column: its SQL name (or an SQL expression, read only), the bundle key of its French label, how its
     * value reads, the bundle prefix of its codes, and what erasure writes into it (an SQL expression; null
     * empties it).
     */
    public record Column(String sql, String label, Kind kind, String codes, Fate fate, String replacement) {

        static Column kept(String sql, String label, Kind kind) {
            return new Column(sql, label, kind, null, Fate.KEPT, null);
        }

        static Column code(String sql, String label, String codes) {
            return new Column(sql, label, Kind.CODE, codes, Fate.KEPT, null);
        }

        static Column erased(String sql, String label) {
            return new Column(sql, label, Kind.TEXT, null, Fate.ERASED, null);
        }

        static Column replaced(String sql, String label, String replacement) {
            return new Column(sql, label, Kind.TEXT, null, Fate.ERASED, replacement);
        }
    }

    /**
     * One table: its name, the bundle key of its section title, the condition that selects the rows of one case
     * (one {@code ?}, the case's id), their order, the columns listed, and the technical columns (keys, versions)
     * that hold nothing about the person.
     */
    public record Table(String name, String section, String ofCase, String order, List<Column> columns,
            List<String> technical) {
    }

    /** The keys and the versioning columns of a table, and its other technical columns. */
    private static List<String> technical(String... others) {
        return Stream.concat(Stream.of("id", "version", "created_at", "updated_at"), Stream.of(others))
                .toList();
    }

    public static final List<Table> TABLES = List.of(
            new Table("beneficiary", "subject.section.person",
                    "id = (SELECT beneficiary_id FROM case_file WHERE id = ?)", "id", List.of(
                    Column.replaced("last_name", "casefile.form.lastName", "'—'"),
                    Column.replaced("first_name", "casefile.form.firstName", "'Personne anonymisée'"),
                    Column.kept("birth_year", "casefile.form.birthYear", Kind.NUMBER),
                    Column.erased("phone", "casefile.form.phone"),
                    Column.erased("email", "casefile.form.email"),
                    Column.kept("commune", "casefile.form.commune", Kind.TEXT),
                    Column.erased("skills", "casefile.form.skills"),
                    Column.kept("driving_licence", "casefile.form.drivingLicence", Kind.YES_NO),
                    Column.kept("survey_by_email", "casefile.form.surveyByEmail", Kind.YES_NO),
                    Column.erased("transport", "casefile.form.transport"),
                    Column.erased("languages", "casefile.form.languages"),
                    Column.erased("qualifications", "casefile.form.qualifications"),
                    Column.erased("note", "casefile.form.note"),
                    Column.kept("consent_on", "subject.col.consentOn", Kind.DATE),
                    Column.code("consent_method", "casefile.form.consentMethod", "ConsentMethod."),
                    Column.kept("consent_by", "subject.col.consentBy", Kind.TEXT),
                    Column.code("consent_text", "subject.col.consentText", "casefile.consent.text."),
                    Column.kept("anonymised_on", "subject.col.anonymisedOn", Kind.DATE)),
                    technical("cpas_id")),
            new Table("case_file", "subject.section.case", "id = ?", "id", List.of(
                    Column.kept("(SELECT name FROM cpas WHERE cpas.id = case_file.cpas_id)", "casefile.col.cpas",
                            Kind.TEXT),
                    Column.code("status", "casefile.col.status", "CaseStatus."),
                    Column.erased("closing_reason", "subject.col.closingReason"),
                    Column.kept("closed_on", "subject.col.closedOn", Kind.DATE),
                    Column.kept("officer_email", "casefile.detail.officer.label", Kind.TEXT),
                    Column.kept("contract_start", "subject.col.contractStart", Kind.DATE),
                    Column.kept("contract_planned_end", "subject.col.contractPlannedEnd", Kind.DATE),
                    Column.kept("contract_actual_end", "subject.col.actualEnd", Kind.DATE),
                    Column.kept("placement_employer", "casefile.form.placementEmployer", Kind.TEXT),
                    Column.kept("job_function", "casefile.form.jobFunction", Kind.TEXT),
                    Column.code("sector", "casefile.form.sector", "Sector."),
                    Column.kept("hours_per_week", "casefile.form.hoursPerWeek", Kind.NUMBER),
                    Column.code("situation_3", "subject.col.situation3", "Situation."),
                    Column.code("situation_6", "subject.col.situation6", "Situation."),
                    Column.code("situation_12", "subject.col.situation12", "Situation."),
                    Column.kept("boomerang", "subject.col.boomerang", Kind.YES_NO),
                    Column.kept("boomerang_until", "subject.col.boomerangUntil", Kind.DATE)),
                    technical("cpas_id", "beneficiary_id", "next_due_on", "proposals_open")),
            new Table("journal_entry", "casefile.detail.journal.heading", "case_file_id = ?", "occurred_on, id",
                    List.of(
                    Column.kept("occurred_on", "subject.col.date", Kind.DATE),
                    Column.code("entry_type", "casefile.entry.type", "JournalEntryType."),
                    Column.replaced("note", "casefile.entry.note", "'—'"),
                    Column.kept("author", "subject.col.author", Kind.TEXT)),
                    technical("case_file_id")),
            new Table("case_task", "subject.section.tasks", "case_file_id = ?", "due_on, id", List.of(
                    Column.code("kind", "subject.col.taskKind", "TaskKind."),
                    // The planned tasks' titles are the portal's own words; a task typed by hand may name anyone.
                    Column.replaced("title", "subject.col.task",
                            "CASE WHEN kind = 'MANUAL' THEN 'Tâche (texte effacé)' ELSE title END"),
                    Column.kept("due_on", "subject.col.due", Kind.DATE),
                    Column.kept("done_on", "subject.col.doneOn", Kind.DATE)),
                    technical("case_file_id", "cpas_id")),
            new Table("case_outcome", "casefile.detail.outcomes.heading", "case_file_id = ?", "observed_on, id",
                    List.of(
                    Column.kept("observed_on", "subject.col.date", Kind.DATE),
                    Column.code("situation", "casefile.outcome.situation", "Situation."),
                    Column.erased("employer", "subject.col.employer"),
                    Column.kept("hours_per_week", "casefile.form.hoursPerWeek", Kind.NUMBER),
                    Column.kept("milestone", "subject.col.milestone", Kind.NUMBER),
                    Column.kept("author", "subject.col.author", Kind.TEXT)),
                    technical("case_file_id")),
            new Table("proposal", "subject.section.proposals", "case_file_id = ?", "id", List.of(
                    Column.kept("(SELECT n.title FROM job_need n WHERE n.id = proposal.job_need_id)",
                            "subject.col.need", Kind.TEXT),
                    Column.kept("(SELECT e.name FROM job_need n JOIN employer e ON e.id = n.employer_id"
                            + " WHERE n.id = proposal.job_need_id)", "subject.col.employer", Kind.TEXT),
                    Column.code("status", "subject.col.proposalStatus", "ProposalStatus."),
                    Column.erased("refusal_reason", "subject.col.refusalReason")),
                    technical("cpas_id", "case_file_id", "job_need_id")),
            new Table("booking", "subject.section.meetings", "case_file_id = ?", "start_at, id", List.of(
                    Column.kept("start_at", "subject.col.meetingStart", Kind.TIMESTAMP),
                    Column.kept("end_at", "subject.col.meetingEnd", Kind.TIMESTAMP),
                    Column.code("subject", "rendezvous.form.subject.label", "MeetingSubject."),
                    Column.kept("place", "rendezvous.form.place.label", Kind.TEXT),
                    Column.code("status", "subject.col.meetingStatus", "BookingStatus."),
                    Column.kept("booked_by", "subject.col.bookedBy", Kind.TEXT),
                    Column.erased("message", "subject.col.meetingMessage"),
                    Column.erased("note", "subject.col.meetingNote"),
                    Column.kept("note_at", "subject.col.meetingNoteAt", Kind.TIMESTAMP),
                    Column.erased("cancel_reason", "subject.col.cancelReason")),
                    technical("cpas_id", "case_file_id", "active_slot", "sequence_number")),
            new Table("case_access", "casefile.detail.access.heading", "case_file_id = ?", "accessed_at, id",
                    List.of(
                    Column.kept("accessed_at", "subject.col.accessedAt", Kind.TIMESTAMP),
                    Column.kept("actor", "subject.col.actor", Kind.TEXT),
                    Column.code("action", "subject.col.action", "CaseAccess.Action."),
                    // Details may quote what was typed (a task's title): they go, the who, when and what stay.
                    Column.erased("details", "subject.col.details")),
                    List.of("id", "case_file_id")),
            // The case's conversation (conversation.Conversations): the text goes, who wrote and when stay.
            new Table("message", "subject.section.messages", "case_file_id = ?", "id", List.of(
                    Column.kept("created_at", "subject.col.date", Kind.TIMESTAMP),
                    Column.kept("author", "subject.col.author", Kind.TEXT),
                    Column.replaced("body", "subject.col.body", "'—'"),
                    Column.kept("edited_at", "subject.col.editedAt", Kind.TIMESTAMP),
                    Column.kept("withdrawn_at", "subject.col.withdrawnAt", Kind.TIMESTAMP)),
                    List.of("id", "version", "updated_at", "cpas_id", "case_file_id")),
            // The case's documents (conversation.Documents): listed for subject access, removed by erasure (REMOVED).
            new Table("case_document", "subject.section.documents", "case_file_id = ?", "id", List.of(
                    Column.kept("created_at", "subject.col.date", Kind.TIMESTAMP),
                    Column.kept("uploaded_by", "subject.col.author", Kind.TEXT),
                    Column.replaced("file_name", "subject.col.fileName", "'—'"),
                    Column.kept("media_type", "subject.col.mediaType", Kind.TEXT),
                    Column.kept("size_bytes", "subject.col.sizeBytes", Kind.NUMBER)),
                    List.of("id", "version", "updated_at", "cpas_id", "case_file_id")),
            // The person's satisfaction surveys (survey.Surveys): listed for subject access, removed by erasure.
            new Table("survey_invitation", "subject.section.surveys", "case_file_id = ?", "id", List.of(
                    Column.kept("(SELECT q.title FROM questionnaire q WHERE q.id = survey_invitation.questionnaire_id)",
                            "subject.col.survey", Kind.TEXT),
                    Column.kept("created_at", "subject.col.date", Kind.TIMESTAMP),
                    Column.kept("answered_at", "subject.col.answeredAt", Kind.TIMESTAMP),
                    // Sent by e-mail when the person agreed: their address and first name.
                    Column.erased("recipient", "casefile.form.email"),
                    Column.erased("greeting", "casefile.form.firstName")),
                    List.of("id", "version", "updated_at", "questionnaire_id", "trigger_key", "organisation", "cpas_id",
                            "due_at", "sent_at", "reminded_at", "expires_at", "case_file_id")),
            new Table("survey_answer", "subject.section.surveyAnswers",
                    "invitation_id IN (SELECT id FROM survey_invitation WHERE case_file_id = ?)", "id", List.of(
                    Column.kept("(SELECT q.text FROM survey_question q WHERE q.id = survey_answer.question_id)",
                            "subject.col.question", Kind.TEXT),
                    Column.kept("score", "subject.col.score", Kind.NUMBER),
                    Column.erased("text", "subject.col.answer")),
                    List.of("id", "version", "created_at", "updated_at", "invitation_id", "question_id")));

    /** Rows that erasure deletes rather than blanks (files cannot be anonymised), in this order: a table, its rows of a case. */
    public record Removed(String table, String ofCase) {
    }

    public static final List<Removed> REMOVED = List.of(
            new Removed("case_document_content",
                    "document_id IN (SELECT id FROM case_document WHERE case_file_id = ?)"),
            new Removed("case_document", "case_file_id = ?"),
            new Removed("survey_answer", "invitation_id IN (SELECT id FROM survey_invitation WHERE case_file_id = ?)"),
            new Removed("survey_invitation", "case_file_id = ?"));

    private PersonalData() {
    }
}
