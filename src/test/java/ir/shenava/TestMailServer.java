package ir.shenava;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One GreenMail per test JVM. Its ports are free ones picked when the JVM starts, not fixed: several
 * builds on one machine (other work trees) would otherwise deliver their mail to each other's
 * server. {@link Port} hands the SMTP port to every test context as {@code spring.mail.port}
 * (registered in META-INF/spring.factories). Tests that look at mail start the server; for every
 * other test it is simply not there and mail publications stay incomplete.
 */
public final class TestMailServer {

    public static final String HOST = "127.0.0.1";
    public static final int SMTP_PORT = freePort();
    public static final int IMAP_PORT = freePort();

    private static GreenMail server;

    private TestMailServer() {
    }

    /** The running server, started on first use (or after {@link #stop()}). */
    public static synchronized GreenMail running() {
        if (server == null) {
            server = new GreenMail(new ServerSetup[] {
                    new ServerSetup(SMTP_PORT, HOST, ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(IMAP_PORT, HOST, ServerSetup.PROTOCOL_IMAP)});
            server.start();
        }
        return server;
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points a test context's outgoing mail at this JVM's server. */
    public static final class Port implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.mail.port=" + SMTP_PORT).applyTo(context);
        }
    }
}
