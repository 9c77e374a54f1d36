package be.miresem.rebond.casefile.web;

import be.miresem.rebond.casefile.CasePrivacy;
import be.miresem.rebond.casefile.PersonalData;
import be.miresem.rebond.casefile.PersonalDataRepository;
import be.miresem.rebond.shared.time.DateFormats;
import be.miresem.rebond.shared.web.Messages;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's data as it reads in French, for the subject access page and its JSON file alike: each case, each
 * place of {@link PersonalData} as a section, each row as labelled values (codes by their label, dates in
 * French). Empty values are left out.
 */
public final class SubjectView {

    /** One labelled value. */
    public record Field(String label, String value) {
    }

    /** One stored row (a journal entry, a meeting…). */
    public record Row(List<Field> fields) {
    }

    /** One place the person's data lies, with its rows; single when there is one row by nature (the person). */
    public record Section(String title, boolean single, List<Row> rows) {
    }

    /** One case of the person. */
    public record Case(long id, List<Section> sections) {
    }

    private SubjectView() {
    }

    public static List<Case> of(CasePrivacy.SubjectData data, DateFormats dates) {
        List<Case> cases = new ArrayList<>();
        for (CasePrivacy.PersonCase personCase : data.cases()) {
            List<Section> sections = new ArrayList<>();
            for (PersonalDataRepository.Rows rows : personCase.tables()) {
                PersonalData.Table table = rows.table();
                List<Row> list = new ArrayList<>();
                for (Object[] values : rows.rows()) {
                    List<Field> fields = new ArrayList<>();
                    for (int i = 0; i < values.length; i++) {
                        String text = text(table.columns().get(i), values[i], dates);
                        if (!text.isEmpty()) {
                            fields.add(new Field(Messages.text(table.columns().get(i).label()), text));
                        }
                    }
                    list.add(new Row(fields));
                }
                boolean single = table.name().equals("beneficiary") || table.name().equals("case_file");
                sections.add(new Section(Messages.text(table.section()), single, list));
            }
            cases.add(new Case(personCase.caseId(), sections));
        }
        return cases;
    }

    /** A stored value in French; empty for none. */
    static String text(PersonalData.Column column, Object value, DateFormats dates) {
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case DATE -> dates.date(value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value);
            case TIMESTAMP -> dates.dateTime(value instanceof Timestamp at ? at.toInstant() : (Instant) value);
            case YES_NO -> Messages.text(Boolean.TRUE.equals(value) || "1".equals(value.toString())
                    || "true".equalsIgnoreCase(value.toString()) ? "common.yes" : "common.no");
            case CODE -> Messages.text(column.codes() + value);
            case NUMBER -> value.toString();
            case TEXT -> Messages.shown(value.toString());
        };
    }
}
