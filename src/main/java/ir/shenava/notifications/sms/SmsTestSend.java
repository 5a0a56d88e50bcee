package ir.shenava.notifications.sms;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The settings page's test button: one short Persian message straight through the configured
 * gateway, answered at once (not queued: the administrator wants to see the gateway's answer now).
 */
@Component
public class SmsTestSend {

    private final SmsSettingsStore settings;
    private final List<SmsGateway> gateways;
    private final MessageSource messages;
    private final Clock clock;

    SmsTestSend(SmsSettingsStore settings, List<SmsGateway> gateways, MessageSource messages, Clock clock) {
        this.settings = settings;
        this.gateways = gateways;
        this.messages = messages;
        this.clock = clock;
    }

    public SmsGateway.Outcome send(String phone) {
        SmsSettings current = settings.current();
        SmsGateway gateway = gateways.stream().filter(g -> g.provider() == current.provider()).findFirst().orElseThrow();
        String text = messages.getMessage("sms.test.text", null, Locale.forLanguageTag("fa-IR"));
        // a local id of its own (negative: never one of our rows) so a Kavenegar lookup cannot mistake it
        return gateway.send(current, new SmsGateway.Outgoing(-clock.millis(), phone, text));
    }
}
