package ir.shenava.platform;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits event publications whose listener failed (a mail server that was down, say) once a
 * minute, on one node at a time; off with {@code shenava.events.resubmit.enabled=false}. Only
 * publications older than {@code shenava.events.resubmit.min-age} (1 minute) are taken, so a
 * listener still at work is not run twice.
 */
@Component
@ConditionalOnProperty(name = "shenava.events.resubmit.enabled", havingValue = "true", matchIfMissing = true)
class IncompletePublicationsRetry {

    private final IncompleteEventPublications incomplete;
    private final ClusterLock lock;
    private final Duration minAge;

    IncompletePublicationsRetry(IncompleteEventPublications incomplete, ClusterLock lock,
                                @org.springframework.beans.factory.annotation.Value("${shenava.events.resubmit.min-age:PT1M}") Duration minAge) {
        this.incomplete = incomplete;
        this.lock = lock;
        this.minAge = minAge;
    }

    @Scheduled(fixedDelayString = "${shenava.events.resubmit.interval:PT1M}", initialDelayString = "PT1M")
    void resubmit() {
        lock.runAlone("event-resubmission", () -> {
            incomplete.resubmitIncompletePublicationsOlderThan(minAge);
            return Boolean.TRUE;
        });
    }
}
