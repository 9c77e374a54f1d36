package be.miresem.rebond.testing;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension giving tests the shared portal with demo content: started once per test run
 * (not per test), stopped when the run ends. Tests create their own data and never depend on order. It runs in
 * the SystemTest stage, so that a test can change a setting while it runs ({@link RuntimeSettings}).
 */
public class Portal implements ParameterResolver {

    private final String key;
    private final Supplier<PortalServer> start;

    public Portal() {
        this("rebond.portal", () -> PortalServer.withDemoContent("shared").inSystemTestStage().longLived().start());
    }

    /** Another portal shared by the whole run: its store key and how it starts. */
    protected Portal(String key, Supplier<PortalServer> start) {
        this.key = key;
        this.start = start;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PortalServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(key, k -> start.get(), PortalServer.class);
    }
}
