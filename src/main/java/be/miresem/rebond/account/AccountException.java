package be.miresem.rebond.account;

/** A refused account action; the message is a bundle key. */
public class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccountException(String messageKey) {
        super(messageKey);
    }

    public String key() {
        return getMessage();
    }
}
