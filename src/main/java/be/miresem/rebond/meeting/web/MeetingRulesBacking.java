package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.MeetingRules;
import be.miresem.rebond.meeting.MeetingSettings;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs the rules form of /espace/disponibilites/: length, pause, notice, horizon, cut-off, "à confirmer" mode and
 * video link of the officer's meetings. Officers only.
 */
@Named
@RequestScoped
public class MeetingRulesBacking {

    @Inject
    private MeetingRules rules;

    private MeetingSettings settings;

    /** The rules form: a detached copy, validated field by field before it is saved. */
    public MeetingSettings getSettings() {
        if (settings == null) {
            settings = rules.settings().copy();
        }
        return settings;
    }

    public String saveSettings() {
        rules.saveSettings(settings);
        Messages.flashInfo("disponibilites.saved");
        return "/espace/disponibilites/index?faces-redirect=true";
    }
}
