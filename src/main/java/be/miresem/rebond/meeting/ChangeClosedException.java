package be.miresem.rebond.meeting;

/** A meeting can no longer be cancelled or moved: past the cut-off, already cancelled, or a stale e-mail link. */
public class ChangeClosedException extends MeetingException {

    private static final long serialVersionUID = 1L;

    public ChangeClosedException() {
        super(null, "rendezvous.change.closed");
    }
}
