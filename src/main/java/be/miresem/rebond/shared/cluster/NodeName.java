package be.miresem.rebond.shared.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetAddress;
import java.util.UUID;

/** This node's name in the job leases: host, process and a random part (unique even for two starts). */
@ApplicationScoped
public class NodeName {

    private final String name = host() + "/" + ProcessHandle.current().pid() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    public String get() {
        return name;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "node";
        }
    }
}
