package ir.shenava.staff.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import ir.shenava.platform.DataVersion;
import org.springframework.stereotype.Component;

/**
 * Checks a presented API key. The keys that passed in the last seconds are kept by the hash of the
 * key, so a client that calls many times a second costs no database read (and no transaction) per
 * call. A revocation made on this node takes effect at once; one made on another node within
 * {@link #TIME_TO_LIVE}. The last use is written at most once a minute per key, by one thread.
 */
@Component
class KeyRing {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);
    /** Recording every call would write on every request; a minute's precision is enough to see a key in use. */
    private static final Duration USE_PRECISION = Duration.ofMinutes(1);

    private record Known(ApiKey key, long version, long checkedAt, AtomicReference<Instant> useRecorded) {
    }

    private final ApiKeyRepository keys;
    private final Clock clock;
    private final DataVersion revocations = new DataVersion();
    // by SHA-256 of the key: comparing hashes of a guess reveals nothing about a real key
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    KeyRing(ApiKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The live key whose hash equals the presented key's. Records the use. */
    Optional<ApiKey> authenticate(String presented) {
        if (presented == null || presented.length() < ApiKeys.PREFIX_LENGTH || presented.length() > 200) {
            return Optional.empty();
        }
        String hash = ApiKeys.hash(presented);
        long version = revocations.current();
        Known entry = known.get(hash);
        if (entry == null || entry.version() != version || System.nanoTime() - entry.checkedAt() > TIME_TO_LIVE.toNanos()) {
            known.remove(hash);
            Optional<ApiKey> live = lookUp(presented, hash);
            if (live.isEmpty()) {
                return Optional.empty();
            }
            entry = new Known(live.get(), version, System.nanoTime(), new AtomicReference<>(live.get().getLastUsedAt()));
            known.put(hash, entry);
        }
        recordUse(entry);
        return Optional.of(entry.key());
    }

    /** A key was revoked here: no key is taken from memory any more until it was read again. */
    void revoked() {
        revocations.changed();
    }

    /** Hashes are compared in constant time so that response times tell an attacker nothing. */
    private Optional<ApiKey> lookUp(String presented, String hash) {
        byte[] wanted = hash.getBytes(StandardCharsets.US_ASCII);
        return keys.findByKeyPrefix(presented.substring(0, ApiKeys.PREFIX_LENGTH)).stream()
                .filter(k -> MessageDigest.isEqual(wanted, k.getKeyHash().getBytes(StandardCharsets.US_ASCII)))
                .findFirst()
                .filter(k -> !k.isRevoked());
    }

    private void recordUse(Known entry) {
        Instant now = clock.instant();
        Instant last = entry.useRecorded().get();
        if ((last == null || last.plus(USE_PRECISION).isBefore(now)) && entry.useRecorded().compareAndSet(last, now)) {
            keys.recordUse(entry.key().getId(), now, now.minus(USE_PRECISION));
        }
    }
}
