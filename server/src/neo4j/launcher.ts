/**
 * Builds and runs the embedded Neo4j (server/neo4j, a tiny Maven project around Neo4j 5.26 LTS
 * Community) as a child JVM with Bolt on 127.0.0.1 and authentication on: the password is the
 * store's own (credentials.ts), passed on the JVM's stdin, never on its command line.
 *
 * Why a child process and not a server install: a newcomer has Node, a JDK and Maven, nothing
 * else. Maven fetches Neo4j from Maven Central once (cached in ~/.m2 and server/neo4j/target).
 *
 * Why no orphan JVM can survive the app: the JVM watches its stdin and shuts down when the pipe
 * closes, which the kernel does whenever this process ends, even on SIGKILL.
 *
 * @example
 * const neo4j = await startEmbeddedNeo4j({ storeDir: '.neo4j', boltPort: 7687, heapMb: 1024, pageCacheMb: 512, txTimeoutS: 120, startTimeoutS: 120 });
 * // ... use bolt://127.0.0.1:7687 as neo4j.user with neo4j.password ...
 * await neo4j.stop();
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, statSync, unlinkSync, writeFileSync, readdirSync, createWriteStream } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from '../config.ts';
import { AtlasError } from '../errors.ts';
import { classArchive } from './class-archive.ts';
import { ensureCredentials, type Credentials } from './credentials.ts';

export const LAUNCHER_DIR = path.join(ROOT, 'server/neo4j');
/** The launcher's own classes, as a jar (pom.xml's finalName): a class archive holds only classes from jars. */
const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target/atlas-neo4j-launcher.jar');
const LIB = path.join(LAUNCHER_DIR, 'target/lib');
const SOURCES = [path.join(LAUNCHER_DIR, 'pom.xml'), ...['Launcher', 'BulkImport'].map((c) => path.join(LAUNCHER_DIR, `src/main/java/atlas/neo4j/${c}.java`))];
const MIN_JAVA = 17;

/** JVM flags Neo4j's own neo4j.conf passes; without them Neo4j falls back to slow paths. */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
];

