package be.miresem.rebond.casefile;

/** A case-file change refused for a reason the user can fix: the field and the message key. */
public class CaseFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public CaseFileException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    /** The form field the message belongs next to (null for the page). */
    public String field() {
        return field;
    }

    public String key() {
        return getMessage();
    }
}
