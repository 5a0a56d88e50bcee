package ir.shenava.notifications.sms;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The HTTP side the gateway adapters share: one {@link RestClient} with short time-outs, every
 * answer read whatever its status (the gateways put their error codes into the body), and the
 * one distinction durability needs — a request that never reached the gateway (connection
 * refused, unknown host: safe to send again) against one whose answer was lost (maybe sent).
 */
@Component
class GatewayHttp {

    /** An answer: the HTTP status and the body read as JSON (a missing node when it is not JSON). */
    record Answer(int status, JsonNode body) {
    }

    /** The request did not get an answer; {@code reached} says whether it may have arrived. */
    static final class NoAnswer extends Exception {
        final boolean reached;

        NoAnswer(String message, boolean reached) {
            super(message);
            this.reached = reached;
        }
    }

    private final RestClient client;
    private final ObjectMapper json;

    GatewayHttp(ObjectMapper json, @Value("${shenava.sms.connect-timeout:PT5S}") Duration connectTimeout,
                @Value("${shenava.sms.read-timeout:PT15S}") Duration readTimeout) {
        this.json = json;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(readTimeout);
        this.client = RestClient.builder().requestFactory(factory).build();
    }

    RestClient client() {
        return client;
    }

    Answer exchange(RestClient.RequestHeadersSpec<?> request) throws NoAnswer {
        try {
            return request.exchange((req, res) -> {
                String body = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(res.getStatusCode().value(), parse(body));
            });
        } catch (RestClientException e) {
            throw new NoAnswer(String.valueOf(e.getMostSpecificCause()), !neverArrived(e));
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body.isBlank() ? "{}" : body);
        } catch (RuntimeException e) {
            return json.missingNode();
        }
    }

    private static boolean neverArrived(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
                    || t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
            if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("Connection refused")) {
                return true;
            }
        }
        return false;
    }
}
