package be.miresem.rebond.notification.web;

import be.miresem.rebond.notification.Notification;
import be.miresem.rebond.notification.Notifications;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * Backs /espace/nouveautes/: the signed-in person's notifications; {@code ?voir=N} (the link of the home page and of the
 * e-mail) marks one seen and opens its record.
 */
@Named
@RequestScoped
public class NotificationsBacking {

    @Inject
    private Notifications notifications;

    private Long shown;

    /** The view action: marks the notification asked for seen and redirects to its record. */
    public void open() throws IOException {
        if (shown != null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + notifications.open(shown));
        }
    }

    public String markAllSeen() {
        notifications.markAllSeen();
        Messages.flashInfo("notifications.allSeen");
        return "/espace/nouveautes/index?faces-redirect=true";
    }

    public List<Notification> getNotifications() {
        return notifications.mine();
    }

    public Long getShown() {
        return shown;
    }

    public void setShown(Long shown) {
        this.shown = shown;
    }
}
