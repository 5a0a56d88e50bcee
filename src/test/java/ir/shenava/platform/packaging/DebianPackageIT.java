package ir.shenava.platform.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Debian package that {@code ./mvnw package} built (failsafe runs this after packaging): its
 * metadata, files and maintainer scripts as {@code dpkg-deb} reads them, and its launcher started
 * from a temporary root on a temporary data directory until the application says it is UP.
 */
class DebianPackageIT {

    static final Path DEB = Path.of("target", "shenava.deb");

    @TempDir
    static Path temp;
    static Path root;

    /** Extracted once for both tests: the jar alone is over 100 MB. */
    @BeforeAll
    static void extract() throws Exception {
        assertThat(DEB).as("./mvnw package builds it").exists();
        root = temp.resolve("root");
        run("dpkg-deb", "-x", DEB.toString(), root.toString());
    }

    @Test
    void thePackageHoldsTheJarTheLauncherTheUnitAndTheConfiguration() throws Exception {
        assertThat(DEB).exists();
        String info = run("dpkg-deb", "--info", DEB.toString());
        assertThat(info).contains("Package: shenava").contains("Architecture: all").contains("java17-runtime-headless");

        String contents = run("dpkg-deb", "--contents", DEB.toString());
        assertThat(contents).contains("./usr/share/shenava/shenava.jar").contains("./usr/bin/shenava")
                .contains("./lib/systemd/system/shenava.service").contains("./etc/shenava/shenava.env")
                .contains("./usr/share/doc/shenava/examples/nginx-shenava.conf");
        assertThat(line(contents, "./usr/bin/shenava")).startsWith("-rwxr-xr-x");

        Path control = temp.resolve("control");
        run("dpkg-deb", "--control", DEB.toString(), control.toString());
        assertThat(Files.readString(control.resolve("conffiles")).strip()).isEqualTo("/etc/shenava/shenava.env");
        for (String script : List.of("postinst", "prerm", "postrm")) {
            assertThat(Files.isExecutable(control.resolve(script))).as(script).isTrue();
            run("sh", "-n", control.resolve(script).toString()); // syntax
        }
        String postinst = Files.readString(control.resolve("postinst"));
        assertThat(postinst).contains("useradd --system").contains("install -d -o shenava -g shenava -m 0750 /var/lib/shenava");
        String postrm = Files.readString(control.resolve("postrm"));
        // the data goes only on purge, never on remove or upgrade
        assertThat(postrm.substring(postrm.indexOf("\"purge\" ]"))).contains("rm -rf /var/lib/shenava");
        assertThat(postrm.split("rm -rf /var/lib/shenava", -1)).hasSize(2);

        String unit = Files.readString(root.resolve("lib/systemd/system/shenava.service"));
        assertThat(unit).contains("User=shenava").contains("ExecStart=/usr/bin/shenava").contains("StandardOutput=journal")
                .contains("ReadWritePaths=/var/lib/shenava");
        assertThat(Files.readString(root.resolve("etc/shenava/shenava.env"))).contains("SHENAVA_DATA_DIR=/var/lib/shenava")
                .contains("SPRING_DATASOURCE_URL").contains("SPRING_MAIL_HOST").contains("SHENAVA_SMS_PROVIDER")
                .contains("SHENAVA_PUBLIC_URL");
    }

    @Test
    void itsLauncherStartsTheApplicationFromAnExtractedRootUntilHealthy() throws Exception {
        int port = freePort();
        Path data = temp.resolve("data");
        Path env = temp.resolve("etc/shenava.env");
        Files.createDirectories(env.getParent());
        Files.writeString(env, "PORT=" + port + "\nSHENAVA_DATA_DIR=" + data + "\nSHENAVA_ADMIN_PASSWORD=package-test-1\n"
                + "SHENAVA_SECRET_KEY=package-test-secret\nJAVA_OPTS=\"-Xmx512m -XX:TieredStopAtLevel=1\"\n");
        Path log = temp.resolve("app.log");
        ProcessBuilder builder = new ProcessBuilder(root.resolve("usr/bin/shenava").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SHENAVA_ENV_FILE", env.toString());
        Process app = builder.start();
        try {
            String health = awaitHealth(app, port, Duration.ofMinutes(4), log);
            assertThat(health).contains("\"status\":\"UP\"");
            assertThat(data.resolve("pg")).isDirectory();
            assertThat(data.resolve("tmp")).isDirectory();
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        assertThat(Files.readString(log)).contains("Started ShenavaApplication");
    }

    private static String awaitHealth(Process app, int port, Duration limit, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            if (!app.isAlive()) {
                throw new AssertionError("The launcher ended with " + app.exitValue() + ":\n" + tail(log));
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return response.body();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not healthy within " + limit + ":\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static String line(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).findFirst().orElse("");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
        return out;
    }
}
