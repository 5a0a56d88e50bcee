package ir.shenava.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import ir.shenava.ShenavaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

@ShenavaIntegrationTest
class BatchedCompletionsTest {

    /** An event only this test publishes. */
    record Probe(long id) {
    }

    @Autowired
    BatchedCompletions registry;

    @Autowired
    @Qualifier("jdbcEventPublicationRepository")
    EventPublicationRepository plain;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRegistryInUseIsTheBatchedOne() {
        assertThat(registry.isRunning()).isTrue();
    }

    @Test
    void aCompletedPublicationIsCompleteAtOnceAndDeletedByTheWriterSoonAfter() {
        TargetEventPublication publication = published();
        registry.markProcessing(publication.getIdentifier());
        assertThat(status(publication)).isEqualTo("PUBLISHED");   // the mark is not written

        registry.markCompleted(publication.getIdentifier(), Instant.now());

        assertThat(registry.findIncompletePublications()).extracting(TargetEventPublication::getIdentifier)
                .doesNotContain(publication.getIdentifier());
        assertThat(registry.findIncompletePublicationsPublishedBefore(Instant.now().plusSeconds(60)))
                .extracting(TargetEventPublication::getIdentifier).doesNotContain(publication.getIdentifier());
        assertThat(registry.markResubmitted(publication.getIdentifier(), Instant.now())).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> rows(publication) == 0);
    }

    @Test
    void anIncompletePublicationStaysAndIsFoundForResubmission() {
        TargetEventPublication publication = published();
        assertThat(registry.findIncompletePublicationsPublishedBefore(Instant.now().plusSeconds(60)))
                .extracting(TargetEventPublication::getIdentifier).contains(publication.getIdentifier());
        registry.markFailed(publication.getIdentifier());
        assertThat(status(publication)).isEqualTo("FAILED");
        plain.deletePublications(List.of(publication.getIdentifier()));
    }

    @Test
    void stoppingWritesThePendingDeletionsAndACompletionAfterwardsIsWrittenAtOnce() {
        BatchedCompletions own = new BatchedCompletions(plain, jdbc, "event_publication");
        own.start();
        List<TargetEventPublication> publications = List.of(published(), published(), published());
        publications.forEach(p -> own.markCompleted(p.getIdentifier(), Instant.now()));
        own.stop();
        assertThat(publications).allSatisfy(p -> assertThat(rows(p)).isZero());
        assertThat(own.isRunning()).isFalse();

        TargetEventPublication late = published();
        own.markCompleted(late.getIdentifier(), Instant.now());
        assertThat(rows(late)).isZero();
    }

    private TargetEventPublication published() {
        return registry.create(TargetEventPublication.of(new Probe(ThreadLocalRandom.current().nextLong()),
                PublicationTargetIdentifier.of("BatchedCompletionsTest.listener")));
    }

    private int rows(TargetEventPublication publication) {
        return jdbc.queryForObject("select count(*) from event_publication where id = ?", Integer.class,
                (UUID) publication.getIdentifier());
    }

    private String status(TargetEventPublication publication) {
        return jdbc.queryForObject("select status from event_publication where id = ?", String.class,
                (UUID) publication.getIdentifier());
    }
}
