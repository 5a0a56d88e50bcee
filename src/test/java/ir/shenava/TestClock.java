package ir.shenava;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * The clock of the shared test context: the application's own clock (system time, Tehran) until a
 * test {@link #set}s it, then stopped at that moment until moved again. Every integration test
 * shares this one bean, so it is put back to system time after each test method and each test
 * class by {@link Reset} (registered in {@code META-INF/spring.factories}) — a test that forgets
 * cannot leak its time into the others.
 */
public final class TestClock extends Clock {

    private final Clock system;
    private volatile Instant stopped;

    TestClock(Clock system) {
        this.system = system;
    }

    /** From now on the application sees this moment, until set again or reset. */
    public void set(Instant at) {
        stopped = at;
    }

    public void advance(Duration by) {
        stopped = instant().plus(by);
    }

    /** Back to the system's time. */
    public void reset() {
        stopped = null;
    }

    @Override
    public Instant instant() {
        Instant at = stopped;
        return at != null ? at : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock outer = this;
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

    /** Imported by {@link ShenavaIntegrationTest}: wraps the platform's clock and takes its place. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        @Primary
        TestClock testClock(@Qualifier("clock") Clock platformClock) {
            return new TestClock(platformClock);
        }
    }

    /** Puts the clock back to system time after every test method and class. */
    public static final class Reset extends AbstractTestExecutionListener {

        @Override
        public void afterTestMethod(TestContext testContext) {
            reset(testContext);
        }

        @Override
        public void afterTestClass(TestContext testContext) {
            reset(testContext);
        }

        private static void reset(TestContext testContext) {
            if (testContext.hasApplicationContext()) {
                testContext.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
            }
        }
    }
}
