package be.miresem.rebond.shared.demo;

import be.miresem.rebond.shared.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Whether this portal runs in demo mode ({@code #{demoMode.on}}): every page then says its data are fictitious. */
@Named
@ApplicationScoped
public class DemoMode {

    private final boolean on = Settings.DEMO.isOn();

    public boolean isOn() {
        return on;
    }
}
