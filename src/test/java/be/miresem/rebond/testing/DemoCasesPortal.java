package be.miresem.rebond.testing;

/**
 * JUnit extension giving tests a second shared portal: the demo as {@code mvn -Prun -Drebond.demo} starts it, with
 * the demo case files (which the main shared portal, {@link Portal}, leaves out), in the SystemTest stage. Started
 * once per test run. Its users: {@code DemoCasesIT}, which counts the demo's case files and so runs first
 * ({@code @Order(1)}, junit-platform.properties orders classes by it), then {@code HostileInputIT}, whose crawl
 * stores hostile input in every form and whose officer forms deactivate accounts and cancel meetings.
 */
public class DemoCasesPortal extends Portal {

    public DemoCasesPortal() {
        super("rebond.demo-cases-portal", () -> {
            PortalServer server = PortalServer.withDemoContent("demo-cases").inSystemTestStage().longLived();
            server.environment().remove("REBOND_DEMO_CASES");
            return server.start();
        });
    }
}
