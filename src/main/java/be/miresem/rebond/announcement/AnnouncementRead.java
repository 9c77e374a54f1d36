package be.miresem.rebond.announcement;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One person has read one announcement: it leaves their home page. */
@Entity
@Table(name = "announcement_read")
public class AnnouncementRead extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "announcement_id", nullable = false, updatable = false)
    private long announcementId;

    @Column(nullable = false, length = 254, updatable = false)
    private String reader;

    protected AnnouncementRead() {
    }

    AnnouncementRead(long announcementId, String reader) {
        this.announcementId = announcementId;
        this.reader = reader;
    }

    public long getAnnouncementId() {
        return announcementId;
    }
}
