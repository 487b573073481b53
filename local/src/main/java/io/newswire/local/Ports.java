package io.newswire.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Chooses the loopback TCP ports the local stack listens on. */
final class Ports {

    private Ports() {
    }

    /**
     * The port to listen on: {@code requested} itself, or any free port when it is 0 or when it is taken and
     * {@code fallBackWhenTaken} is set. A taken port without fallback is returned as is: binding it then fails with a
     * message naming the port.
     */
    static int choose(int requested, boolean fallBackWhenTaken) {
        if (requested < 0 || requested > 65535) {
            throw new IllegalArgumentException("Not a TCP port: " + requested);
        }
        if (requested == 0 || (fallBackWhenTaken && !isFree(requested))) {
            return anyFree();
        }
        return requested;
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port the OS considers free right now; someone else may take it before we bind it, which is rare enough. */
    static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port on the loopback interface", e);
        }
    }
}
