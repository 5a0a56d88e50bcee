package ir.shenava.notifications.sms;

/**
 * The port to one SMS gateway, with an adapter per gateway (Kavenegar, SMS.ir, the log). Every
 * call gets the settings of the moment, so a key changed on the settings page counts at once.
 */
public interface SmsGateway {

    /** One message to one phone (E.164); {@code localId} is our row's id, given to gateways that keep it. */
    record Outgoing(long localId, String phone, String text) {

        /** The number as both Iranian gateways take it. */
        String mobile() {
            return SmsGateway.mobile(phone);
        }
    }

    /** What became of a send. */
    sealed interface Outcome {
    }

    /** The gateway took the message and named it. */
    record Sent(String messageId) implements Outcome {
    }

    /** The gateway refused this message for good (a wrong number, an empty text): no retry. */
    record Rejected(String reason) implements Outcome {
    }

    /** Not sent — the gateway could not be reached or answered an error: try again later. */
    record Unavailable(String reason) implements Outcome {
    }

    /** The request went out but no answer came back (time-out, cut connection): it may have been sent. */
    record Unanswered(String reason) implements Outcome {
    }

    /** What the gateway's outbox says about a message named by our local id. */
    enum Lookup { FOUND, NOT_FOUND, UNAVAILABLE, UNSUPPORTED }

    record LookupResult(Lookup lookup, String messageId) {
    }

    /** Delivery report of one message; {@code null} from {@link #delivery} when the gateway did not answer. */
    enum Delivery { PENDING, DELIVERED, UNDELIVERED }

    SmsProvider provider();

    Outcome send(SmsSettings settings, Outgoing message);

    /** Asks the gateway whether a message with this local id went out; gateways without such a query say UNSUPPORTED. */
    LookupResult lookup(SmsSettings settings, long localId);

    Delivery delivery(SmsSettings settings, String messageId);

    /** "+989121234567" → "09121234567", the form both Iranian gateways take. */
    static String mobile(String e164) {
        String digits = e164.replaceAll("[^0-9]", "");
        return digits.startsWith("98") && digits.length() == 12 ? "0" + digits.substring(2) : digits;
    }
}
