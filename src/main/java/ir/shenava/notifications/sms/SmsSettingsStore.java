package ir.shenava.notifications.sms;

import java.time.Clock;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;
import ir.shenava.platform.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gateway settings: what the administrator saved on the settings page, else what the
 * environment says ({@code SHENAVA_SMS_PROVIDER}, {@code SHENAVA_SMS_API_KEY}, {@code SHENAVA_SMS_SENDER}
 * in {@code /etc/shenava/shenava.env}), else the logging adapter.
 */
@Repository
@Transactional
public class SmsSettingsStore {

    private final JdbcClient jdbc;
    private final Secrets secrets;
    private final Clock clock;
    private final SmsSettings fromEnvironment;
    private final AuditTrail audit;

    SmsSettingsStore(JdbcClient jdbc, Secrets secrets, Clock clock,
                     @Value("${shenava.sms.provider:LOG}") String provider,
                     @Value("${shenava.sms.api-key:}") String apiKey,
                     @Value("${shenava.sms.sender:}") String sender,
                     @Value("${shenava.sms.base-url:}") String baseUrl,
                     @Value("${shenava.sms.price-per-part:0}") int pricePerPart, AuditTrail audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
        this.fromEnvironment = new SmsSettings(parse(provider), apiKey, sender, baseUrl, pricePerPart);
    }

    @Transactional(readOnly = true)
    public SmsSettings current() {
        return jdbc.sql("select provider, api_key, sender_line, base_url, price_per_part from sms_settings where id = 1")
                .query((rs, n) -> new SmsSettings(parse(rs.getString(1)), key(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getInt(5)))
                .optional().orElse(fromEnvironment);
    }

    /** Saves the settings; a blank {@code apiKey} keeps the key stored (it is never sent to the page). */
    public void save(SmsSettings settings) {
        SmsSettings before = current();
        String key = settings.hasKey() ? settings.apiKey().strip() : before.apiKey();
        audit.record(AuditKind.SMS_SETTINGS, AuditAction.CHANGED, "sms", audited(before, before.apiKey()),
                audited(settings, key));
        jdbc.sql("""
                insert into sms_settings (id, provider, api_key, sender_line, base_url, price_per_part, updated_at)
                values (1, :provider, :key, :sender, :url, :price, :at)
                on conflict (id) do update set provider = excluded.provider, api_key = excluded.api_key,
                    sender_line = excluded.sender_line, base_url = excluded.base_url,
                    price_per_part = excluded.price_per_part, updated_at = excluded.updated_at""")
                .param("provider", settings.provider().name()).param("key", key == null || key.isBlank() ? null : secrets.encrypt(key))
                .param("sender", blankToNull(settings.senderLine())).param("url", blankToNull(settings.baseUrl()))
                .param("price", settings.pricePerPart()).param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    /** What the audit shows: the key only as its last four characters. */
    private static java.util.Map<String, Object> audited(SmsSettings s, String key) {
        java.util.Map<String, Object> d = new java.util.LinkedHashMap<>();
        d.put("provider", s.provider());
        d.put("apiKey", new SmsSettings(s.provider(), key, null, null, 0).keyHint());
        d.put("senderLine", blankToNull(s.senderLine()));
        d.put("baseUrl", blankToNull(s.baseUrl()));
        d.put("pricePerPart", s.pricePerPart());
        return d;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static SmsProvider parse(String provider) {
        try {
            return SmsProvider.valueOf(provider.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            return SmsProvider.LOG;
        }
    }

    /** The stored API key in clear; null when it was encrypted with another key (the administrator enters it again). */
    private String key(String stored) {
        try {
            return secrets.decrypt(stored);
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
