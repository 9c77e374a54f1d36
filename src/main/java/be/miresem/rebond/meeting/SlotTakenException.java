package be.miresem.rebond.meeting;

/** The slot was booked by someone else a moment before (or is no longer free). */
public class SlotTakenException extends MeetingException {

    private static final long serialVersionUID = 1L;

    public SlotTakenException() {
        super(null, "rendezvous.slot.taken");
    }
}
