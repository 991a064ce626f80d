package dev.plangraph.neo4j;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

/**
 * Runs Neo4j Community through its real server bootstrapper (the one {@code CommunityEntryPoint} uses), with a
 * generated {@code neo4j.conf}, Bolt on loopback and files under the given home directory.
 *
 * <p>Contract with the parent process (see src/neo4j/ in the Node app):
 * <ul>
 *   <li>stdout carries exactly one line, {@code READY bolt://127.0.0.1:<port>}, or {@code FAILED <reason>};
 *       Neo4j's own logs go to {@code <home>/logs}.</li>
 *   <li>SIGTERM or SIGINT shuts the database down cleanly (Neo4j's own handler plus its shutdown hook).</li>
 *   <li>When stdin reaches end of file, or the process named by {@code --parent-pid} ends, the server shuts
 *       down the same way: a parent that dies without stopping us leaves no orphan JVM.</li>
 * </ul>
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] argv) {
        // stdout is the protocol channel; Neo4j's console logging goes to stderr with everything else.
        PrintStream protocol = System.out;
        System.setOut(System.err);
        Options options;
        try {
            options = Options.parse(argv);
        } catch (IllegalArgumentException e) {
            protocol.println("FAILED " + e.getMessage());
            protocol.flush();
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        try {
            run(options, protocol);
        } catch (Throwable t) {
            protocol.println("FAILED " + t);
            protocol.flush();
            t.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(Options options, PrintStream protocol) throws Exception {
        Path home = options.home();
        Path conf = home.resolve("conf").resolve("neo4j.conf");
        Files.createDirectories(conf.getParent());
        Files.writeString(conf, NeoConf.render(options), StandardCharsets.UTF_8);

        // A store another Neo4j holds: one protocol line before Neo4j boots, instead of its stack trace after.
        if (storeLocked(home)) {
            protocol.println("FAILED LOCKED " + home.resolve("data"));
            protocol.flush();
            System.exit(3);
            return;
        }

        // Note: the parent watch starts before Neo4j so a parent dying during a slow first start is still seen.
        watchParent(options.parentPid());

        CommunityBootstrapper bootstrapper = new CommunityBootstrapper();
        int status = bootstrapper.start(home, conf, Map.of(), false, false);
        if (status != NeoBootstrapper.OK) {
            protocol.println("FAILED Neo4j exited with status " + status + "; see " + home.resolve("logs"));
            protocol.flush();
            System.exit(status);
            return;
        }
        DatabaseManagementService dbms = bootstrapper.getDatabaseManagementService();
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(options.startTimeoutMillis())) {
            protocol.println("FAILED database '" + db.databaseName() + "' not available");
            protocol.flush();
            System.exit(1);
            return;
        }
        db.executeTransactionally("RETURN 1");
        protocol.println("READY bolt://127.0.0.1:" + options.boltPort());
        protocol.flush();
        // Neo4j's worker threads are not all non-daemon: keep main alive until exit() runs the shutdown hook.
        new CountDownLatch(1).await();
    }

    /**
     * Whether another process holds Neo4j's store lock under {@code home}. Neo4j takes the same lock (an OS file
     * lock on {@code data/databases/store_lock}), so this lock is released again at once.
     */
    private static boolean storeLocked(Path home) throws IOException {
        Path lock = home.resolve("data").resolve("databases").resolve("store_lock");
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return true;
            }
            held.release();
            return false;
        }
    }

    private static void watchParent(long parentPid) {
        // A channel, not System.in: a read blocked on a FileChannel ends when its thread is interrupted (below, as
        // the JVM exits), while one in System.in.read() stays in native code, and HotSpot's exit then waits 300 ms
        // for it to leave: that long on every stop.
        Thread stdin = new Thread(() -> {
            try (FileChannel in = new FileInputStream(FileDescriptor.in).getChannel()) {
                ByteBuffer buffer = ByteBuffer.allocate(256);
                while (in.read(buffer) != -1) {
                    // Input is ignored; only its end matters.
                    buffer.clear();
                }
            } catch (ClosedByInterruptException exiting) {
                return;
            } catch (IOException ignored) {
                // A broken pipe means the same as end of file.
            }
            exitBecause("stdin closed");
        }, "parent-stdin-watch");
        stdin.setDaemon(true);
        stdin.start();
        Runtime.getRuntime().addShutdownHook(new Thread(stdin::interrupt, "parent-stdin-watch-stop"));

        if (parentPid > 0) {
            ProcessHandle.of(parentPid).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> exitBecause("parent " + parentPid + " exited")),
                    () -> exitBecause("parent " + parentPid + " not running"));
        }
    }

    private static void exitBecause(String reason) {
        System.err.println("plan-graph neo4j launcher: " + reason + ", shutting down");
        // exit() runs Neo4j's shutdown hook, which stops the databases cleanly.
        System.exit(0);
    }
}
