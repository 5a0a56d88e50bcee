package ir.shenava.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Tokens that let a complainant act on one complaint without the tracking code: "expiry.signature",
 * an HMAC-SHA256 of what the token is for, the complaint and the expiry. A token for one purpose
 * or complaint is worthless for another, and none lives for ever.
 */
@Component
public class LinkSigner {

    /** What a token allows; part of what is signed. */
    public enum Purpose { CONFIRM, RATE }

    /** Links in mails: long enough for a customer who reads mail late, short of for ever. */
    public static final Duration MAIL_LINK = Duration.ofDays(90);

    private static final int MAX_TOKEN_LENGTH = 80;
    private final LinkSecret secret;
    private final Clock clock;

    LinkSigner(LinkSecret secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    public String sign(Purpose purpose, long complaintId, Duration lifetime) {
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        return expires + "." + signature(purpose, complaintId, expires);
    }

    /** True only for a token this application signed for that purpose and complaint, not yet expired. */
    public boolean verify(Purpose purpose, long complaintId, String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot < 1 || dot > 12 || !token.substring(0, dot).chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return false;
        }
        long expires = Long.parseLong(token.substring(0, dot));
        byte[] expected = signature(purpose, complaintId, expires).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) && clock.instant().getEpochSecond() < expires;
    }

    private String signature(Purpose purpose, long complaintId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            byte[] digest = mac.doFinal((purpose.name() + ":" + complaintId + ":" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
