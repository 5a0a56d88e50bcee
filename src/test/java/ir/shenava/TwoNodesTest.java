package ir.shenava;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.shenava.analytics.review.QuarterEndJob;
import ir.shenava.calendar.WorkCalendars;
import ir.shenava.cases.internal.SlaWatch;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.hostile.WalkerClient;
import ir.shenava.hostile.WalkerClient.Part;
import ir.shenava.servicerecords.InstallationCompleted;
import ir.shenava.shared.JalaliDate;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import ir.shenava.surveys.calls.CallScheduling;
import ir.shenava.surveys.followup.ReviewReminders;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two real nodes — two more application contexts on their own ports — on the suite's PostgreSQL,
 * with their schedulers on and JDBC sessions, as behind a load balancer without sticky sessions.
 * One visitor's cookies go to both (cookies do not tell ports apart). The shared context of the
 * suite only prepares data; the nodes are closed at the end.
 */
@ShenavaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    @Autowired
    Environment environment;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    CustomerRegistry customers;
    @Autowired
    JdbcTemplate jdbc;

    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;

    @BeforeAll
    void startTwoNodes() {
        a = node();
        b = node();
    }

    @AfterAll
    void stopThem() {
        // the locks they took must not keep the suite's own scheduled jobs waiting
        jdbc.update("update shedlock set lock_until = now() where name in "
                + "('cases-sla-watch', 'analytics-quarter-end', 'surveys-review-reminders')");
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(ShenavaApplication.class, LockCounting.class, Probe.Listener.class)
                .profiles("test")
                .run("--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                        "--spring.datasource.hikari.maximum-pool-size=6",
                        "--server.port=0",
                        "--spring.autoconfigure.exclude=",                 // JDBC sessions on, as in production
                        "--spring.jmx.enabled=false",
                        "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                        // the jobs' own timers stay far off: the test fires them on both nodes at once itself
                        "--shenava.analytics.quarter-end-cron=-",
                        "--shenava.analytics.action-check-cron=-",
                        "--shenava.surveys.review-reminder-interval=P3650D",
                        "--shenava.cluster.change-poll=PT1S");
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
    }

    @Test
    void aSessionMadeOnOneNodeWorksOnTheOtherAndSoDoesItsFlashMessage() {
        Visitor visitor = new Visitor();
        String name = admin();
        visitor.logIn(base(a), name, "Final-pass-12345");
        HttpResponse<String> onB = visitor.get(base(b) + "/holidays");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("تعطیلات");

        // a holiday added on A: B's work calendar follows within seconds, and the flash of A's redirect shows on B
        LocalDate day = LocalDate.of(2150, 1, 1).plusDays(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 20_000));
        if (day.getDayOfWeek() == java.time.DayOfWeek.FRIDAY) {
            day = day.plusDays(1);
        }
        LocalDate holiday = day;
        WorkCalendars calendarOfB = b.getBean(WorkCalendars.class);
        assertThat(calendarOfB.current().isWorkingDay(holiday)).isTrue();
        HttpResponse<String> added = visitor.post(base(a) + "/holidays", List.of(Part.text("day", JalaliDate.fromGregorian(day).toNumericString()),
                Part.text("nameFa", "تعطیلی دو گره"), Part.text("nameEn", "Two nodes day")), visitor.token(base(a) + "/holidays"));
        assertThat(added.statusCode()).isEqualTo(302);
        String flashed = visitor.get(base(b) + added.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(flashed).contains("تعطیلی دو گره").contains("alert-success");
        await().atMost(Duration.ofSeconds(20)).until(() -> !calendarOfB.current().isWorkingDay(holiday));
        assertThat(a.getBean(WorkCalendars.class).current().isWorkingDay(holiday)).isFalse();

        // signed out on B: A no longer knows the session either
        visitor.post(base(b) + "/logout", List.of(), visitor.token(base(b) + "/logout"));
        assertThat(visitor.get(base(a) + "/holidays").statusCode()).isEqualTo(302);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void twoRequestsOfOneSessionAddingTheSameAttributeAtOnceBothSucceed() {
        // what two tabs do when both get a flash message: each read the session before the other wrote it
        SessionRepository<Session> sessions = (SessionRepository) a.getBean(JdbcIndexedSessionRepository.class);
        Session made = sessions.createSession();
        sessions.save(made);
        Session first = sessions.findById(made.getId());
        Session second = sessions.findById(made.getId());
        first.setAttribute("flash", "first");
        second.setAttribute("flash", "second");
        sessions.save(first);
        sessions.save(second);
        assertThat(sessions.findById(made.getId()).<String>getAttribute("flash")).isEqualTo("second");
        sessions.deleteById(made.getId());
    }

    @Test
    void aSessionRowIsWrittenWhenItsLastWriteIsAMinuteOldNotOnEveryPage() {
        Visitor visitor = new Visitor();
        String name = admin();
        visitor.logIn(base(a), name, "Final-pass-12345");
        String sql = "select last_access_time from spring_session where principal_name = ?";
        long written = jdbc.queryForObject(sql, Long.class, name);
        assertThat(visitor.get(base(a) + "/holidays").statusCode()).isEqualTo(200);
        assertThat(visitor.get(base(b) + "/holidays").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(sql, Long.class, name)).as("pages within the minute leave the row alone").isEqualTo(written);

        // the last write two minutes ago: the next page moves it (the session stays alive while used)
        jdbc.update("update spring_session set last_access_time = last_access_time - 120000 where principal_name = ?", name);
        assertThat(visitor.get(base(b) + "/holidays").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(sql, Long.class, name)).isGreaterThan(written - 120_000);
    }

    @Test
    void aPublicComplaintFormLoadedFromOneNodeIsAcceptedByTheOther() throws Exception {
        Visitor visitor = new Visitor();
        String page = visitor.get(base(a) + "/complaint").body();
        String challenge = field(page, "challenge");
        int bits = Integer.parseInt(attribute(page, "data-pow-bits"));
        HttpResponse<String> sent = visitor.multipart(base(b) + "/complaint", List.of(
                Part.text("_csrf", field(page, "_csrf")), Part.text("contactName", "مریم کاظمی"),
                Part.text("phone", "09123334455"), Part.text("email", "m@example.ir"), Part.text("categoryCode", "SALES"),
                Part.text("satisfaction", "2"), Part.text("subject", "دو گره " + UUID.randomUUID()),
                Part.text("description", "فرم از یک گره آمد و به گره دیگر رفت"), Part.text("remedySought", "هیچ"),
                Part.text("challenge", challenge), Part.text("counter", solve(challenge, bits)), Part.text("website", "")),
                "203.0.113." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250)));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/complaint/done");
        String done = visitor.get(base(a) + "/complaint/done").body();
        assertThat(done).containsPattern("[2-9A-Z]{5}-[2-9A-Z]{5}");
    }

    @Test
    void rateLimitsAndTheTrackingLockCountTheRequestsOfBothNodes() {
        String address = "203.0.113." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250));
        Visitor visitor = new Visitor();
        String token = visitor.token(base(a) + "/track");
        // ten look-ups per address in 15 minutes, five on each node: the eleventh is refused on either
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> r = visitor.post(base(i % 2 == 0 ? a : b) + "/track",
                    List.of(Part.text("code", "nonsense"), Part.text("verifier", "1234")), token, address);
            assertThat(r.statusCode()).as("look-up %d", i).isEqualTo(200);
        }
        assertThat(visitor.post(base(a) + "/track", List.of(Part.text("code", "x"), Part.text("verifier", "1")), token, address)
                .statusCode()).isEqualTo(429);
        assertThat(visitor.post(base(b) + "/track", List.of(Part.text("code", "x"), Part.text("verifier", "1")), token, address)
                .statusCode()).isEqualTo(429);

        // wrong verifiers for one code from one address, counted on both nodes: ten lock it for that address only
        ir.shenava.intake.TrackingCode code = ir.shenava.intake.TrackingCode.random();
        for (int i = 0; i < 10; i++) {
            assertThat(guard(i % 2 == 0 ? a : b).attempt(code, address)).as("attempt %d", i).isTrue();
        }
        assertThat(guard(b).attempt(code, address)).isFalse();
        assertThat(guard(a).attempt(code, address)).isFalse();
        assertThat(guard(a).attempt(code, "192.0.2.1")).as("another address").isTrue();
    }

    private static ir.shenava.intake.web.TrackingCodeGuard guard(ConfigurableApplicationContext node) {
        return node.getBean(ir.shenava.intake.web.TrackingCodeGuard.class);
    }

    @Test
    void theClusterJobsRunOnceAcrossBothNodes() throws Exception {
        jdbc.update("update shedlock set lock_until = now() where name in "
                + "('cases-sla-watch', 'analytics-quarter-end', 'surveys-review-reminders')");
        LockCounting.ACQUIRED.clear();
        runTogether(() -> a.getBean(SlaWatch.class).onSchedule(), () -> b.getBean(SlaWatch.class).onSchedule(),
                () -> a.getBean(QuarterEndJob.class).onSchedule(), () -> b.getBean(QuarterEndJob.class).onSchedule(),
                () -> a.getBean(ReviewReminders.class).onSchedule(), () -> b.getBean(ReviewReminders.class).onSchedule());
        assertThat(LockCounting.ACQUIRED).containsEntry("cases-sla-watch", 1)
                .containsEntry("analytics-quarter-end", 1).containsEntry("surveys-review-reminders", 1);

        // the same installation reported on both nodes (a redelivered event) makes one follow-up call with one unit
        long customer = customers.create(new CustomerRegistry.CustomerData(null, "بیمارستان دو گره " + UUID.randomUUID(),
                CustomerKind.HOSPITAL, "تهران", "تهران", null, null, null)).getId();
        long unit = customers.saveEquipment(customer, null, new CustomerRegistry.EquipmentData(null, "سونوگرافی",
                "SV-" + UUID.randomUUID(), null, null)).getId();
        InstallationCompleted done = new InstallationCompleted(unit, customer, Set.of(), LocalDate.now());
        runTogether(() -> a.getBean(CallScheduling.class).schedule(done, "system"),
                () -> b.getBean(CallScheduling.class).schedule(done, "system"));
        assertThat(jdbc.queryForObject("select count(*) from follow_up_call where customer_id = ?", Long.class, customer)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from follow_up_call_unit u join follow_up_call c on c.id = u.call_id "
                + "where c.customer_id = ?", Long.class, customer)).isEqualTo(1);
    }

    @Test
    void anIncompletePublicationIsResubmittedByOneNodeOnly() throws Exception {
        String id = UUID.randomUUID().toString();
        a.getBean(TransactionTemplate.class).executeWithoutResult(status -> a.publishEvent(new Probe(id)));
        await().atMost(Duration.ofSeconds(30)).until(() -> Probe.Listener.runs(id) == 1
                && jdbc.queryForObject("select count(*) from event_publication where serialized_event like ? and status = 'FAILED'",
                        Long.class, "%" + id + "%") == 1);

        String attempts = "select completion_attempts from event_publication where serialized_event like ?";
        int before = jdbc.queryForObject(attempts, Integer.class, "%" + id + "%");
        Probe.Listener.hold(id);
        try {
            runTogether(() -> a.getBean(IncompleteEventPublications.class).resubmitIncompletePublications(p -> isProbe(p.getEvent(), id)),
                    () -> b.getBean(IncompleteEventPublications.class).resubmitIncompletePublications(p -> isProbe(p.getEvent(), id)));
            // both nodes looked; only one claimed it (the claim is an UPDATE … WHERE status <> 'RESUBMITTED'), and
            // its listener is still held here, so the other could not have come after it either
            assertThat(jdbc.queryForObject(attempts, Integer.class, "%" + id + "%")).isEqualTo(before + 1);
        } finally {
            Probe.Listener.release(id);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Probe.Listener.finished(id));
        assertThat(Probe.Listener.runs(id)).isEqualTo(2);
    }

    private static boolean isProbe(Object event, String id) {
        return event instanceof Probe p && p.id().equals(id);
    }

    private String admin() {
        String name = "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        accounts.create(name, "temporary-123", new StaffAccounts.Profile("مدیر " + name, null, null, null, null,
                EnumSet.of(Role.ADMIN), true));
        accounts.changeOwnPassword(name, "temporary-123", "Final-pass-12345");
        return name;
    }

    private static void runTogether(ThrowingRunnable... work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.length);
        CyclicBarrier start = new CyclicBarrier(work.length);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (ThrowingRunnable w : work) {
                done.add(pool.submit((Callable<Object>) () -> {
                    start.await(30, TimeUnit.SECONDS);
                    w.run();
                    return null;
                }));
            }
            for (Future<Object> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static String solve(String challenge, int bits) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (long counter = 0; ; counter++) {
            byte[] hash = sha.digest((challenge + ":" + counter).getBytes(StandardCharsets.UTF_8));
            int zeros = 0;
            for (byte x : hash) {
                if (x == 0) {
                    zeros += 8;
                    continue;
                }
                zeros += Integer.numberOfLeadingZeros(x & 0xFF) - 24;
                break;
            }
            if (zeros >= bits) {
                return String.valueOf(counter);
            }
        }
    }

    private static String field(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"\\s+value=\"([^\"]*)\"|value=\"([^\"]*)\"\\s+name=\""
                + Pattern.quote(name) + "\"").matcher(page);
        assertThat(m.find()).as("field " + name).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String attribute(String page, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as("attribute " + name).isTrue();
        return m.group(1);
    }

    /** One browser: its cookies go to both nodes, which share a host name. */
    static final class Visitor {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url)).GET(), Map.of());
        }

        String token(String url) {
            return field(get(url).body(), "_csrf");
        }

        void logIn(String base, String username, String password) {
            HttpResponse<String> login = post(base + "/login", List.of(Part.text("username", username),
                    Part.text("password", password)), token(base + "/login"));
            assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        HttpResponse<String> post(String url, List<Part> parts, String token) {
            return post(url, parts, token, null);
        }

        HttpResponse<String> post(String url, List<Part> parts, String token, String forwardedFor) {
            List<Part> all = new ArrayList<>(parts);
            all.add(Part.text("_csrf", token));
            return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(WalkerClient.form(all))),
                    forwardedFor == null ? Map.of() : Map.of("X-Forwarded-For", forwardedFor));
        }

        HttpResponse<String> multipart(String url, List<Part> parts, String forwardedFor) {
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "multipart/form-data; boundary=" + WalkerClient.BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(WalkerClient.multipart(parts))), Map.of("X-Forwarded-For", forwardedFor));
        }

        private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> headers) {
            headers.forEach(request::header);
            request.header("Accept", "text/html").timeout(Duration.ofSeconds(60));
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An event whose listener fails the first time and can be held while it runs again. */
    public record Probe(String id) {

        /** Registered as a source of each node (not scanned, so the suite's context does not have it). */
        public static class Listener {

            private static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();
            private static final Map<String, CountDownLatch> HELD = new ConcurrentHashMap<>();
            private static final Set<String> FINISHED = ConcurrentHashMap.newKeySet();

            static int runs(String id) {
                return RUNS.getOrDefault(id, new AtomicInteger()).get();
            }

            static void hold(String id) {
                HELD.put(id, new CountDownLatch(1));
            }

            static void release(String id) {
                HELD.get(id).countDown();
            }

            static boolean finished(String id) {
                return FINISHED.contains(id);
            }

            @ApplicationModuleListener
            public void on(Probe probe) throws InterruptedException {
                int run = RUNS.computeIfAbsent(probe.id(), k -> new AtomicInteger()).incrementAndGet();
                if (run == 1) {
                    throw new IllegalStateException("the first delivery fails, as with a mail server that is down");
                }
                CountDownLatch held = HELD.get(probe.id());
                if (held != null) {
                    held.await(60, TimeUnit.SECONDS);
                }
                FINISHED.add(probe.id());
            }
        }
    }

    /** Counts, per job name, the ShedLock locks the nodes of this test obtained. */
    public static class LockCounting implements BeanPostProcessor {

        static final Map<String, Integer> ACQUIRED = new ConcurrentHashMap<>();

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof LockProvider provider) {
                return (LockProvider) (LockConfiguration configuration) -> {
                    Optional<SimpleLock> lock = provider.lock(configuration);
                    lock.ifPresent(l -> ACQUIRED.merge(configuration.getName(), 1, Integer::sum));
                    return lock;
                };
            }
            return bean;
        }
    }
}
