package ir.shenava.notifications;

import ir.shenava.notifications.internal.MailDelivery;
import org.springframework.stereotype.Component;

/**
 * The plain adapter of {@link CustomerLinks}: the tracking page of {@code shenava.public-url},
 * unsigned, so the complainant signs in there with the tracking code before answering.
 */
@Component
class TrackPageLinks implements CustomerLinks {

    private final MailDelivery mail;

    TrackPageLinks(MailDelivery mail) {
        this.mail = mail;
    }

    @Override
    public String confirmationLink(long complaintId) {
        return mail.link("/track");
    }

    @Override
    public String ratingLink(long complaintId, int rating) {
        return mail.link("/track?rating=" + rating);
    }
}
