import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.shenava.ShenavaApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12's pages measured in CPU, not latency: on a machine shared with other developers' test runs
 * a latency figure mostly says how long a request waited for a core, while the CPU a request costs is
 * the code's own figure. Boots Shenava in this JVM on a throw-away data directory, fills a small queue
 * with SQL (the pages' cost does not depend on the table sizes: bench/calls.sh shows their queries at
 * 100,000 calls take under a millisecond), signs in as a quality manager and requests each page one
 * at a time over HTTP: WARMUP unmeasured, then ROUNDS measured. Prints per request the CPU of Tomcat's
 * request threads (the request's own work) and of the whole JVM (with the work after a commit — the
 * SURVEY complaints of a completed survey — the compiler and the garbage collector).
 * ONLY=floor|queue|second|claim|complete measures one of them (for a flight recording of one page).
 * Usage: see bench/calls-cost.sh.
 */
public class CallPagesCost {

    static final String PASS = "bench-pass-12345";
    /** -Dsatisfied=true: the surveys to complete are all satisfied (no SURVEY complaint after them). */
    static final boolean SATISFIED = Boolean.getBoolean("satisfied");
    static HttpClient http;
    static String base;
    static String token;

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("rounds", 1000);
        int warmup = Integer.getInteger("warmup", 1500);
        String only = System.getProperty("only", "");
        ConfigurableApplicationContext app = SpringApplication.run(ShenavaApplication.class, args);
        context = app;
        try {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            fill(jdbc, 2 * (warmup + rounds));
            base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
            signIn();
            String after = find(get("/calls"), "after=([0-9-]+)");
            long[] open = range(jdbc, "bench-open:%");
            long[] answered = range(jdbc, "bench-answer:%");
            Random random = new Random(12);
            int[] completed = {0};
            List<Page> pages = List.of(
                    new Page("floor", "the floor, GET /calls/backfill", i -> get("/calls/backfill")),
                    new Page("queue", "the queue's first page, GET /calls (50 rows)", i -> get("/calls")),
                    new Page("second", "the queue's second page, GET /calls?after=… (25 rows)", i -> get("/calls?after=" + after)),
                    new Page("claim", "a claim, POST /calls/{id}/claim",
                            i -> post("/calls/" + (open[0] + random.nextInt((int) (open[1] - open[0] + 1))) + "/claim")),
                    new Page("complete", "completing a survey, POST /calls/{id}/complete (a SURVEY complaint after it)",
                            i -> post("/calls/" + (answered[0] + completed[0]++) + "/complete")))
                    .stream().filter(p -> only.isEmpty() || only.equals(p.key())).toList();
            // every page warmed up first: the compiler's work on one would otherwise be counted in the next
            for (Page p : pages) {
                for (int i = 0; i < warmup; i++) {
                    p.request().run(i);
                }
            }
            for (Page p : pages) {
                measure(p.name(), rounds, p.request());
            }
            System.out.printf("   %d SURVEY complaints registered%n",
                    jdbc.sql("select count(*) from survey_complaint").query(Long.class).single());
        } finally {
            app.close();
        }
        System.exit(0);
    }

    interface Request {
        String run(int i) throws Exception;
    }

    record Page(String key, String name, Request request) {
    }

    static void measure(String name, int rounds, Request request) throws Exception {
        drain();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long requestThreads = requestThreadsCpu(threads);
        long client = clientThreadsCpu(threads);
        long postgres = postgresCpu();
        long process = os.getProcessCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            request.run(i);
        }
        drain();
        long wallNanos = System.nanoTime() - wall;
        double perRequest = (requestThreadsCpu(threads) - requestThreads) / 1e3 / rounds;
        double perProcess = (os.getProcessCpuTime() - process - (clientThreadsCpu(threads) - client)) / 1e3 / rounds;
        double perPostgres = (postgresCpu() - postgres) / 1e3 / rounds;
        System.out.printf("%s: CPU per request %.0f µs in the request thread, %.0f µs in the app's whole JVM, %.0f µs in PostgreSQL;"
                + " %.1f ms wall each%n", name, perRequest, perProcess, perPostgres, wallNanos / 1e6 / rounds);
    }

    /** Waits for the work after the commits (event listeners) to finish, so it counts with the requests that caused it. */
    static void drain() throws Exception {
        JdbcClient jdbc = app().getBean(JdbcClient.class);
        while (jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single() > 0) {
            Thread.sleep(20);
        }
    }

    static ConfigurableApplicationContext context;

    static ConfigurableApplicationContext app() {
        return context;
    }

    static long requestThreadsCpu(ThreadMXBean threads) {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("http-nio-")) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }

    /** The bench's own HTTP client (this class's main thread and the HttpClient's threads), left out of the app's CPU. */
    static long clientThreadsCpu(ThreadMXBean threads) {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("main") || t.getName().startsWith("HttpClient-")) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }

    /**
     * The CPU of the embedded PostgreSQL in nanoseconds, from /proc: the postmaster (its own and its
     * ended children's, once reaped) and the backends running now.
     */
    static long postgresCpu() throws Exception {
        java.nio.file.Path pidFile = java.nio.file.Path.of(app().getEnvironment().getProperty("shenava.data-dir"), "pg", "postmaster.pid");
        String postmaster = java.nio.file.Files.readAllLines(pidFile).get(0).strip();
        long ticks = 0;
        try (var procs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            for (java.nio.file.Path proc : procs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                String[] f;
                try {
                    String stat = java.nio.file.Files.readString(proc.resolve("stat"));
                    f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                } catch (java.io.IOException gone) {
                    continue;
                }
                // after the command: f[1] = ppid, f[11..14] = utime, stime, cutime, cstime
                boolean isPostmaster = proc.getFileName().toString().equals(postmaster);
                if (isPostmaster || f[1].equals(postmaster)) {
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    if (isPostmaster) {
                        ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
                    }
                }
            }
        }
        return ticks * 10_000_000L;   // USER_HZ 100
    }

    static String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return r.body();
    }

    static String post(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return r.headers().firstValue("Location").orElse("");
    }

    static void signIn() throws Exception {
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        token = find(login, "name=\"_csrf\" value=\"([^\"]*)\"");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=bench.quality&password=" + PASS + "&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.headers().map());
        }
        token = find(get("/calls"), "name=\"_csrf\" value=\"([^\"]*)\"");
    }

    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + regex);
        }
        return m.group(1);
    }

    static long[] range(JdbcClient jdbc, String like) {
        return jdbc.sql("select min(id), max(id) from follow_up_call where group_key like ?").param(like)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** As bench/calls.sh fills it, smaller: 2,000 pending calls (a tenth with call-back times), calls answered to complete. */
    static void fill(JdbcClient jdbc, int answered) {
        for (String sql : List.of(
                "insert into staff (username, full_name, password_hash, must_change_password) values ('bench.quality', 'کیفیت بنچ', '{noop}"
                        + PASS + "', false)",
                "insert into staff_role (staff_id, role) select id, 'QUALITY_MANAGER' from staff where username = 'bench.quality'",
                "insert into customer (code, name, kind, city, search_text, created_at) select 'B-' || g, 'بیمارستان شماره ' || g,"
                        + " 'HOSPITAL', 'تهران', 'b-' || g, now() from generate_series(1, 5000) g",
                "insert into contact (customer_id, full_name, mobile) select id, 'دکتر ' || id, '+98912' || lpad(id::text, 7, '0') from customer",
                "insert into equipment (customer_id, model, serial_number) select id, 'سونوگرافی', 'BS-' || id from customer",
                """
                insert into follow_up_call (group_key, customer_id, contact_id, status, due_at, next_try_at, call_back, created_by, created_at)
                select 'bench-open:' || g, c, c, 'PENDING', t, t, g % 10 = 0, 'bench', now()
                from (select g, 1 + (g % 5000) as c, now() - interval '30 days' + (g * interval '60 days' / 2000) as t
                      from generate_series(1, 2000) g) x""",
                """
                insert into follow_up_call (group_key, customer_id, contact_id, status, due_at, next_try_at, attempts, first_attempt_at,
                                            claimed_by, claimed_until, created_by, created_at)
                select 'bench-answer:' || g, c, c, 'PENDING', now() - interval '1 day', now() + interval '300 days', 1, now(),
                       (select id from staff where username = 'bench.quality'), now() + interval '1 day', 'bench', now()
                from (select g, 1 + (g %% 5000) as c from generate_series(1, %d) g) x""".formatted(answered),
                """
                insert into follow_up_call_unit (call_id, equipment_id, completed_on, installer_ids, seller_ids)
                select f.id, e.id, (f.due_at - interval '7 days')::date, '{1}', '{1}'
                from follow_up_call f join equipment e on e.customer_id = f.customer_id where f.status = 'PENDING'""",
                """
                insert into survey (call_id, questionnaire_id, mode, caller_id, contact_id, started_at)
                select id, 1, 'PHONE', claimed_by, contact_id, now() from follow_up_call where group_key like 'bench-answer:%'""",
                """
                insert into survey_response (survey_id, question_id, score, text, reason_codes)
                select s.id, q.id,
                       case q.code when 'INSTALLATION' then {low} when 'SALES_PROCESS' then {lower} when 'RECOMMEND' then 8
                                   when 'CUSTOMER_WORDS' then null else 4 end,
                       case q.code when 'CUSTOMER_WORDS' then {words} end,
                       case q.code when 'INSTALLATION' then {reason}::varchar[] when 'SALES_PROCESS' then {otherReason}::varchar[]
                                   else '{}'::varchar[] end
                from survey s join follow_up_call f on f.id = s.call_id and f.group_key like 'bench-answer:%'
                cross join survey_question q where q.questionnaire_id = 1""",
                "analyze")) {
            // SATISFIED: every answer 4 of 5 with no reason (no complaint); otherwise installation 1 and sales 2
            jdbc.sql(SATISFIED
                    ? sql.replace("{low}", "4").replace("{lower}", "4").replace("{words}", "null")
                            .replace("{reason}", "'{}'").replace("{otherReason}", "'{}'")
                    : sql.replace("{low}", "1").replace("{lower}", "2").replace("{words}", "'دستگاه دیر نصب شد'")
                            .replace("{reason}", "'{INST.LATE}'").replace("{otherReason}", "'{SALES.WRONG_INFO}'")).update();
        }
    }
}
