package ir.shenava.notifications.sms;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The SMS the system writes, filled with a sample tracking code and the links they carry (short
 * links where the real one is long), so the administrator sees each one's parts and cost.
 */
@Component
public class SmsTemplates {

    private static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");
    private static final String SAMPLE_CODE = "VZCGX-FCBRJ";

    /** A template as it goes out: its key, a sample text, how the network counts it and what it costs. */
    public record Sample(String key, String text, SmsLength length, long cost) {
    }

    private final MessageSource messages;
    private final ShortLinks shortLinks;
    private final String publicUrl;

    SmsTemplates(MessageSource messages, ShortLinks shortLinks,
                 @Value("${shenava.public-url:http://localhost:8080}") String publicUrl) {
        this.messages = messages;
        this.shortLinks = shortLinks;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public List<Sample> samples(int pricePerPart) {
        String track = publicUrl + "/track";
        return List.of(sample("mail.ack.sms", track, pricePerPart), sample("mail.response.sms", track, pricePerPart),
                sample("mail.response.sms.confirm", shortLinks.sample(), pricePerPart),
                sample("mail.closure.sms", track, pricePerPart));
    }

    private Sample sample(String key, String link, int pricePerPart) {
        String text = messages.getMessage(key, new Object[] {SAMPLE_CODE, link}, PERSIAN);
        SmsLength length = SmsLength.of(text);
        return new Sample(key, text, length, length.cost(pricePerPart));
    }
}
