package be.miresem.rebond.notification.web;

import be.miresem.rebond.notification.Delivery;
import be.miresem.rebond.notification.NotificationKind;
import be.miresem.rebond.notification.Notifications;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Backs the "Notifications" form of /espace/compte/: for each kind the signed-in person receives, a radio group
 * {@code delivery-KIND} (immediately, daily digest, portal only). Unknown values are ignored: the choice stays.
 */
@Named
@RequestScoped
public class NotificationChoicesBacking {

    @Inject
    private Notifications notifications;

    private Map<NotificationKind, Delivery> choices;

    public Map<NotificationKind, Delivery> getChoices() {
        if (choices == null) {
            choices = notifications.myChoices();
        }
        return choices;
    }

    public List<NotificationKind> getKinds() {
        return List.copyOf(getChoices().keySet());
    }

    public List<Delivery> getDeliveries() {
        return List.of(Delivery.values());
    }

    public String save() {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : getKinds()) {
            String value = form.get("delivery-" + kind);
            for (Delivery delivery : Delivery.values()) {
                if (delivery.name().equals(value)) {
                    chosen.put(kind, delivery);
                }
            }
        }
        notifications.choose(chosen);
        Messages.flashInfo("compte.notifications.saved");
        return "/espace/compte/index?faces-redirect=true";
    }
}
