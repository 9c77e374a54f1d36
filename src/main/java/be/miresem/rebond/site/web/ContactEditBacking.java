package be.miresem.rebond.site.web;

import be.miresem.rebond.site.ContactDetails;
import be.miresem.rebond.site.EditConflictException;
import be.miresem.rebond.site.MeetingPlace;
import be.miresem.rebond.site.SiteService;
import be.miresem.rebond.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs /espace/contenu/coordonnees: the Miresem's address, phone, e-mail and opening hours on /contact, and the
 * meeting places (name and address) offered when booking. Officers only. Rows left without a name are dropped.
 */
@Named
@ViewScoped
public class ContactEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Place rows on the form: the stored ones and blanks up to this many (one blank more beyond). */
    static final int PLACE_ROWS = 4;

    /** A meeting place as edited. */
    public static final class PlaceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String address;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }
    }

    @Inject
    private SiteService site;

    private ContactDetails form;
    private long version;
    private List<PlaceRow> places;

    public void load() {
        if (form != null) {
            return;
        }
        site.checkEditor();
        ContactDetails stored = site.contactDetails();
        version = stored.getVersion();
        form = new ContactDetails();
        form.copyFrom(stored);
        places = new ArrayList<>();
        for (MeetingPlace place : site.meetingPlaces()) {
            PlaceRow row = new PlaceRow();
            row.name = place.getName();
            row.address = place.getAddress();
            places.add(row);
        }
        do {
            places.add(new PlaceRow());
        } while (places.size() < PLACE_ROWS);
    }

    public String save() {
        List<MeetingPlace> kept = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            PlaceRow row = places.get(i);
            boolean named = row.name != null && !row.name.isBlank();
            if (!named && row.address != null && !row.address.isBlank()) {
                Messages.error("place-name-" + i, "contact.edit.place.nameRequired");
                return null;
            }
            if (named && row.name.strip().length() > 120) {
                Messages.error("place-name-" + i, "contact.edit.place.nameTooLong");
                return null;
            }
            if (row.address != null && row.address.strip().length() > 300) {
                Messages.error("place-address-" + i, "contact.edit.place.addressTooLong");
                return null;
            }
            if (named) {
                kept.add(new MeetingPlace(row.name, row.address, kept.size()));
            }
        }
        try {
            site.saveContactDetails(version, form, kept);
        } catch (EditConflictException e) {
            Messages.error(null, "contenu.conflict");
            return null;
        }
        Messages.flashInfo("contact.edit.saved");
        return "/espace/contenu/index?faces-redirect=true";
    }

    public ContactDetails getForm() {
        return form;
    }

    public List<PlaceRow> getPlaces() {
        return places;
    }
}
