package be.miresem.rebond.shared.security;

/**
 * The record does not exist, or belongs to another CPAS than the caller's: answered with HTTP 404
 * in both cases, so that a partner cannot learn that another CPAS's record exists.
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
