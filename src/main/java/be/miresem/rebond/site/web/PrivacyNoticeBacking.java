package be.miresem.rebond.site.web;

import be.miresem.rebond.shared.config.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Backs /vie-privee: the retention period actually configured, in years, so the notice never says another one. */
@Named
@RequestScoped
public class PrivacyNoticeBacking {

    /** {@code REBOND_RETENTION_DAYS} in whole years (1826 days: 5). */
    public long getRetentionYears() {
        return Math.max(1, Math.round(Settings.RETENTION_DAYS.asInt() / 365.25));
    }
}