export interface EmbeddedOptions {
  storeDir: string;
  boltPort: number;
  heapMb: number;
  pageCacheMb: number;
  txTimeoutS: number;
  startTimeoutS: number;
  /** Where build and JVM output go (default: `<storeDir>/launcher.log`). */
  logFile?: string;
  /** The `java` and `mvn` commands (tests use these to simulate a missing tool). */
  javaCommand?: string;
  mavenCommand?: string;
  onProgress?: (message: string) => void;
  /** Skip the Java and build checks (a restart of a JVM that ran a moment ago: every second counts). */
  restart?: boolean;
  /** Fill the empty store with Neo4j's bulk importer before starting (ingest/bulk.ts writes this manifest). */
  importManifest?: string;
  /** Called once the JVM is launched, before it is ready: the caller's own work overlaps its start. */
  whileStarting?: () => void;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface EmbeddedNeo4j extends Credentials {
  uri: string;
  pid: number;
  /** Settles when the JVM ends, for whatever reason (a supervisor tells a crash by `stop` not having been called). */
  exited: Promise<Exit>;
  stop(): Promise<void>;
}

/** Parses the major version out of `java -version` output ("17.0.15", "1.8.0_392", "21"). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput) ?? /openjdk (\d+)/i.exec(versionOutput);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

export function checkJava(javaCommand = 'java'): number {
  const r = spawnSync(javaCommand, ['-version'], { encoding: 'utf8' });
  if (r.error) {
    throw new AtlasError('JAVA_MISSING', `Java was not found (tried "${javaCommand}"). Install JDK 17 or 21 (e.g. \`apt-get install openjdk-17-jdk\`), or set NEO4J_URI to use an existing Neo4j server.`);
  }
  const major = parseJavaMajor(`${r.stderr}${r.stdout}`);
  if (major === undefined || major < MIN_JAVA) {
    throw new AtlasError('JAVA_VERSION', `Java ${major ?? '(unknown version)'} was found but the embedded Neo4j 5.26 needs Java 17 or 21. Install JDK 17 and put it first on PATH (or set JAVA_HOME), or set NEO4J_URI to use an existing Neo4j server.`);
  }
  return major;
}

function newestMtime(files: string[]): number {
  return Math.max(...files.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
}

/** True when the launcher is compiled and its jars are present and newer than its sources. */
export function isLauncherBuilt(): boolean {
  const marker = LAUNCHER_JAR;
  if (!existsSync(marker) || !existsSync(LIB)) return false;
  if (!readdirSync(LIB).some((f) => /^neo4j-5\.26\.\d+\.jar$/.test(f))) return false;
  return statSync(marker).mtimeMs >= newestMtime(SOURCES);
}

/** Builds the launcher with Maven unless it is already built (the first run fetches Neo4j). */
export function ensureLauncherBuilt(opts: { mavenCommand?: string; logFile: string; onProgress?: (m: string) => void; force?: boolean }): void {
  if (!opts.force && isLauncherBuilt()) return;
  const mvn = opts.mavenCommand ?? 'mvn';
  const probe = spawnSync(mvn, ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    throw new AtlasError('MAVEN_MISSING', `Maven was not found (tried "${mvn}"); it is needed once to fetch the embedded Neo4j. Install it (e.g. \`apt-get install maven\`), or set NEO4J_URI to use an existing Neo4j server.`);
  }
  opts.onProgress?.('Building the embedded Neo4j launcher with Maven (first run only: fetches Neo4j 5.26 from Maven Central)...');
  const r = spawnSync(mvn, ['-B', '-q', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package', '-DskipTests'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(opts.logFile, `${r.stdout ?? ''}${r.stderr ?? ''}`);
  if (r.status !== 0) {
    const tail = `${r.stdout}${r.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new AtlasError('MAVEN_BUILD_FAILED', `Maven could not build the embedded Neo4j launcher (log: ${opts.logFile}). Check that Maven Central is reachable, or set NEO4J_URI to use an existing Neo4j server.`, tail);
  }
}

/** Resolves when nothing listens on 127.0.0.1:port; throws PORT_IN_USE otherwise. */
export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(new AtlasError('PORT_IN_USE', `Port ${port} on 127.0.0.1 is already in use (another Neo4j or Cyber Norms Atlas?). Set NEO4J_BOLT_PORT to a free port, or set NEO4J_URI=bolt://127.0.0.1:${port} to use the server that is already running there.`));
      } else reject(err);
    });
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

/** The store must be a writable folder with room for at least a small file. */
export function assertStoreWritable(storeDir: string): void {
  const probe = path.join(storeDir, `.write-probe-${process.pid}`);
  try {
    mkdirSync(storeDir, { recursive: true });
    accessSync(storeDir, constants.W_OK);
    writeFileSync(probe, Buffer.alloc(64 * 1024));
    unlinkSync(probe);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'it is not writable' : `it cannot be written (${code ?? String(err)})`;
    throw new AtlasError('STORE_NOT_WRITABLE', `The Neo4j store folder ${storeDir} cannot be used because ${why}. Free space or fix its permissions, or set NEO4J_STORE_DIR to another folder; nothing in it was changed.`);
  }
}

/** A line of the JVM's class-data-sharing log (class-archive.ts). */
const CDS_LINE = /^\[[\d.]+s\]\[\w+\s*\]\[cds/;

function launchError(logTail: string, logFile: string, storeDir: string): AtlasError {
  if (/FileLockException|Lock file has been locked|already locked|StoreLockException/i.test(logTail)) {
    return new AtlasError('STORE_LOCKED', `The Neo4j store ${storeDir} is in use by another process (is Cyber Norms Atlas already running?). Stop it, or share it by setting NEO4J_URI to its Bolt address, or set NEO4J_STORE_DIR to another folder.`, logTail);
  }
  if (/Address already in use|BindException/i.test(logTail)) {
    return new AtlasError('PORT_IN_USE', 'The Bolt port was taken while Neo4j started. Set NEO4J_BOLT_PORT to a free port.', logTail);
  }
  if (/No space left on device/i.test(logTail)) {
    return new AtlasError('STORE_NOT_WRITABLE', 'Neo4j could not start because the disk is full. Free space or set NEO4J_STORE_DIR to another disk; nothing was changed.', logTail);
  }
  return new AtlasError('NEO4J_START_FAILED', `The embedded Neo4j did not start; its log is in ${logFile} (last lines below).`, logTail);
}

/** Builds if needed, starts the JVM and resolves once Bolt accepts connections. */
export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const logFile = opts.logFile ?? path.join(opts.storeDir, 'launcher.log');
  if (!opts.restart) {
    checkJava(opts.javaCommand);
    assertStoreWritable(opts.storeDir);
    ensureLauncherBuilt({ mavenCommand: opts.mavenCommand, logFile, onProgress: opts.onProgress });
  }
  await assertPortFree(opts.boltPort);
  const credentials = ensureCredentials(opts.storeDir);
  const archive = classArchive(path.join(LAUNCHER_DIR, 'target'));

  const args = [
    // The whole heap committed and touched at start, as Neo4j's own neo4j.conf advises
    // (initial = max size, -XX:+AlwaysPreTouch): no heap-growing collections later, and the
    // process's memory is flat from the start instead of creeping up to the maximum under load.
    `-Xms${opts.heapMb}m`,
    `-Xmx${opts.heapMb}m`,
    '-XX:+AlwaysPreTouch',
    ...JVM_FLAGS,
    ...archive.flags,
    '-cp',
    `${LAUNCHER_JAR}${path.delimiter}${path.join(LIB, '*')}`,
    'atlas.neo4j.Launcher',
    path.join(opts.storeDir, 'db'),
    String(opts.boltPort),
    String(opts.pageCacheMb),
    String(opts.txTimeoutS),
    ...(opts.importManifest ? [opts.importManifest] : []),
  ];
  opts.onProgress?.(`Starting the embedded Neo4j on bolt://127.0.0.1:${opts.boltPort} (store: ${opts.storeDir})...`);
  const child = spawn(opts.javaCommand ?? 'java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  // A start is never held up by the archive: a failure to put it in place only loses the saving.
  void exited.then(() => {
    try {
      archive.afterExit();
    } catch {
      /* the next clean exit writes it */
    }
  });
  // The first line is the password; after it the pipe stays open until this process ends.
  child.stdin!.on('error', () => undefined); // EPIPE when the JVM dies first: its exit is reported instead
  child.stdin!.write(`${credentials.password}\n`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const tail: string[] = [];
  const remember = (line: string) => {
    log.write(`${line}\n`);
    // The class archive's own messages (`[12.3s][warning][cds] ...`, hundreds when a failing JVM
    // writes its archive at exit) stay in the log file only: in the tail they would push out the
    // lines that say why Neo4j stopped, which launchError reads.
    if (CDS_LINE.test(line)) return;
    tail.push(line);
    if (tail.length > 40) tail.shift();
  };
  createInterface({ input: child.stderr! }).on('line', remember);
  const stdout = createInterface({ input: child.stdout! });

  // Last resort for a normal exit of Node: the pipe closes anyway, but kill is faster.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  // A JVM that died by itself needs no killing (and a restarted one must not pile up listeners).
  void exited.then(() => process.removeListener('exit', killOnExit));
  // The JVM is launched and its output is read: the caller's own work can run meanwhile.
  opts.whileStarting?.();

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new AtlasError('NEO4J_START_TIMEOUT', `The embedded Neo4j did not become ready within ${opts.startTimeoutS} s; its log is in ${logFile}. Raise NEO4J_START_TIMEOUT_S on a slow machine.`, tail.join('\n')));
    }, opts.startTimeoutS * 1000);
    stdout.on('line', (line) => {
      remember(line);
      if (line.startsWith('ATLAS-NEO4J-READY')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(launchError(`${tail.join('\n')}\n(exit ${code ?? signal})`, logFile, opts.storeDir));
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new AtlasError('NEO4J_START_FAILED', `The embedded Neo4j could not be launched: ${err.message}.`));
    });
  }).catch((err) => {
    process.removeListener('exit', killOnExit);
    log.end();
    throw err;
  });

  return {
    uri: `bolt://127.0.0.1:${opts.boltPort}`,
    pid: child.pid!,
    ...credentials,
    exited,
    stop: () => stopChild(child, killOnExit, log),
  };
}

/** Closing stdin asks the JVM to shut down cleanly; SIGKILL after 30 s as a last resort. */
async function stopChild(child: ChildProcess, killOnExit: () => void, log: NodeJS.WritableStream): Promise<void> {
  process.removeListener('exit', killOnExit);
  if (child.exitCode !== null || child.signalCode !== null) {
    log.end();
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin?.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
  log.end();
}
