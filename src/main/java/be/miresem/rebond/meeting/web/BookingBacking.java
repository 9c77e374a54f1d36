package be.miresem.rebond.meeting.web;

import be.miresem.rebond.casefile.CaseChoice;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.meeting.Booking;
import be.miresem.rebond.meeting.MeetingRules;
import be.miresem.rebond.meeting.MeetingLists;
import be.miresem.rebond.meeting.MeetingScheduling;
import be.miresem.rebond.meeting.MeetingSubject;
import be.miresem.rebond.meeting.SlotTakenException;
import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.shared.Refusal;
import be.miresem.rebond.site.MeetingPlace;
import be.miresem.rebond.site.SiteService;
import be.miresem.rebond.shared.time.DateFormats;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Backs the booking form of /espace/rendez-vous/: the free slots grouped by day (radio buttons, no JavaScript
 * needed), the subject, place and message, the beneficiary concerned (agents), the CPAS booked for (the officer).
 * The page's lists of meetings are {@link MeetingListBacking}'s.
 */
@Named
@RequestScoped
public class BookingBacking {

    @Inject
    private SiteService site;

    @Inject
    private MeetingScheduling scheduling;

    @Inject
    private MeetingLists lists;

    @Inject
    private MeetingRules rules;

    @Inject
    private DateFormats dates;

    private String slot;
    private MeetingSubject subject = MeetingSubject.FOLLOW_UP;
    private String place;
    @Size(max = Booking.MESSAGE_MAX)
    private String message;
    private Long cpasId;
    private Long caseId;
    private List<CaseChoice> openCases;

    @Inject
    private CaseFiles cases;
    private List<SlotChoice.Day> days;

    public String book() {
        Instant start = SlotChoice.parse(slot);
        if (start == null) {
            Messages.error(null, "rendezvous.slot.required");
            return null;
        }
        try {
            scheduling.book(start, subject, place, message, cpasId, caseId);
        } catch (SlotTakenException taken) {
            slot = null;
            days = null;
            Messages.refused(taken);
            return null;
        } catch (Refusal e) {
            Messages.refused(e);
            return null;
        }
        Messages.flashInfo(rules.settings().isConfirmManually() && cpasId == null
                ? "rendezvous.requested" : "rendezvous.booked");
        Messages.warnIfSensitive(message);
        return "/espace/rendez-vous/index?faces-redirect=true";
    }

    /** The free slots for the picker, by day. */
    public List<SlotChoice.Day> getDays() {
        if (days == null) {
            days = SlotChoice.days(scheduling.freeSlots(), dates);
        }
        return days;
    }

    public List<Cpas> getPartners() {
        return lists.partners();
    }

    public MeetingSubject[] getSubjects() {
        return MeetingSubject.values();
    }

    /**
     * The places offered for a meeting: the officer's meeting places with their addresses (edited in the content
     * pages), the CPAS itself, a video call with the officer's link when she set one.
     */
    public List<String> getPlaces() {
        List<String> places = new java.util.ArrayList<>(site.meetingPlaces().stream().map(MeetingPlace::getLabel).toList());
        if (places.isEmpty()) {
            places.add(Messages.text("rendezvous.place.office"));
        }
        places.add(Messages.text("rendezvous.place.cpas"));
        String video = Messages.text("rendezvous.place.video");
        String link = rules.settings().getVideoLink();
        places.add(link == null ? video : video + " : " + link);
        return places;
    }

    public boolean isConfirmManually() {
        return rules.settings().isConfirmManually();
    }

    public String getSlot() {
        return slot;
    }

    /** The chosen slot, bound from the picker's radios by the page's view parameter. */
    public void setSlot(String slot) {
        this.slot = slot;
    }

    public MeetingSubject getSubject() {
        return subject;
    }

    public void setSubject(MeetingSubject subject) {
        this.subject = subject;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** The CPAS's open case files, for "Bénéficiaire concerné" (insertion agents only). */
    public List<CaseChoice> getCases() {
        if (openCases == null) {
            openCases = cases.openChoices();
        }
        return openCases;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public Long getCpasId() {
        return cpasId;
    }

    public void setCpasId(Long cpasId) {
        this.cpasId = cpasId;
    }
}
