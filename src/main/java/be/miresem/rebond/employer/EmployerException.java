package be.miresem.rebond.employer;

import be.miresem.rebond.shared.Refusal;

/** A refused employer, need or proposal change, with its message key. */
public class EmployerException extends Refusal {

    private static final long serialVersionUID = 1L;

    public EmployerException(String messageKey) {
        super(null, messageKey);
    }

}
