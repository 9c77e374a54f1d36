package be.miresem.rebond.casefile;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads and erases a person's data in every place {@link PersonalData} lists, in SQL built from that list (the
 * only code that knows where a beneficiary's data lies; the tables of other features are updated here because
 * erasure must be one transaction). Callers hold the transaction and check the rights.
 */
@ApplicationScoped
public class PersonalDataRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    /** The rows of one listed table for one case, each an array of the table's listed columns, in order. */
    public record Rows(PersonalData.Table table, List<Object[]> rows) {
    }

    /** Everything listed about one case, table by table. */
    public List<Rows> read(long caseId) {
        List<Rows> all = new ArrayList<>();
        for (PersonalData.Table table : PersonalData.TABLES) {
            String columns = table.columns().stream().map(PersonalData.Column::sql).collect(Collectors.joining(", "));
            List<?> result = em.createNativeQuery("SELECT " + columns + " FROM " + table.name() + " WHERE "
                    + table.ofCase().replace("?", "?1") + " ORDER BY " + table.order())
                    .setParameter(1, caseId).getResultList();
            List<Object[]> rows = new ArrayList<>(result.size());
            for (Object row : result) {
                rows.add(row instanceof Object[] values ? values : new Object[] {row});
            }
            all.add(new Rows(table, rows));
        }
        return all;
    }

    /**
     * Replaces every erased column of one case's rows in every listed table, deletes the {@link PersonalData#REMOVED}
     * rows (the documents), and marks the person anonymised on
     * that day. The persistence context is flushed before and cleared after, so no entity read earlier in the
     * transaction writes the old values back.
     */
    public void erase(long caseId, LocalDate on) {
        em.flush();
        for (PersonalData.Table table : PersonalData.TABLES) {
            String assignments = table.columns().stream().filter(c -> c.fate() == PersonalData.Fate.ERASED)
                    .map(c -> c.sql() + " = " + (c.replacement() == null ? "NULL" : c.replacement()))
                    .collect(Collectors.joining(", "));
            if (!assignments.isEmpty()) {
                em.createNativeQuery("UPDATE " + table.name() + " SET " + assignments + " WHERE "
                        + table.ofCase().replace("?", "?1")).setParameter(1, caseId).executeUpdate();
            }
        }
        for (PersonalData.Removed removed : PersonalData.REMOVED) {
            em.createNativeQuery("DELETE FROM " + removed.table() + " WHERE " + removed.ofCase().replace("?", "?1"))
                    .setParameter(1, caseId).executeUpdate();
        }
        em.createNativeQuery("UPDATE beneficiary SET anonymised_on = ?1 WHERE id = "
                + "(SELECT beneficiary_id FROM case_file WHERE id = ?2)")
                .setParameter(1, on).setParameter(2, caseId).executeUpdate();
        em.clear();
    }

    /**
     * The cases of the same person in the same CPAS, this one included: same last and first names (case
     * ignored) and birth year, not yet anonymised. A person referred twice is one person for their rights.
     */
    public List<Long> casesOfSamePerson(long caseId) {
        List<?> ids = em.createNativeQuery("SELECT c.id FROM case_file c JOIN beneficiary b ON b.id = c.beneficiary_id"
                + " JOIN case_file c0 ON c0.id = ?1 JOIN beneficiary b0 ON b0.id = c0.beneficiary_id"
                + " WHERE b.cpas_id = b0.cpas_id AND LOWER(b.last_name) = LOWER(b0.last_name)"
                + " AND LOWER(b.first_name) = LOWER(b0.first_name) AND b.birth_year = b0.birth_year"
                + " AND (b.anonymised_on IS NULL OR c.id = ?2) ORDER BY c.id")
                .setParameter(1, caseId).setParameter(2, caseId).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
