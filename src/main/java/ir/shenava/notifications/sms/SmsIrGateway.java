package ir.shenava.notifications.sms;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * SMS.ir (API v1), as its official clients (npm {@code smsir-js}, {@code sms-typescript}) call it:
 * {@code POST /v1/send/bulk} with header {@code X-API-KEY} and JSON {@code {lineNumber, messageText,
 * mobiles}}, answered {@code {"status":1,"message":…,"data":{"packId":…,"messageIds":[…],"cost":…}}};
 * the report of one message is {@code GET /v1/send/{messageId}} with {@code data.deliveryState}.
 * SMS.ir keeps no id of ours, so a send whose answer was lost cannot be looked up (see
 * {@link SmsDispatch}: such a message is marked uncertain, never sent twice).
 */
@Component
class SmsIrGateway implements SmsGateway {

    static final String OFFICIAL = "https://api.sms.ir";

    private final GatewayHttp http;

    SmsIrGateway(GatewayHttp http) {
        this.http = http;
    }

    @Override
    public SmsProvider provider() {
        return SmsProvider.SMSIR;
    }

    @Override
    public Outcome send(SmsSettings settings, Outgoing message) {
        Object line = lineNumber(settings.senderLine());
        GatewayHttp.Answer answer;
        try {
            answer = http.exchange(http.client().post().uri(settings.baseUrlOr(OFFICIAL) + "/v1/send/bulk")
                    .header("X-API-KEY", key(settings)).accept(MediaType.APPLICATION_JSON)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("lineNumber", line, "messageText", message.text(), "mobiles", List.of(message.mobile()))));
        } catch (GatewayHttp.NoAnswer e) {
            return e.reached ? new Unanswered(e.getMessage()) : new Unavailable(e.getMessage());
        }
        long messageId = answer.body().path("data").path("messageIds").path(0).asLong(0);
        if (answer.status() == 200 && answer.body().path("status").asInt(0) == 1 && messageId > 0) {
            return new Sent(String.valueOf(messageId));
        }
        return new Unavailable("SMS.ir " + answer.status() + "/" + answer.body().path("status").asString("")
                + ": " + answer.body().path("message").asString(""));
    }

    @Override
    public LookupResult lookup(SmsSettings settings, long localId) {
        return new LookupResult(Lookup.UNSUPPORTED, null);
    }

    @Override
    public Delivery delivery(SmsSettings settings, String messageId) {
        try {
            GatewayHttp.Answer answer = http.exchange(http.client().get()
                    .uri(settings.baseUrlOr(OFFICIAL) + "/v1/send/{id}", messageId)
                    .header("X-API-KEY", key(settings)).accept(MediaType.APPLICATION_JSON));
            if (answer.status() != 200 || answer.body().path("status").asInt(0) != 1) {
                return null;
            }
            // 1 reached the phone; 2 did not reach the phone, 4 did not reach the operator, 6 failed,
            // 7 blacklisted; 3 and 5 are still with the operator
            return switch (answer.body().path("data").path("deliveryState").asInt(-1)) {
                case 1 -> Delivery.DELIVERED;
                case 2, 4, 6, 7 -> Delivery.UNDELIVERED;
                case -1 -> null;
                default -> Delivery.PENDING;
            };
        } catch (GatewayHttp.NoAnswer e) {
            return null;
        }
    }

    private static String key(SmsSettings settings) {
        return settings.apiKey() == null ? "" : settings.apiKey();
    }

    /** The line is a number in SMS.ir's JSON (e.g. 30007732000000); kept as text if it is not one. */
    private static Object lineNumber(String line) {
        String digits = line == null ? "" : line.strip();
        return digits.matches("[0-9]{1,18}") ? Long.parseLong(digits) : digits;
    }
}
