package ir.shenava.notifications.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;

import ir.shenava.platform.SigningKeys;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The address of a complaint's SMS list, for the staff complaint page ({@code @smsOfComplaint.url(id)}
 * in its template). Who may see a complaint is intake's decision, taken when it renders that page;
 * the address carries a signature of the complaint and the viewer, so the list opens only for
 * someone the page was shown to. Signed with a key shared by all nodes ({@link SigningKeys}), so
 * the page may come from one node and the list from another.
 */
@Component("smsOfComplaint")
public class SmsOfComplaint {

    private final SigningKeys keys;

    SmsOfComplaint(SigningKeys keys) {
        this.keys = keys;
    }

    public String url(long complaintId) {
        return "/sms/complaints/" + complaintId + "?sig=" + signature(complaintId, viewer());
    }

    boolean valid(long complaintId, String signature, Authentication auth) {
        return signature != null && MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                signature(complaintId, auth == null ? "" : auth.getName()).getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(long complaintId, String viewer) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.hmac("notifications-sms-list"));
            byte[] sig = mac.doFinal((complaintId + "\n" + viewer).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String viewer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "" : auth.getName();
    }
}
