package io.github.diplograph.neo4j;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community in this JVM with only Bolt open, on loopback and
 * without auth, so development and tests get a real server without a
 * download or a service install.
 *
 * <p>Usage: {@code Launcher [--port=N] [--data=DIR]}; the environment
 * variables NEO4J_BOLT_PORT and NEO4J_DATA_DIR give the same, flags win.
 * DIR is the Neo4j home: databases, transaction logs and logs live under it.
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(option(args, "--port=", "NEO4J_BOLT_PORT", "7687"));
        String data = option(args, "--data=", "NEO4J_DATA_DIR", null);
        Path home = data != null ? Path.of(data) : defaultHome();
        Files.createDirectories(home);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                // Loopback everywhere: nothing here is meant to be reachable from outside.
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                // neo4j:// clients route to the advertised address, so it must be the real port.
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // The machine also runs Go builds and tests; a small page cache is plenty for them.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                // Bolt otherwise waits 5 s twice on shutdown for work a test server never has.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            System.out.println("neo4j stopped");
            stopped.countDown();
        }, "neo4j-shutdown"));

        awaitBolt(port);
        long ms = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.println("neo4j ready bolt://" + HOST + ":" + port + " in " + ms + " ms");
        System.out.flush();
        stopped.await();
    }

    private static String option(String[] args, String flag, String env, String fallback) {
        for (String a : args) {
            if (a.startsWith(flag)) {
                return a.substring(flag.length());
            }
        }
        String v = System.getenv(env);
        return v != null && !v.isEmpty() ? v : fallback;
    }

    /** The repository's .cache/neo4j/data, found from the working directory up. */
    private static Path defaultHome() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("go.mod"))) {
                return p.resolve(".cache/neo4j/data");
            }
        }
        return dir.resolve(".cache/neo4j/data");
    }

    /** build() returns once the databases are up; the connector may still be binding. */
    private static void awaitBolt(int port) throws InterruptedException {
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 500);
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
    }
}
