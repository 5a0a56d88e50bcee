package ir.shenava.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.notifications.SmsSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The two Iranian gateways against a local server that plays them: requests, retries, no duplicates, reports. */
@ShenavaIntegrationTest
class SmsGatewayTest {

    static final String TEXT = "شکایت شما ثبت شد. کد رهگیری: ۱۲۳۴-۵۶۷۸";

    @Autowired
    SmsSettingsStore settings;
    @Autowired
    SmsMessages messages;
    @Autowired
    SmsDispatch dispatch;
    @Autowired
    SmsDeliveryReports reports;
    @Autowired
    SmsSender sender;
    @Autowired
    KavenegarGateway kavenegar;
    @Autowired
    SmsIrGateway smsIr;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    TestClock clock;
    @Autowired
    ObjectMapper json;

    FakeGateway gateway;

    @BeforeEach
    void start() throws Exception {
        gateway = new FakeGateway();
        clock.set(Instant.parse("2026-05-10T06:00:00Z"));
    }

    @AfterEach
    void stop() {
        settings.save(new SmsSettings(SmsProvider.LOG, null, null, null, 0));
        gateway.close();
    }

    private void use(SmsProvider provider) {
        settings.save(new SmsSettings(provider, provider == SmsProvider.KAVENEGAR ? "kv-key-123" : "smsir-key-456",
                provider == SmsProvider.KAVENEGAR ? "10004346" : "30007732000000", gateway.url(), 120));
    }

    /** A stored message, without the event: the test makes each attempt itself. */
    private long stored() {
        return messages.queue("test." + UUID.randomUUID(), null, "+989121234567", TEXT, 1, clock.instant()).orElseThrow();
    }

    private SmsMessage row(long id) {
        return messages.find(id).orElseThrow();
    }

