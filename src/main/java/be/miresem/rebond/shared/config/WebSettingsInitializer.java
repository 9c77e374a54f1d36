package be.miresem.rebond.shared.config;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.Set;

/**
 * Applies configuration that web.xml cannot read from the environment, before Faces starts:
 * the project stage (Production unless REBOND_PROJECT_STAGE says otherwise), with Facelets
 * re-parsed only in Development (the tests' SystemTest stage serves pages as Production does), and the session timeout.
 */
public class WebSettingsInitializer implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        String stage = Settings.PROJECT_STAGE.get();
        context.setInitParameter("jakarta.faces.PROJECT_STAGE", stage);
        context.setInitParameter("jakarta.faces.FACELETS_REFRESH_PERIOD",
                "Development".equals(stage) ? "1" : "-1");
        context.setSessionTimeout(Settings.SESSION_TIMEOUT_MINUTES.asInt());
    }
}
