package be.miresem.rebond.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Every form field bound to a {@link LocalDate}: the browser's date picker sends AAAA-MM-JJ, a person typing in a
 * plain text field (older phones) may write 31/01/2026; both are read. Anything else is refused with a French
 * message next to the field, and the typed text stays in it. A blank field is no date (null): the field's
 * {@code required} says whether that is allowed.
 */
@FacesConverter(forClass = LocalDate.class)
public class DateConverter implements Converter<LocalDate> {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd"),
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"));

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date = parse(text.strip());
        if (date == null) {
            throw refusal("common.date.invalid");
        }
        return date;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }

    /** The date written in one of the accepted forms, or null. */
    public static LocalDate parse(String text) {
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(text, format.withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return null;
    }

    static ConverterException refusal(String key) {
        String text = Messages.text(key);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
