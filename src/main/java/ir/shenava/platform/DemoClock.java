package ir.shenava.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;

/**
 * The clock of the demo profile only ({@code --spring.profiles.active=demo}): the platform's clock,
 * except in a thread whose demo data has stepped back into the demo's history with {@link #at}.
 * Two years of complaints are thereby walked through the real workflow — each step taken by the
 * real services, under their rules, stamped with the moment it happened in the story — rather than
 * written into tables or through a second set of methods that accept a timestamp. The moment
 * travels with the work that thread hands to the event listeners ({@link #carry}), so the case's
 * automatic acknowledgement, the notifications and the analytics projections see it too.
 *
 * <p>Production has no such bean: outside the demo profile time is the platform's clock and
 * nothing a request sends can choose it. While the demo data is being generated (until the last
 * application runner) the scheduled jobs wait ({@link #generating()}): the SLA job must not
 * escalate, at today's time, a case whose story is only half told, nor the event resubmission
 * take a listener still at work for a failed one because its event is dated two years ago.
 */
public final class DemoClock extends Clock {

    private static final ThreadLocal<Instant> STORY = new ThreadLocal<>();

    private final Clock platform;
    private volatile boolean generating = true;

    DemoClock(Clock platform) {
        this.platform = platform;
    }

    /** Does the work as if it were {@code moment}, in this thread and in the listeners it starts. */
    public <T> T at(Instant moment, Supplier<T> work) {
        Instant before = STORY.get();
        STORY.set(moment);
        try {
            return work.get();
        } finally {
            if (before == null) {
                STORY.remove();
            } else {
                STORY.set(before);
            }
        }
    }

    public void at(Instant moment, Runnable work) {
        at(moment, () -> {
            work.run();
            return null;
        });
    }

    /** True until every demo data runner has finished; jobs take no lock meanwhile. */
    public boolean generating() {
        return generating;
    }

    /** The task, run at the moment of the story its submitter was in (if any). */
    Runnable carry(Runnable task) {
        Instant moment = STORY.get();
        return moment == null ? task : () -> at(moment, task);
    }

    @Override
    public Instant instant() {
        Instant moment = STORY.get();
        return moment != null ? moment : platform.instant();
    }

    @Override
    public ZoneId getZone() {
        return platform.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        DemoClock outer = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return outer.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return outer.withZone(other);
            }
        };
    }

    /** Takes the platform clock's place in the demo profile, and hands its moment to listener threads. */
    @Configuration(proxyBeanMethods = false)
    @Profile("demo")
    static class Wiring {

        @Bean
        @Primary
        DemoClock demoClock(@Qualifier("clock") Clock clock) {
            return new DemoClock(clock);
        }

        /** Applied by Spring Boot to the executor of the asynchronous (event) listeners. */
        @Bean
        TaskDecorator demoMomentCarrier(DemoClock demo) {
            return demo::carry;
        }

        /** After every demo data runner (they are ordered 10 … 70): the jobs may run from now on. */
        @Bean
        ApplicationRunner demoGenerated(DemoClock demo) {
            return new Generated(demo);
        }
    }

    private record Generated(DemoClock demo) implements ApplicationRunner, Ordered {

        @Override
        public void run(org.springframework.boot.ApplicationArguments args) {
            demo.generating = false;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 1;
        }
    }
}
