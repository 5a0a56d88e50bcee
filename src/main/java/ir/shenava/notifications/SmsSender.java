package ir.shenava.notifications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import ir.shenava.notifications.sms.SmsLength;
import ir.shenava.notifications.sms.ShortLinks;
import ir.shenava.notifications.sms.SmsOutbox;
import org.springframework.stereotype.Component;

/**
 * Sends an SMS to a customer, durably: the message is stored under an idempotency key and handed
 * to the administrator's gateway (Kavenegar, SMS.ir, or the log) through the event publication
 * registry, retried while the gateway is down, and never sent twice for one key. Long links of ours
 * become short ones first, so the text keeps to fewer parts.
 */
@Component
public class SmsSender {

    private final SmsOutbox outbox;
    private final ShortLinks shortLinks;
    private final Clock clock;

    SmsSender(SmsOutbox outbox, ShortLinks shortLinks, Clock clock) {
        this.outbox = outbox;
        this.shortLinks = shortLinks;
        this.clock = clock;
    }

    /**
     * @param key         what makes this message unique (e.g. "ack.&lt;complaint&gt;"): a second call with the
     *                    same key (a listener run again) sends nothing
     * @param complaintId the complaint the message is about, listed on its page; may be null
     * @param phone       E.164, e.g. "+989121234567"
     */
    public void send(String key, Long complaintId, String phone, String text) {
        String shortened = shortLinks.shorten(text);
        outbox.queue(key, complaintId, phone, shortened, SmsLength.of(shortened).parts(), clock.instant());
    }

    /** A message without a key of its own: the same text to the same phone is sent once. */
    public void send(String phone, String text) {
        send("text." + sha256(phone + "\n" + text), null, phone, text);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
