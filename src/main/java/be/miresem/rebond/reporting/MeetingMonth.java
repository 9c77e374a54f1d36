package be.miresem.rebond.reporting;

import java.io.Serializable;

/**
 * Meetings of one month (cut to the period): held (confirmed and over), cancelled, and no-shows.
 */
public record MeetingMonth(Period month, long held, long cancelled, long noShows) implements Serializable {

    public long total() {
        return held + cancelled + noShows;
    }
}
