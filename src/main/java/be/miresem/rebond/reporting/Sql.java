package be.miresem.rebond.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A native SQL statement built from fragments, each with its parameters in order ({@code ?}). */
final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Sql add(String fragment, Object... values) {
        if (fragment.chars().filter(c -> c == '?').count() != values.length) {
            throw new IllegalArgumentException("parameters do not match: " + fragment);
        }
        text.append(fragment);
        for (Object value : values) {
            parameters.add(value instanceof LocalDate date ? Date.valueOf(date)
                    : value instanceof Instant instant ? Timestamp.from(instant) : value);
        }
        return this;
    }

    Sql add(Sql other) {
        text.append(other.text);
        parameters.addAll(other.parameters);
        return this;
    }

    Query on(EntityManager em) {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char c : text.toString().toCharArray()) {
            numbered.append(c);
            if (c == '?') {
                numbered.append(++n);
            }
        }
        Query query = em.createNativeQuery(numbered.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
