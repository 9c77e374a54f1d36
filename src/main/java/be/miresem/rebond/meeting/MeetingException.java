package be.miresem.rebond.meeting;

import be.miresem.rebond.shared.Refusal;

/** A meeting action refused for a reason the user can fix: the field and the message key. */
public class MeetingException extends Refusal {

    private static final long serialVersionUID = 1L;

    public MeetingException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
