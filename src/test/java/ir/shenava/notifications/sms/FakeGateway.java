package ir.shenava.notifications.sms;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server that plays Kavenegar and SMS.ir as their official clients see them: it
 * records every request, answers success by default (remembering Kavenegar's local ids, so a
 * lookup finds a message that went out), and can be told to answer the next calls with an error
 * or after a delay longer than the client waits.
 */
final class FakeGateway implements AutoCloseable {

    record Request(String method, String path, Map<String, String> headers, String body) {

        Map<String, String> form() {
            Map<String, String> form = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return form;
        }
    }

    record Reply(int status, String body, long delayMillis) {
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Reply> scripted = new ArrayDeque<>();
    private final Map<String, Long> kavenegarLocalIds = new ConcurrentHashMap<>();
    private final AtomicLong nextMessageId = new AtomicLong(8792343);
    volatile int kavenegarDeliveryStatus = 1;
    volatile int smsIrDeliveryState = 3;
    private final HttpServer server;

    FakeGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next call (of any kind) gets this answer instead of the normal one. */
    synchronized void thenAnswer(int status, String body, long delayMillis) {
        scripted.add(new Reply(status, body, delayMillis));
    }

    /** The next call gets its normal answer (the message goes out), but only after this delay. */
    synchronized void thenAnswerLate(long delayMillis) {
        scripted.add(new Reply(-1, "", delayMillis));
    }

    List<Request> sends() {
        return requests.stream().filter(r -> r.path().endsWith("/sms/send.json") || r.path().equals("/v1/send/bulk")).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body);
        requests.add(request);
        Reply reply;
        synchronized (this) {
            reply = scripted.poll();
        }
        if (reply == null || reply.status() < 0) {
            Reply normal = normal(request);
            reply = reply == null ? normal : new Reply(normal.status(), normal.body(), reply.delayMillis());
        }
        if (reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        try {
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException clientGaveUp) {
            // the client timed out first: the message went out all the same, as at a real gateway
        }
        exchange.close();
    }

    private Reply normal(Request request) {
        String path = request.path();
        if (path.endsWith("/sms/send.json")) {
            long id = nextMessageId.getAndIncrement();
            kavenegarLocalIds.put(request.form().get("localid"), id);
            return ok("{\"return\":{\"status\":200,\"message\":\"تایید شد\"},\"entries\":[{\"messageid\":" + id
                    + ",\"message\":\"…\",\"status\":1,\"statustext\":\"در صف ارسال\",\"sender\":\"10004346\","
                    + "\"receptor\":\"" + request.form().get("receptor") + "\",\"date\":1356619709,\"cost\":120}]}");
        }
        if (path.endsWith("/sms/statuslocalmessageid.json")) {
            Long id = kavenegarLocalIds.get(request.form().get("localid"));
            return ok("{\"return\":{\"status\":200,\"message\":\"تایید شد\"},\"entries\":[{\"messageid\":" + (id == null ? 0 : id)
                    + ",\"localid\":\"" + request.form().get("localid") + "\",\"status\":" + (id == null ? 100 : 1) + "}]}");
        }
        if (path.endsWith("/sms/status.json")) {
            return ok("{\"return\":{\"status\":200,\"message\":\"تایید شد\"},\"entries\":[{\"messageid\":"
                    + request.form().get("messageid") + ",\"status\":" + kavenegarDeliveryStatus + ",\"statustext\":\"…\"}]}");
        }
        if (path.equals("/v1/send/bulk")) {
            return ok("{\"status\":1,\"message\":\"موفق\",\"data\":{\"packId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\","
                    + "\"messageIds\":[" + nextMessageId.getAndIncrement() + "],\"cost\":1.0}}");
        }
        if (path.startsWith("/v1/send/")) {
            return ok("{\"status\":1,\"message\":\"موفق\",\"data\":{\"messageId\":" + path.substring("/v1/send/".length())
                    + ",\"mobile\":9121234567,\"messageText\":\"…\",\"sendDateTime\":1700000000,\"lineNumber\":30007732000000,"
                    + "\"cost\":1.0,\"deliveryState\":" + smsIrDeliveryState + ",\"deliveryDateTime\":1700000100}}");
        }
        return new Reply(404, "{}", 0);
    }

    private static Reply ok(String body) {
        return new Reply(200, body, 0);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
