package ir.shenava.intake;

import ir.shenava.intake.internal.LinkSigner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Links for the mails to a complainant (the notifications module writes them): answer "are you
 * satisfied?" or rate the handling, without typing the tracking code. Each carries
 * a signed token valid for that complaint and purpose only, for {@link LinkSigner#MAIL_LINK}.
 */
@Component
public class ComplaintLinks {

    private final LinkSigner signer;
    private final String publicUrl;

    ComplaintLinks(LinkSigner signer, @Value("${shenava.public-url:http://localhost:8080}") String publicUrl) {
        this.signer = signer;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The tracking page with the confirmation form, for a complaint awaiting the complainant's word. */
    public String confirmationLink(long complaintId) {
        return publicUrl + "/track/confirm?complaint=" + complaintId
                + "&token=" + signer.sign(LinkSigner.Purpose.CONFIRM, complaintId, LinkSigner.MAIL_LINK);
    }

    /**
     * Opens the rating page with this star (1 … 5) chosen, for a closed complaint; one link per star in the
     * closing mail. Opening records nothing (mail scanners open links too): the page's button does.
     */
    public String ratingLink(long complaintId, int rating) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5, not " + rating);
        }
        return publicUrl + "/track/rate?complaint=" + complaintId + "&rating=" + rating
                + "&token=" + signer.sign(LinkSigner.Purpose.RATE, complaintId, LinkSigner.MAIL_LINK);
    }
}
