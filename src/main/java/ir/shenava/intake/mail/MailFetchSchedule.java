package ir.shenava.intake.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reads every active mailbox once a minute (off with {@code shenava.mail.fetch.enabled=false}). */
@Component
@ConditionalOnProperty(name = "shenava.mail.fetch.enabled", havingValue = "true", matchIfMissing = true)
class MailFetchSchedule {

    private final MailboxFetcher fetcher;

    MailFetchSchedule(MailboxFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Scheduled(fixedDelayString = "${shenava.mail.fetch.interval:PT1M}", initialDelayString = "PT30S")
    void fetchAll() {
        fetcher.fetchActive();
    }
}
