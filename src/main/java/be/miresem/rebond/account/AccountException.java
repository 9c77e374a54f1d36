package be.miresem.rebond.account;

import be.miresem.rebond.shared.Refusal;

/** A refused account action; the message is a bundle key. */
public class AccountException extends Refusal {

    private static final long serialVersionUID = 1L;

    public AccountException(String messageKey) {
        super(null, messageKey);
    }

}
