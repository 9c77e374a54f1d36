package be.miresem.rebond.shared.security;

/** The caller's role does not allow the action: answered with HTTP 403. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
