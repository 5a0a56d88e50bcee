import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * (a) of bench/complaints.sh: the physical limit — durable single-row INSERTs of a complaint-sized
 * row over plain JDBC, one connection per client, autocommit (one fsync'd commit per row).
 * Usage: java -cp postgresql.jar bench/JdbcInserts.java <jdbc-url> <clients> <seconds>
 */
public class JdbcInserts {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int clients = Integer.parseInt(args[1]);
        long millis = Long.parseLong(args[2]) * 1000;
        AtomicBoolean stop = new AtomicBoolean();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            int client = c;
            Thread t = new Thread(() -> run(url, client, stop, mine));
            t.start();
            threads.add(t);
        }
        Thread.sleep(millis);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        long[] all = latencies.stream().flatMapToLong(a -> Arrays.stream(a).filter(v -> v > 0)).sorted().toArray();
        System.out.printf("jdbc inserts: %d in %d s = %.0f rows/s; p50 %.1f ms, p99 %.1f ms%n", all.length, millis / 1000,
                all.length * 1000.0 / millis, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
    }

    private static void run(String url, int client, AtomicBoolean stop, long[] latencies) {
        try (Connection db = DriverManager.getConnection(url, "shenava", System.getenv().getOrDefault("PGPASSWORD", ""))) {
            PreparedStatement insert = db.prepareStatement("""
                    insert into complaint (tracking_code, channel, status, contact_name, contact_phone, contact_email,
                      category_code, subject, description, received_at, search_text)
                    values (?, 'WEB_FORM', 'RECEIVED', 'مریم کاظمی', '+989123334455', 'm@example.ir', 'SALES',
                      'تأخیر در تحویل دستگاه', 'دستگاه سه هفته دیرتر از تاریخ قرارداد تحویل شد و برنامه بخش به هم ریخت.',
                      now(), 'تاخیر در تحویل دستگاه مریم کاظمی 09123334455')""");
            int n = 0;
            while (!stop.get()) {
                long start = System.nanoTime();
                // client and counter apart by a dash: "J1b15h" could be client 1 or client 47 ("1b") otherwise
                insert.setString(1, "J" + Integer.toString(client, 36) + "-" + Integer.toString(n, 36));
                insert.executeUpdate();
                latencies[n++] = System.nanoTime() - start;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
