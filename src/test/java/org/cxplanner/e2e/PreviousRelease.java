package org.cxplanner.e2e;

import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The release before this build (src/test/resources/previous-release.properties), built from its commit with the
 * release's own Maven build and started as its production jar, as an installation runs it.
 */
final class PreviousRelease {

    private static final Path HOME = Path.of("target", "previous-release").toAbsolutePath();

    final String version;
    final String commit;
    final int lastMigration;
    private Path jar;

    private PreviousRelease(Properties properties) {
        version = properties.getProperty("version");
        commit = properties.getProperty("commit");
        lastMigration = Integer.parseInt(properties.getProperty("last-migration"));
    }

    static PreviousRelease described() {
        Properties properties = new Properties();
        try (InputStream in = PreviousRelease.class.getResourceAsStream("/previous-release.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PreviousRelease(properties);
    }

    /** Its production jar, built once from its commit (kept in target/previous-release until the next clean). */
    PreviousRelease built() throws IOException, InterruptedException {
        Path built = HOME.resolve("cx-partnership-planner-" + version + ".jar");
        if (!Files.exists(built)) {
            build(built);
        }
        jar = built;
        return this;
    }

    private void build(Path built) throws IOException, InterruptedException {
        if (run(Path.of("."), Duration.ofSeconds(30), "git", "cat-file", "-e", commit + "^{commit}") != 0) {
            throw new IllegalStateException("The upgrade test builds release " + version + " from commit " + commit
                    + ", which this copy of the repository lacks. Clone it with its history (git fetch --unshallow).");
        }
        Path source = HOME.resolve("source");
        deleteTree(source);
        Files.createDirectories(source);
        // git archive, not a worktree: the checkout leaves nothing behind in the repository's own .git.
        if (run(Path.of("."), Duration.ofMinutes(1), "bash", "-o", "pipefail", "-c",
                "git archive " + commit + " | tar -x -C '" + source + "'") != 0) {
            throw new IllegalStateException("Could not unpack commit " + commit + ":\n" + tail(HOME.resolve("build.log")));
        }
        List<String> maven = new ArrayList<>(List.of("./mvnw", "-B", "-q", "-ntp", "-Pproduction", "-Dmaven.test.skip=true"));
        if (System.getProperty("cxp.maven-mode", "").equals("offline=true")) {
            maven.add("-o");
        }
        String localRepository = System.getProperty("cxp.maven-repository", "");
        if (!localRepository.isBlank()) {
            maven.add("-Dmaven.repo.local=" + localRepository);
        }
        maven.add("package");
        if (run(source, Duration.ofMinutes(10), maven.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("Building release " + version + " failed:\n" + tail(HOME.resolve("build.log")));
        }
        Files.move(source.resolve("target").resolve(built.getFileName()), built);
        deleteTree(source);
    }

    /** Starts the release's jar with these arguments and waits until it is ready (demo plan loaded); its output goes to a log. */
    Node start(String name, String... arguments) throws IOException, InterruptedException {
        int port = NodePair.freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port, "--spring.main.banner-mode=off",
                "--cxp.digest.check-every=1h", "--cxp.mail.send-every=1h"));
        command.addAll(List.of(arguments));
        Path log = HOME.resolve(name + ".log");
        Process process = new ProcessBuilder(command).directory(HOME.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Node node = new Node(process, port, log);
        node.awaitAnswer();
        return node;
    }

    private static int run(Path directory, Duration limit, String... command) throws IOException, InterruptedException {
        Files.createDirectories(HOME);
        ProcessBuilder builder = new ProcessBuilder(command);
        // The JDK running the tests, which Maven forked them with: the one the build asks for.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(HOME.resolve("build.log").toFile()))
                .start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** A running node of the previous release. */
    static final class Node implements AutoCloseable {

        private final Process process;
        final int port;
        final Path log;

        private Node(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        String url(String path) {
            return path.startsWith("http") ? path : "http://localhost:" + port + path;
        }

        private void awaitAnswer() throws IOException {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            try {
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                        .ignoreExceptionsInstanceOf(IOException.class).until(() -> {
                            if (!process.isAlive()) {
                                throw new IllegalStateException("The previous release stopped during its start:\n" + tail());
                            }
                            return http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness"))).build(),
                                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                        });
            } catch (ConditionTimeoutException slow) {
                process.destroyForcibly();
                throw new IllegalStateException("The previous release was not ready within 3 minutes:\n" + tail());
            }
        }

        /** The last lines of its log, for a failure's message. */
        String tail() throws IOException {
            return PreviousRelease.tail(log);
        }

        /** Stops it as a service manager does (SIGTERM): a clean shutdown, its embedded database included. */
        @Override
        public void close() throws IOException, InterruptedException {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("The previous release did not stop within 90 seconds:\n" + tail());
            }
        }
    }
}
