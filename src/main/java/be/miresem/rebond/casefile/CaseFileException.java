package be.miresem.rebond.casefile;

import be.miresem.rebond.shared.Refusal;

/** A case-file change refused for a reason the user can fix: the field and the message key. */
public class CaseFileException extends Refusal {

    private static final long serialVersionUID = 1L;

    public CaseFileException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
