package be.miresem.rebond.meeting;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;

/**
 * The officer's meeting rules (one row): meeting length, buffer, minimum notice, horizon, the cancel and
 * reschedule cut-off, whether bookings wait for her confirmation ("à confirmer" mode), and the video-call link.
 */
@Entity
@Table(name = "meeting_settings")
public class MeetingSettings extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Min(value = 15, message = "{meeting.settings.length}")
    @Max(value = 240, message = "{meeting.settings.length}")
    @Column(name = "meeting_minutes", nullable = false)
    private int meetingMinutes = 60;

    @Min(value = 0, message = "{meeting.settings.buffer}")
    @Max(value = 120, message = "{meeting.settings.buffer}")
    @Column(name = "buffer_minutes", nullable = false)
    private int bufferMinutes = 15;

    @Min(value = 0, message = "{meeting.settings.notice}")
    @Max(value = 336, message = "{meeting.settings.notice}")
    @Column(name = "notice_hours", nullable = false)
    private int noticeHours = 24;

    @Min(value = 1, message = "{meeting.settings.horizon}")
    @Max(value = 52, message = "{meeting.settings.horizon}")
    @Column(name = "horizon_weeks", nullable = false)
    private int horizonWeeks = 8;

    @Min(value = 0, message = "{meeting.settings.cutoff}")
    @Max(value = 336, message = "{meeting.settings.cutoff}")
    @Column(name = "cutoff_hours", nullable = false)
    private int cutoffHours = 24;

    @Column(name = "confirm_manually", nullable = false)
    private boolean confirmManually;

    @Size(max = 500, message = "{meeting.settings.videoLink}")
    @Pattern(regexp = "(https://\\S+)?", message = "{meeting.settings.videoLink}")
    @Size(max = 500)
    @Column(name = "video_link", length = 500)
    private String videoLink;

    SlotRules rules(List<SlotRules.Window> windows, List<SlotRules.DayOff> daysOff) {
        return new SlotRules(windows, Duration.ofMinutes(meetingMinutes), Duration.ofMinutes(bufferMinutes),
                Duration.ofHours(noticeHours), horizonWeeks, daysOff);
    }

    public Duration cutoff() {
        return Duration.ofHours(cutoffHours);
    }

    /** Copies the editable fields of a form copy. */
    void copyFrom(MeetingSettings form) {
        meetingMinutes = form.meetingMinutes;
        bufferMinutes = form.bufferMinutes;
        noticeHours = form.noticeHours;
        horizonWeeks = form.horizonWeeks;
        cutoffHours = form.cutoffHours;
        confirmManually = form.confirmManually;
        videoLink = form.videoLink == null || form.videoLink.isBlank() ? null : form.videoLink.strip();
    }

    /** A detached copy for a form. */
    public MeetingSettings copy() {
        MeetingSettings copy = new MeetingSettings();
        copy.copyFrom(this);
        return copy;
    }

    public int getMeetingMinutes() {
        return meetingMinutes;
    }

    public void setMeetingMinutes(int meetingMinutes) {
        this.meetingMinutes = meetingMinutes;
    }

    public int getBufferMinutes() {
        return bufferMinutes;
    }

    public void setBufferMinutes(int bufferMinutes) {
        this.bufferMinutes = bufferMinutes;
    }

    public int getNoticeHours() {
        return noticeHours;
    }

    public void setNoticeHours(int noticeHours) {
        this.noticeHours = noticeHours;
    }

    public int getHorizonWeeks() {
        return horizonWeeks;
    }

    public void setHorizonWeeks(int horizonWeeks) {
        this.horizonWeeks = horizonWeeks;
    }

    public int getCutoffHours() {
        return cutoffHours;
    }

    public void setCutoffHours(int cutoffHours) {
        this.cutoffHours = cutoffHours;
    }

    public boolean isConfirmManually() {
        return confirmManually;
    }

    public void setConfirmManually(boolean confirmManually) {
        this.confirmManually = confirmManually;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public void setVideoLink(String videoLink) {
        this.videoLink = videoLink;
    }
}
