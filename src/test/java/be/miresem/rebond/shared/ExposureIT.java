package be.miresem.rebond.shared;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.ListeningSockets;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the portal, launched on one node as production launches it, exposes to the network and the machine. */
@ExtendWith(Portal.class)
class ExposureIT {

    @Test
    void aOneNodePortalListensOnItsHttpPortOnly(PortalServer server) {
        // Payara Micro's Data Grid would listen on 0.0.0.0:6900 (payara.asadmin turns it off before boot).
        List<ListeningSockets.Socket> sockets = ListeningSockets.of(server.pid());
        assertThat(sockets).as("listening sockets of the portal's JVM").isNotEmpty()
                .allSatisfy(socket -> assertThat(socket.port()).as(socket.toString()).isEqualTo(server.port()));
    }
}
