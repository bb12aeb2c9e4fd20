package atlas.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Embedded Neo4j 5.26 Community with a Bolt connector on loopback, started and stopped by the
 * Node side (server/src/neo4j/launcher.ts).
 *
 * <p>Protocol with the parent process: arguments {@code <storeDir> <boltPort> <pageCacheMiB>
 * <txTimeoutSeconds> [auth]} ({@code auth} turns authentication on: only tests use it, to meet a
 * server that refuses a wrong password); prints {@code ATLAS-NEO4J-READY <port>} on stdout once Bolt accepts
 * connections; shuts down cleanly on SIGTERM/SIGINT (shutdown hook) and also when its stdin
 * closes. The stdin rule is what prevents an orphan JVM: if the Node process dies for any
 * reason, even SIGKILL, the pipe closes and the database shuts down by itself.
 *
 * <p>Authentication is off in embedded mode, which is why Bolt listens on 127.0.0.1 only.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (args.length < 4 || args.length > 5) {
      System.err.println("usage: Launcher <storeDir> <boltPort> <pageCacheMiB> <txTimeoutSeconds> [auth]");
      System.exit(2);
    }
    Path storeDir = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = Long.parseLong(args[2]);
    long txTimeoutSeconds = Long.parseLong(args[3]);
    boolean auth = args.length == 5 && args[4].equals("auth");

    DatabaseManagementService dbms;
    try {
      dbms =
          new DatabaseManagementServiceBuilder(storeDir)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
              .setConfig(
                  BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              .setConfig(HttpConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
              .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
              .setConfig(GraphDatabaseSettings.auth_enabled, auth)
              .setConfig(GraphDatabaseSettings.udc_enabled, false) // dbms.usage_report.enabled
              .build();
    } catch (RuntimeException e) {
      System.err.println("ATLAS-NEO4J-FAILED " + rootMessage(e));
      e.printStackTrace(System.err);
      System.exit(1);
      return;
    }

    DatabaseManagementService started = dbms;
    Thread shutdown = new Thread(() -> shutdown(started), "atlas-neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    // The default database must be available before we claim readiness.
    started.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("ATLAS-NEO4J-READY " + port);
    System.out.flush();

    watchParent(System.in);
    System.exit(0); // runs the shutdown hook
  }

  /** Blocks until stdin reaches end of file, i.e. until the parent process is gone. */
  private static void watchParent(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // The parent never writes; anything it might write is ignored.
      }
    } catch (IOException ignored) {
      // A broken pipe means the same thing as end of file.
    }
  }

  private static void shutdown(DatabaseManagementService dbms) {
    try {
      dbms.shutdown();
    } catch (RuntimeException e) {
      System.err.println("ATLAS-NEO4J-SHUTDOWN-ERROR " + rootMessage(e));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
