package be.miresem.rebond.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every form field bound to a {@link LocalTime}: the browser's time picker sends HH:MM; typed by hand, 9:30, 9h30
 * and 9h are read too. Anything else is refused with a French message next to the field.
 */
@FacesConverter(forClass = LocalTime.class)
public class TimeConverter implements Converter<LocalTime> {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:hH]\\s*(\\d{2})?(?::\\d{2})?");

    @Override
    public LocalTime getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalTime time = parse(text.strip());
        if (time == null) {
            throw DateConverter.refusal("common.time.invalid");
        }
        return time;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalTime value) {
        return value == null ? "" : String.format("%02d:%02d", value.getHour(), value.getMinute());
    }

    /** The time written as HH:MM, 9h30 or 9h, or null. */
    public static LocalTime parse(String text) {
        Matcher matcher = TIME.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }
}
