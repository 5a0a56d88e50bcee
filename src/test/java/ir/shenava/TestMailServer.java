package ir.shenava;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One GreenMail per test JVM on fixed ports, because the shared Spring context sends its mail to
 * {@code spring.mail.port} of application-test.yml (3925). Tests that look at mail start it;
 * for every other test it is simply not there and acknowledgement publications stay incomplete.
 */
public final class TestMailServer {

    public static final String HOST = "127.0.0.1";
    public static final int SMTP_PORT = 3925;
    public static final int IMAP_PORT = 3943;

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
}