    @Test
    void kavenegarGetsTheFormItsClientSendsAndItsMessageIdIsKept() {
        use(SmsProvider.KAVENEGAR);
        long id = stored();
        dispatch.attempt(id);

        FakeGateway.Request request = gateway.requests.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/kv-key-123/sms/send.json");
        assertThat(request.headers().get("content-type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.form()).containsEntry("receptor", "09121234567").containsEntry("sender", "10004346")
                .containsEntry("message", TEXT).containsEntry("localid", String.valueOf(id));
        assertThat(row(id).state()).isEqualTo(SmsMessage.State.SENT);
        assertThat(row(id).gateway()).isEqualTo(SmsProvider.KAVENEGAR);
        assertThat(row(id).gatewayMessageId()).isEqualTo("8792343");
        assertThat(row(id).sentAt()).isEqualTo(clock.instant());
    }

    @Test
    void smsIrGetsTheJsonItsClientSendsWithTheKeyInAHeader() {
        use(SmsProvider.SMSIR);
        long id = stored();
        dispatch.attempt(id);

        FakeGateway.Request request = gateway.requests.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/send/bulk");
        assertThat(request.headers()).containsEntry("x-api-key", "smsir-key-456");
        assertThat(request.headers().get("content-type")).startsWith("application/json");
        JsonNode body = json.readTree(request.body());
        assertThat(body.path("lineNumber").isNumber()).isTrue();
        assertThat(body.path("lineNumber").asLong()).isEqualTo(30007732000000L);
        assertThat(body.path("messageText").asString()).isEqualTo(TEXT);
        assertThat(body.path("mobiles").size()).isEqualTo(1);
        assertThat(body.path("mobiles").path(0).asString()).isEqualTo("09121234567");
        assertThat(row(id).state()).isEqualTo(SmsMessage.State.SENT);
        assertThat(row(id).gatewayMessageId()).isEqualTo("8792343");
    }

    @Test
    void anErrorIsRetriedWithGrowingDelaysAndNotBefore() {
        use(SmsProvider.KAVENEGAR);
        gateway.thenAnswer(502, "<html>Bad Gateway</html>", 0);
        gateway.thenAnswer(418, "{\"return\":{\"status\":418,\"message\":\"اعتبار حساب شما کافی نیست\"},\"entries\":null}", 0);
        long id = stored();

        assertThatThrownBy(() -> dispatch.attempt(id)).isInstanceOf(SmsDispatch.NotSentYet.class);
        assertThat(row(id).state()).isEqualTo(SmsMessage.State.QUEUED);
        assertThat(row(id).nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofSeconds(59));
        assertThatThrownBy(() -> dispatch.attempt(id)).isInstanceOf(SmsDispatch.NotSentYet.class);
        assertThat(gateway.sends()).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> dispatch.attempt(id)).isInstanceOf(SmsDispatch.NotSentYet.class);
        assertThat(gateway.sends()).hasSize(2);
        assertThat(row(id).lastError()).contains("418");
        assertThat(row(id).nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofMinutes(2));
        dispatch.attempt(id);
        assertThat(gateway.sends()).hasSize(3);
        assertThat(row(id).state()).isEqualTo(SmsMessage.State.SENT);
        assertThat(row(id).attempts()).isEqualTo(3);
        assertThat(dispatch.delay(10)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aGatewayThatCannotBeReachedIsTriedAgainLater() {
        settings.save(new SmsSettings(SmsProvider.SMSIR, "smsir-key-456", "30007732000000", "http://127.0.0.1:1", 0));
        long id = stored();
        assertThatThrownBy(() -> dispatch.attempt(id)).isInstanceOf(SmsDispatch.NotSentYet.class);
        assertThat(row(id).state()).isEqualTo(SmsMessage.State.QUEUED);
        assertThat(row(id).lastError()).isNotBlank();
    }

    @Test
    void aWrongNumberIsNotRetried() {
        use(SmsProvider.KAVENEGAR);
        gateway.thenAnswer(411, "{\"return\":{\"status\":411,\"message\":\"گیرنده نامعتبر است\"},\"entries\":null}", 0);
        long id = stored();
        dispatch.attempt(id);
        assertThat(row(id).state()).isEqualTo(SmsMessage.State.FAILED);
        clock.advance(Duration.ofHours(2));
        dispatch.attempt(id);
        assertThat(gateway.sends()).hasSize(1);
    }

    @Test
    void kavenegarAfterACrashBetweenSendAndRecordIsAskedByLocalIdAndNotSentTwice() {
        use(SmsProvider.KAVENEGAR);
        long id = stored();
        // the crash: claimed and handed to the gateway, the answer never recorded
        assertThat(messages.claim(id, SmsProvider.KAVENEGAR, clock.instant())).isTrue();
        assertThat(kavenegar.send(settings.current(), new SmsGateway.Outgoing(id, "+989121234567", TEXT)))
                .isInstanceOf(SmsGateway.Sent.class);

        dispatch.attempt(id);
        assertThat(gateway.sends()).hasSize(1);
        assertThat(gateway.requests.get(1).path()).isEqualTo("/v1/kv-key-123/sms/statuslocalmessageid.json");
        assertThat(gateway.requests.get(1).form()).containsEntry("localid", String.valueOf(id));
        assertThat(row(id).state()).isEqualTo(SmsMessage.State.SENT);
        assertThat(row(id).gatewayMessageId()).isEqualTo("8792343");
    }

    @Test
    void kavenegarAfterATimeOutIsAskedAndAMessageThatNeverArrivedIsSentOnce() {
        use(SmsProvider.KAVENEGAR);
        // the answer comes after the client gave up (2 s in tests): the message went out all the same
        gateway.thenAnswerLate(3000);
        long timedOut = stored();
        assertThatThrownBy(() -> dispatch.attempt(timedOut)).isInstanceOf(SmsDispatch.NotSentYet.class);
        assertThat(row(timedOut).state()).isEqualTo(SmsMessage.State.SENDING);

        // a second message crashed after the claim, before anything reached the gateway
        long neverArrived = stored();
        messages.claim(neverArrived, SmsProvider.KAVENEGAR, clock.instant());

        clock.advance(Duration.ofMinutes(1));
        dispatch.attempt(timedOut);
        dispatch.attempt(neverArrived);
        // the timed-out one is found by its local id and not sent again; the one that never arrived is sent once
        assertThat(gateway.sends()).hasSize(2);
        assertThat(gateway.sends().stream().filter(r -> r.form().get("localid").equals(String.valueOf(neverArrived))))
                .hasSize(1);
        assertThat(row(neverArrived).state()).isEqualTo(SmsMessage.State.SENT);
        assertThat(row(timedOut).state()).isEqualTo(SmsMessage.State.SENT);
        assertThat(row(timedOut).gatewayMessageId()).isEqualTo("8792343");
    }

    @Test
    void smsIrCannotBeAskedSoAMessageWhoseAnswerWasLostIsMarkedUncertainAndNeverSentAgain() {
        use(SmsProvider.SMSIR);
        long id = stored();
        gateway.thenAnswer(200, "{\"status\":1,\"message\":\"موفق\",\"data\":{\"messageIds\":[77]}}", 3000);
        assertThatThrownBy(() -> dispatch.attempt(id)).isInstanceOf(SmsDispatch.NotSentYet.class);
        assertThat(row(id).state()).isEqualTo(SmsMessage.State.SENDING);

        clock.advance(Duration.ofHours(1));
        dispatch.attempt(id);
        dispatch.attempt(id);
        assertThat(gateway.sends()).hasSize(1);
        assertThat(row(id).state()).isEqualTo(SmsMessage.State.UNCERTAIN);
        assertThat(row(id).status()).isEqualTo("uncertain");
    }

    @Test
    void deliveryReportsAreFetchedAndKept() {
        use(SmsProvider.KAVENEGAR);
        long id = stored();
        dispatch.attempt(id);
        gateway.kavenegarDeliveryStatus = 4;
        reports.runOnce();
        assertThat(row(id).delivery()).isEqualTo(SmsGateway.Delivery.PENDING);
        assertThat(row(id).status()).isEqualTo("pending");
        gateway.kavenegarDeliveryStatus = 10;
        assertThat(reports.runOnce()).isGreaterThanOrEqualTo(1);
        assertThat(row(id).delivery()).isEqualTo(SmsGateway.Delivery.DELIVERED);
        assertThat(row(id).status()).isEqualTo("delivered");
        // the job asks about every message still pending (other tests' too): find the request about this one
        String messageId = row(id).gatewayMessageId();
        FakeGateway.Request status = gateway.requests.stream()
                .filter(r -> r.form() != null && messageId.equals(r.form().get("messageid"))).reduce((a, b) -> b).orElseThrow();
        assertThat(status.path()).isEqualTo("/v1/kv-key-123/sms/status.json");

        use(SmsProvider.SMSIR);
        long other = stored();
        dispatch.attempt(other);
        gateway.smsIrDeliveryState = 2;
        reports.runOnce();
        String path = "/v1/send/" + row(other).gatewayMessageId();
        FakeGateway.Request report = gateway.requests.stream().filter(r -> path.equals(r.path())).reduce((a, b) -> b).orElseThrow();
        assertThat(report.method()).isEqualTo("GET");
        assertThat(report.headers()).containsEntry("x-api-key", "smsir-key-456");
        assertThat(row(other).status()).isEqualTo("failed");
    }

    @Test
    void throughTheEventRegistryAMessageWaitsWhileTheGatewayIsDownAndGoesOnceWhenItIsBack() {
        use(SmsProvider.KAVENEGAR);
        gateway.thenAnswer(503, "", 0);
        String key = "registry." + UUID.randomUUID();
        sender.send(key, 4242L, "+989121234567", TEXT);
        sender.send(key, 4242L, "+989121234567", TEXT); // the listener that asked runs again: nothing new

        await().atMost(Duration.ofSeconds(15)).until(() -> messages.byKey(key).map(SmsMessage::attempts).orElse(0) == 1
                && messages.byKey(key).get().state() == SmsMessage.State.QUEUED);
        long id = messages.byKey(key).orElseThrow().id();
        assertThat(row(id).complaintId()).isEqualTo(4242L);
        assertThat(row(id).parts()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof SmsQueued q && q.smsId() == id);
        await().atMost(Duration.ofSeconds(15)).until(() -> row(id).state() == SmsMessage.State.SENT);
        assertThat(gateway.sends()).hasSize(2);
        assertThat(messages.ofComplaint(4242L)).hasSize(1);
    }
}
