package be.miresem.rebond.reporting.web;

import be.miresem.rebond.reporting.Period;
import be.miresem.rebond.shared.web.DateConverter;
import be.miresem.rebond.shared.web.Messages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The period and CPAS chosen on the dashboards ({@code du}, {@code au}, {@code cpas} in the address, so that
 * every view is a link that can be bookmarked or shared): parsed and checked, with a French error per field.
 * Empty dates mean this year.
 */
public final class PeriodParams {

    private final Map<String, String> errors = new LinkedHashMap<>();
    private Period period;
    private Long cpasId;

    private PeriodParams() {
    }

    public static PeriodParams parse(String from, String to, String cpas, Period defaultPeriod) {
        PeriodParams params = new PeriodParams();
        LocalDate start = params.date("du", from, defaultPeriod.from());
        LocalDate end = params.date("au", to, defaultPeriod.to());
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                params.errors.put("au", Messages.text("dashboard.error.order"));
            } else if (end.isAfter(start.plusYears(Period.MAX_YEARS))) {
                params.errors.put("au", Messages.text("dashboard.error.tooLong", Period.MAX_YEARS));
            } else {
                params.period = new Period(start, end);
            }
        }
        if (cpas != null && !cpas.isBlank()) {
            try {
                params.cpasId = Long.valueOf(cpas.strip());
            } catch (NumberFormatException e) {
                params.errors.put("cpas", Messages.text("dashboard.error.cpas"));
            }
        }
        if (!params.errors.isEmpty()) {
            params.period = null;
        }
        return params;
    }

    private LocalDate date(String field, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        LocalDate date = DateConverter.parse(text.strip());
        if (date == null) {
            errors.put(field, Messages.text("dashboard.error.date"));
            return null;
        }
        if (date.getYear() < 2000 || date.getYear() > 2100) {
            errors.put(field, Messages.text("dashboard.error.year"));
            return null;
        }
        return date;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    /** The period, or null when the input is wrong. */
    public Period period() {
        return period;
    }

    public Long cpasId() {
        return cpasId;
    }

    /** "du=…&amp;au=…[&amp;cpas=…]" for a period and CPAS. */
    public static String query(Period period, Long cpasId) {
        return "du=" + period.from() + "&au=" + period.to() + (cpasId == null ? "" : "&cpas=" + cpasId);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
