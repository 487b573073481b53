package io.newswire.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void zeroMeansAnyFreePort() {
        int port = Ports.choose(0, false);

        assertThat(port).isPositive();
        assertThat(Ports.isFree(port)).isTrue();
    }

    @Test
    void aTakenPreferredPortFallsBackToAFreeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThat(Ports.isFree(port)).isFalse();
            assertThat(Ports.choose(port, true)).isNotEqualTo(port).isPositive();
            assertThat(Ports.choose(port, false)).isEqualTo(port); // binding it will fail, naming the port
        }
    }

    @Test
    void aFreePreferredPortIsKept() {
        int free = Ports.anyFree();

        assertThat(Ports.choose(free, true)).isEqualTo(free);
    }

    @Test
    void rejectsWhatIsNoPort() {
        assertThatThrownBy(() -> Ports.choose(70000, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
