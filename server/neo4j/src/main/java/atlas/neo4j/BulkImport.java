package atlas.neo4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * A first load with Neo4j's own bulk importer ({@code neo4j-admin database import full}, run as a
 * library: the same code, no separate install), into the store the launcher then starts on.
 *
 * <p>Why here and not over Bolt: the importer writes the store files directly, without
 * transactions, which is an order of magnitude faster than any Cypher load; it needs the database
 * to be stopped and absent, so it runs before the DBMS is built. The Node side
 * (server/src/ingest/bulk.ts) writes the CSV files and a manifest, one importer argument per line
 * ({@code --nodes=...}, {@code --relationships=...} and the format options matching its writer);
 * this class adds the store (the same home and database the launcher uses) and refuses a store
 * that already holds the database, so it can never overwrite data.
 */
final class BulkImport {
  private BulkImport() {}

  /** Runs the importer; throws with the importer's own output when it fails. */
  static void run(Path home, Path manifest) throws IOException {
    Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
    Path databases = config.get(GraphDatabaseSettings.data_directory).resolve("databases");
    Path target = databases.resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (Files.exists(target)) {
      throw new IllegalStateException("the store already holds the database " + target + ": a bulk import needs an empty store");
    }
    List<String> args = new ArrayList<>();
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) args.add(line);
    }
    args.add("--report-file=" + manifest.resolveSibling("import.report"));
    args.add(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);

    // The importer's progress output goes to the launcher log (stderr), not to stdout, where the
    // Node side only expects the readiness line.
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
    Path conf = manifest.getParent();
    ExecutionContext ctx = new ExecutionContext(home, conf, out, out, new DefaultFileSystemAbstraction());
    int code = new CommandLine(new ImportCommand.Full(ctx)).execute(args.toArray(new String[0]));
    String output = captured.toString(StandardCharsets.UTF_8);
    System.err.println(output);
    if (code != 0) {
      throw new IllegalStateException("the bulk import failed (exit " + code + "): " + lastLines(output, 8));
    }
  }

  private static String lastLines(String text, int n) {
    String[] lines = text.strip().split("\n");
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, lines.length - n); i < lines.length; i++) sb.append(lines[i]).append(' ');
    return sb.toString().strip();
  }
}
