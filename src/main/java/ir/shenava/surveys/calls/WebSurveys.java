package ir.shenava.surveys.calls;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;

import ir.shenava.customers.ContactSummary;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerId;
import ir.shenava.platform.SigningKeys;
import ir.shenava.surveys.FollowUpCallUnreachable;
import ir.shenava.surveys.SurveyLinkOffered;
import ir.shenava.surveys.SurveyMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey on the web for a call that ended unreachable (issue 12 §6): the customer gets a signed
 * link ({@link SurveyLinkOffered}; notifications sends it by SMS or mail), answers the same
 * questionnaire under the same rules (a required question answered, a dissatisfied answer with a
 * reason), and the survey is completed as answered on the web — the managers' review, the SURVEY
 * complaints and analytics follow from {@link ir.shenava.surveys.SurveyCompleted} as for a call. The
 * call itself stays unreachable: the response rate counts calls.
 *
 * <p>The link is {@code /survey/<call>.<expiry>.<signature>}: an HMAC of the call and the expiry day
 * with a key shared by every node ({@link SigningKeys}), so nothing is stored to check it and no
 * other call's survey can be guessed from it.
 */
@Service
public class WebSurveys {

    /** How long a link may be used. */
    static final Duration LIFE = Duration.ofDays(14);
    private static final String PURPOSE = "survey-web-link";

    private final JdbcClient jdbc;
    private final SigningKeys keys;
    private final SurveyRecording recording;
    private final SurveyCompletion completion;
    private final CallQueue queue;
    private final CustomerDirectory customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String publicUrl;

    WebSurveys(JdbcClient jdbc, SigningKeys keys, SurveyRecording recording, SurveyCompletion completion, CallQueue queue,
               CustomerDirectory customers, ApplicationEventPublisher events, Clock clock,
               @Value("${shenava.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.recording = recording;
        this.completion = completion;
        this.queue = queue;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The call ended unreachable: its contact (or the customer's first reachable one) is offered the link. */
    @ApplicationModuleListener
    void on(FollowUpCallUnreachable ended) {
        CallRow call = queue.find(ended.callId()).orElse(null);
        if (call == null) {
            return;
        }
        Optional<ContactSummary> contact = Optional.ofNullable(call.contactId())
                .map(id -> customers.contacts(List.of(id)).get(id))
                .or(() -> customers.contactsOf(new CustomerId(call.customerId())).stream()
                        .filter(c -> c.mobile() != null || c.email() != null).findFirst());
        if (contact.isEmpty() || contact.get().mobile() == null && contact.get().email() == null) {
            return;   // nobody to send it to: the quality manager already sees the call as unreachable
        }
        Instant expires = ended.endedAt().plus(LIFE);
        ContactSummary c = contact.get();
        events.publishEvent(new SurveyLinkOffered(call.id(), call.customerId(), c.fullName(), c.mobile(), c.email(),
                publicUrl + "/survey/" + token(call.id(), expires), expires));
    }

    /** The signed token of a call's web survey, valid until the end of {@code expires}' day (UTC). */
    public String token(long callId, Instant expires) {
        long day = expires.getEpochSecond() / 86_400;
        return callId + "." + day + "." + signature(callId, day);
    }

    /** The call a token stands for, if it is ours, unaltered and not expired. */
    public Optional<Long> callOf(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,9}")) {
            return Optional.empty();
        }
        long callId = Long.parseLong(parts[0]);
        long day = Long.parseLong(parts[1]);
        boolean genuine = MessageDigest.isEqual(signature(callId, day).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII));
        boolean current = clock.instant().getEpochSecond() / 86_400 <= day;
        return genuine && current ? Optional.of(callId) : Optional.empty();
    }

    /**
     * The web survey of an unreachable call, begun now if it was not (a survey the caller began on a
     * call that later went unanswered is carried on, on the web); empty for a call that did not end
     * unreachable.
     */
    @Transactional
    public Optional<SurveyRecording.Draft> open(long callId) {
        CallRow call = queue.find(callId).orElse(null);
        if (call == null || call.status() != CallStatus.UNREACHABLE) {
            return Optional.empty();
        }
        recording.start(callId, null, call.contactId(), SurveyMode.WEB);
        jdbc.sql("update survey set mode = 'WEB' where call_id = ? and completed_at is null and mode <> 'WEB'").param(callId).update();
        return recording.ofCall(callId);
    }

    /**
     * Saves the customer's answers and completes the survey when nothing stops it; what stops it
     * otherwise, by question id (message keys). The answers are kept either way, so nothing typed is lost.
     */
    @Transactional
    public Map<Long, String> submit(long callId, List<Response> typed) {
        SurveyRecording.Draft draft = open(callId).orElseThrow(() -> new CallRuleException("survey.link.invalid"));
        if (draft.completedAt() != null) {
            throw new CallRuleException("survey.completed");
        }
        Map<Long, String> refused = new LinkedHashMap<>();
        for (Response r : typed) {
            try {
                recording.save(draft, r);
            } catch (CallRuleException e) {
                refused.put(r.questionId(), e.getMessage());
            }
        }
        SurveyRecording.Draft saved = recording.ofCall(callId).orElseThrow();
        Map<Long, String> problems = new LinkedHashMap<>(recording.problems(saved));
        problems.putAll(refused);
        if (problems.isEmpty()) {
            completion.completeOnWeb(saved, queue.find(callId).orElseThrow(), clock.instant());
        }
        return problems;
    }

    private String signature(long callId, long day) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.hmac(PURPOSE));
            byte[] sum = mac.doFinal(ByteBuffer.allocate(16).putLong(callId).putLong(day).array());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sum, 18));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
