package be.miresem.rebond.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(ClientAddress.of("203.0.113.5", "198.51.100.7", "")).isEqualTo("203.0.113.5");
    }

    @Test
    void fromATrustedProxyTheLastUntrustedHopCounts() {
        // A client forging the header only adds entries on the left; the proxy appends what it saw.
        assertThat(ClientAddress.of("10.0.0.2", "1.2.3.4, 198.51.100.7", "10.0.0.2")).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("10.0.0.2", "198.51.100.7, 10.0.0.3", "10.0.0.2, 10.0.0.3")).isEqualTo("198.51.100.7");
    }

    @Test
    void fromAnUntrustedAddressOrWithoutHeaderTheConnectionCounts() {
        assertThat(ClientAddress.of("203.0.113.5", "198.51.100.7", "10.0.0.2")).isEqualTo("203.0.113.5");
        assertThat(ClientAddress.of("10.0.0.2", null, "10.0.0.2")).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.of("10.0.0.2", "10.0.0.2", "10.0.0.2")).isEqualTo("10.0.0.2");
    }
}
