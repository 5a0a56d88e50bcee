package ir.shenava.notifications.sms;

import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * Kavenegar, as its official client (npm {@code kavenegar}) calls it: a form POST to
 * {@code /v1/{apikey}/sms/send.json} with receptor, sender, message — and our row id as
 * {@code localid}, which {@code sms/statuslocalmessageid.json} finds again after a lost answer.
 * The answer is {@code {"return":{"status":200,"message":…},"entries":[{"messageid":…,"status":…}]}};
 * an error has its code in {@code return.status} (and as the HTTP status).
 */
@Component
class KavenegarGateway implements SmsGateway {

    static final String OFFICIAL = "https://api.kavenegar.com";

    /** Codes that no retry changes: wrong receptor, wrong sender line, empty or too long, bad characters. */
    private static final Set<Integer> FOR_GOOD = Set.of(411, 412, 413, 414, 422);

    private final GatewayHttp http;

    KavenegarGateway(GatewayHttp http) {
        this.http = http;
    }

    @Override
    public SmsProvider provider() {
        return SmsProvider.KAVENEGAR;
    }

    @Override
    public Outcome send(SmsSettings settings, Outgoing message) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("receptor", message.mobile());
        if (settings.senderLine() != null && !settings.senderLine().isBlank()) {
            form.add("sender", settings.senderLine());
        }
        form.add("message", message.text());
        form.add("localid", String.valueOf(message.localId()));
        GatewayHttp.Answer answer;
        try {
            answer = call(settings, "sms/send.json", form);
        } catch (GatewayHttp.NoAnswer e) {
            return e.reached ? new Unanswered(e.getMessage()) : new Unavailable(e.getMessage());
        }
        int status = answer.body().path("return").path("status").asInt(answer.status());
        JsonNode entry = answer.body().path("entries").path(0);
        if (status == 200 && entry.has("messageid")) {
            return new Sent(entry.path("messageid").asString());
        }
        String reason = "Kavenegar " + status + ": " + answer.body().path("return").path("message").asString("");
        return FOR_GOOD.contains(status) ? new Rejected(reason) : new Unavailable(reason);
    }

    @Override
    public LookupResult lookup(SmsSettings settings, long localId) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("localid", String.valueOf(localId));
        try {
            GatewayHttp.Answer answer = call(settings, "sms/statuslocalmessageid.json", form);
            if (answer.body().path("return").path("status").asInt(answer.status()) != 200) {
                return new LookupResult(Lookup.UNAVAILABLE, null);
            }
            JsonNode entry = answer.body().path("entries").path(0);
            long messageId = entry.path("messageid").asLong(0);
            // an unknown local id comes back with status 100 ("not found") and no message id
            return messageId > 0 && entry.path("status").asInt(0) != 100
                    ? new LookupResult(Lookup.FOUND, String.valueOf(messageId)) : new LookupResult(Lookup.NOT_FOUND, null);
        } catch (GatewayHttp.NoAnswer e) {
            return new LookupResult(Lookup.UNAVAILABLE, null);
        }
    }

    @Override
    public Delivery delivery(SmsSettings settings, String messageId) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("messageid", messageId);
        try {
            GatewayHttp.Answer answer = call(settings, "sms/status.json", form);
            if (answer.body().path("return").path("status").asInt(answer.status()) != 200) {
                return null;
            }
            // 10 delivered; 6 failed, 11 undelivered, 13 cancelled, 14 blocked, 100 unknown id; others on the way
            return switch (answer.body().path("entries").path(0).path("status").asInt(-1)) {
                case 10 -> Delivery.DELIVERED;
                case 6, 11, 13, 14, 100 -> Delivery.UNDELIVERED;
                case -1 -> null;
                default -> Delivery.PENDING;
            };
        } catch (GatewayHttp.NoAnswer e) {
            return null;
        }
    }

    private GatewayHttp.Answer call(SmsSettings settings, String method, MultiValueMap<String, String> form)
            throws GatewayHttp.NoAnswer {
        String url = settings.baseUrlOr(OFFICIAL) + "/v1/{key}/" + method;
        return http.exchange(http.client().post().uri(url, settings.apiKey() == null ? "" : settings.apiKey())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.APPLICATION_JSON).body(form));
    }
}
