package atlas.neo4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * Embedded Neo4j 5.26 Community with a Bolt connector on loopback, started and stopped by the
 * Node side (server/src/neo4j/launcher.ts).
 *
 * <p>Protocol with the parent process: arguments {@code <storeDir> <boltPort> <pageCacheMiB>
 * <txTimeoutSeconds> [<importManifest>]} (with a manifest, an empty store is first filled by
 * Neo4j's bulk importer, see {@link BulkImport}); the first line on stdin is the password of the user {@code neo4j} (never
 * an argument: arguments are readable by every user in /proc); prints {@code ATLAS-NEO4J-READY
 * <port>} on stdout once Bolt accepts connections; shuts down cleanly on SIGTERM/SIGINT
 * (shutdown hook) and also when its stdin closes. The stdin rule is what prevents an orphan
 * JVM: if the Node process dies for any reason, even SIGKILL, the pipe closes and the database
 * shuts down by itself.
 *
 * <p>Authentication is always on. Loopback alone does not protect a database: any web page the
 * user opens is a local client and may open a Bolt WebSocket. On a fresh store the password is
 * written as the initial user before the first start (so there is no moment with the default
 * password); on every start it is set again, so the credentials file the Node side keeps is
 * always the truth. LOAD CSV may not read local files.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (args.length != 4 && args.length != 5) {
      System.err.println("usage: Launcher <storeDir> <boltPort> <pageCacheMiB> <txTimeoutSeconds> [<importManifest>] (password on stdin)");
      System.exit(2);
    }
    Path storeDir = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = Long.parseLong(args[2]);
    long txTimeoutSeconds = Long.parseLong(args[3]);
    Path importManifest = args.length == 5 ? Path.of(args[4]).toAbsolutePath() : null;
    String password = readLine(System.in);
    if (password == null || password.isEmpty()) {
      System.err.println("ATLAS-NEO4J-FAILED no password on stdin");
      System.exit(2);
      return;
    }

    DatabaseManagementService dbms;
    try {
      writeInitialUserIfFresh(storeDir, password);
      // A first load with the bulk importer runs before the database exists (BulkImport.java).
      if (importManifest != null) BulkImport.run(storeDir, importManifest);
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
              .setConfig(GraphDatabaseSettings.auth_enabled, true)
              .setConfig(GraphDatabaseSettings.allow_file_urls, false)
              // No lock-out after failed logins: with a 256-bit random password guessing is
              // hopeless anyway, and a lock-out would let any web page lock the app out of its
              // own database by sending wrong passwords.
              .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
              .setConfig(GraphDatabaseSettings.udc_enabled, false) // dbms.usage_report.enabled
              // Bolt's two Netty event-loop groups (network and in-process) each wait a quiet
              // period of 5 s on shutdown for tasks that might still arrive; by then Neo4j has
              // closed every connection and stopped the databases, so nothing can. Without this a
              // stop took 10 s longer than it needed (debug.log: "Shutting down Bolt server",
              // then two 5 s gaps): Ctrl-C on `npm start` waits for the JVM to end, and so does
              // every test that stops one (measured: stop 10.3 s before, 0.4-0.5 s after).
              // An internal setting (typed, so a Neo4j without it fails the Maven build, not a
              // start); its bounded timeout (15 s) is left as it is.
              .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
              .build();
    } catch (RuntimeException | IOException e) {
      System.err.println("ATLAS-NEO4J-FAILED " + rootMessage(e));
      e.printStackTrace(System.err);
      System.exit(1);
      return;
    }

    DatabaseManagementService started = dbms;
    Thread shutdown = new Thread(() -> shutdown(started), "atlas-neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    // The default database must be available before we claim readiness.
    try {
      setPassword(started, password);
      started.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    } catch (RuntimeException e) {
      System.err.println("ATLAS-NEO4J-FAILED " + rootMessage(e));
      System.exit(1);
      return;
    }
    System.out.println("ATLAS-NEO4J-READY " + port);
    System.out.flush();

    watchParent(System.in);
    System.exit(0); // runs the shutdown hook
  }

  /** Reads one line (UTF-8, without its end) byte by byte, so nothing after it is consumed. */
  private static String readLine(InputStream in) {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
        if (b != '\r') line.write(b);
      }
    } catch (IOException e) {
      return null;
    }
    return line.toString(StandardCharsets.UTF_8);
  }

  /**
   * What {@code neo4j-admin dbms set-initial-password} does: the security module reads this file
   * once, when it creates the system database. Without it Neo4j would start with neo4j/neo4j.
   */
  private static void writeInitialUserIfFresh(Path storeDir, String password) throws IOException {
    Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, storeDir).build();
    Path systemDb = config.get(GraphDatabaseSettings.data_directory).resolve("databases").resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    if (Files.exists(systemDb)) return;
    Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    FileUserRepository users = new FileUserRepository(new DefaultFileSystemAbstraction(), file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
    try {
      users.start();
      users.create(new User("neo4j", null, SystemGraphCredential.createCredentialForPassword(password.getBytes(StandardCharsets.UTF_8), new SecureHasher()), false, false));
      users.shutdown();
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("could not write the initial user", e);
    }
  }

  /** Makes the stored password the one Neo4j accepts (a no-op when it already is). */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to the one it already has: that is the usual case.
      if (!String.valueOf(rootMessage(e)).contains("Old password and new password cannot be the same")) throw e;
    }
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
