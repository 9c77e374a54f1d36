package be.miresem.rebond.employer;

/** A refused employer, need or proposal change, with its message key. */
public class EmployerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmployerException(String messageKey) {
        super(messageKey);
    }

    public String key() {
        return getMessage();
    }
}
