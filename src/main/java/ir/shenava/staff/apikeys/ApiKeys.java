package ir.shenava.staff.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;
import ir.shenava.staff.ApiScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, lists, revokes and checks API keys. The full key exists only in the answer to {@link #issue}. */
@Service
public class ApiKeys {

    static final String KEY_START = "shn_";
    static final int PREFIX_LENGTH = 8;
    static final int NAME_MAX = 100;
    private static final int RANDOM_BYTES = 24; // 32 url-safe characters

    private final ApiKeyRepository keys;
    private final KeyRing ring;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AuditTrail audit;

    ApiKeys(ApiKeyRepository keys, KeyRing ring, Clock clock, AuditTrail audit) {
        this.keys = keys;
        this.audit = audit;
        this.ring = ring;
        this.clock = clock;
    }

    /** The stored key and the full key, which the caller shows once and forgets. */
    public record Issued(ApiKey key, String fullKey) {
    }

    @Transactional
    public Issued issue(String name, Set<ApiScope> scopes, String by) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new IllegalArgumentException("apikey.name.invalid");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new IllegalArgumentException("apikey.scopes.required");
        }
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String full = KEY_START + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey key = keys.save(new ApiKey(name.strip(), full.substring(0, PREFIX_LENGTH), hash(full), scopes, by,
                clock.instant()));
        audit.record(AuditKind.API_KEY, AuditAction.CREATED, key.getName() + " (" + key.getKeyPrefix() + "…)", null,
                described(key));
        return new Issued(key, full);
    }

    @Transactional(readOnly = true)
    public List<ApiKey> all() {
        return keys.findAllByOrderByRevokedAtDescCreatedAtDesc();
    }

    /** @return false when there is no such key */
    @Transactional
    public boolean revoke(long id) {
        return keys.findById(id).map(k -> {
            var before = described(k);
            k.revoke(clock.instant());
            audit.record(AuditKind.API_KEY, AuditAction.CHANGED, k.getName() + " (" + k.getKeyPrefix() + "…)", before,
                    described(k));
            ring.revoked();
            return true;
        }).orElse(false);
    }

    /** What the audit shows of a key: its name, prefix and scopes, never the key. */
    private static java.util.Map<String, Object> described(ApiKey k) {
        return java.util.Map.of("name", k.getName(), "keyPrefix", k.getKeyPrefix(),
                "scopes", k.getScopes().stream().map(Enum::name).sorted().toList(), "revoked", k.isRevoked());
    }

    /** The live key whose hash equals the presented key's; records the use. No transaction: see {@link KeyRing}. */
    public Optional<ApiKey> authenticate(String presented) {
        return ring.authenticate(presented);
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
