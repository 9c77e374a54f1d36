package be.miresem.rebond.shared;

import java.util.Arrays;

/**
 * An action refused for a reason the user can fix, said as a message key and its arguments, and the form field
 * the message belongs next to (null for the page). Services throw it (through their feature's subclass) and build
 * no text; the page turns it into French ({@code Messages.refused}). Nothing was stored: the transaction rolls back.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Object[] arguments;

    public Refusal(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.arguments = arguments.clone();
    }

    /** The form field the message belongs next to (null for the page). */
    public String field() {
        return field;
    }

    public String key() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : Arrays.copyOf(arguments, arguments.length);
    }
}
