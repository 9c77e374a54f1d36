package be.miresem.rebond.notification;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One person's choice of delivery for one kind of notification (no row: the kind's default). */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 254, updatable = false)
    private String person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Delivery delivery;

    protected NotificationPreference() {
    }

    NotificationPreference(String person, NotificationKind kind, Delivery delivery) {
        this.person = person;
        this.kind = kind;
        this.delivery = delivery;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }
}
