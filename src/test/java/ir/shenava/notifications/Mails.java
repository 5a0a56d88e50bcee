package ir.shenava.notifications;

import java.util.List;

import ir.shenava.TestMailServer;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the notification tests ask of the test mail server and of the event publication registry. */
public final class Mails {

    private Mails() {
    }

    /** Mails received so far for one address (each test uses its own). */
    public static List<MimeMessage> to(String address) {
        return TestMailServer.running().findReceivedMessages(u -> true, m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO) != null
                        && ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** Mails for one address whose subject contains {@code subjectPart}. */
    static List<MimeMessage> to(String address, String subjectPart) {
        return to(address).stream().filter(m -> {
            try {
                return m.getSubject().contains(subjectPart);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** The body part of the given type ("text/html", "text/plain"), or null. */
    public static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Publications of a listener (by class name) for events whose JSON contains {@code eventPart}. */
    static int publications(JdbcTemplate jdbc, String listener, String eventPart, String condition) {
        return jdbc.queryForObject("select count(*) from event_publication where listener_id like ? and serialized_event like ? and "
                + condition, Integer.class, "%" + listener + "%", "%" + eventPart + "%");
    }

    static int unfinished(JdbcTemplate jdbc, String listener, String eventPart) {
        return publications(jdbc, listener, eventPart, "completion_date is null");
    }

    /** The listener ran and failed: Spring Modulith 2 marks the publication FAILED. */
    static boolean failed(JdbcTemplate jdbc, String listener, String eventPart) {
        return publications(jdbc, listener, eventPart, "completion_date is null and status = 'FAILED'") > 0;
    }

    /**
     * The listener is done with every such event: completed publications are deleted
     * ({@code completion-mode: delete}), so none is left unfinished. Call it only once the
     * publication is known to exist (its event was published, or the row it writes is visible).
     */
    static boolean completed(JdbcTemplate jdbc, String listener, String eventPart) {
        return unfinished(jdbc, listener, eventPart) == 0;
    }
}
