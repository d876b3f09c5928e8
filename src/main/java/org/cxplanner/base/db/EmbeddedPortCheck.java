package org.cxplanner.base.db;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds out, before the embedded PostgreSQL starts, whether its port is already taken and by what. Without this
 * the library connected to whatever answered on the port: another checkout's or a laptop's own PostgreSQL got the
 * planner's schema and demo users, and a program that is not PostgreSQL made the start hang.
 */
final class EmbeddedPortCheck {

    private static final int CONNECT_TIMEOUT_MS = 1000;
    private static final int ANSWER_TIMEOUT_MS = 1000;
    /** PostgreSQL's SSLRequest code: a PostgreSQL server answers it with one byte, 'S' or 'N'. */
    private static final int SSL_REQUEST = 80877103;

    private EmbeddedPortCheck() {
    }

    /** Empty when nothing listens on {@code port} on this machine, else a description of what does. */
    static Optional<String> holder(int port) {
        for (String host : List.of("127.0.0.1", "::1")) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getByName(host), port), CONNECT_TIMEOUT_MS);
                String what = speaksPostgres(socket) ? "another PostgreSQL server" : "a program that is not PostgreSQL";
                return Optional.of(what + process(port).map(p -> " (" + p + ")").orElse(""));
            } catch (IOException nothingThere) {
                // try the next address
            }
        }
        return Optional.empty();
    }

    private static boolean speaksPostgres(Socket socket) {
        try {
            socket.setSoTimeout(ANSWER_TIMEOUT_MS);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeInt(8);
            out.writeInt(SSL_REQUEST);
            out.flush();
            int answer = new DataInputStream(socket.getInputStream()).read();
            return answer == 'S' || answer == 'N';
        } catch (IOException e) {
            return false;
        }
    }

    /** The process listening on {@code port}, read from Linux's /proc; empty elsewhere or when not allowed. */
    static Optional<String> process(int port) {
        try {
            String hexPort = String.format(Locale.ROOT, ":%04X", port);
            Optional<String> inode = Stream.of("/proc/net/tcp", "/proc/net/tcp6").map(Path::of).filter(Files::isReadable)
                    .flatMap(EmbeddedPortCheck::lines)
                    .map(line -> line.trim().split("\\s+"))
                    .filter(f -> f.length > 9 && f[1].endsWith(hexPort) && "0A".equals(f[3]))
                    .map(f -> f[9]).findFirst();
            if (inode.isEmpty()) {
                return Optional.empty();
            }
            String target = "socket:[" + inode.get() + "]";
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                        .filter(p -> holdsSocket(p, target)).findFirst()
                        .map(p -> "process " + p.getFileName() + commandLine(p));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Stream<String> lines(Path path) {
        try {
            return Files.readAllLines(path).stream().skip(1);
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static boolean holdsSocket(Path process, String target) {
        try (Stream<Path> fds = Files.list(process.resolve("fd"))) {
            return fds.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().equals(target);
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            });
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String commandLine(Path process) {
        try {
            String command = new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ').trim();
            if (command.length() > 120) {
                command = command.substring(0, 117) + "...";
            }
            return command.isEmpty() ? "" : ": " + command;
        } catch (IOException e) {
            return "";
        }
    }
}
