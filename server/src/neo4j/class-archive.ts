/**
 * A class-data-sharing archive for the embedded Neo4j's JVM (the JDK's dynamic AppCDS, JDK 13+):
 * the first JVM that exits cleanly writes the classes it loaded into an archive, and later starts
 * map them instead of reading, parsing and verifying them from the jars again.
 *
 * Why: a start of the embedded Neo4j spends seconds loading tens of thousands of classes; the
 * archive is a supported JVM feature (no Neo4j internals touched) that saves part of that on
 * every later start (`npm run bench -- start` measures the second start).
 *
 * Why it cannot go stale or break a start: the archive's name carries a digest of the launcher
 * build (its class file and every jar, by name, size and time), so a rebuilt launcher writes a new
 * one; a JVM that finds an archive it cannot use ignores it with a warning (`-Xshare:auto`, the
 * default) and starts as before. Each JVM writes to a file of its own and the file is renamed into
 * place after the JVM has exited, so concurrent JVMs never read a half-written archive.
 *
 * @example
 * const archive = classArchive(path.join(LAUNCHER_DIR, 'target'));
 * spawn('java', [...archive.flags, '-cp', classpath, 'atlas.neo4j.Launcher', ...]).once('exit', archive.afterExit);
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export interface ClassArchive {
  /** JVM flags: use the archive, or write one at exit when there is none yet. */
  flags: string[];
  /** Call once the JVM has exited: puts a freshly written archive in place. */
  afterExit: () => void;
}

/** The digest of a launcher build: its files' names, sizes and modification times. */
function buildDigest(files: string[]): string {
  const hash = createHash('sha1');
  for (const f of files) {
    const s = statSync(f);
    hash.update(`${path.basename(f)}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * The archive for the launcher built in `targetDir` (Maven's target: the launcher's jar and `lib/`).
 * Without a build there is nothing to archive: no flags.
 */
export function classArchive(targetDir: string): ClassArchive {
  const launcher = path.join(targetDir, 'atlas-neo4j-launcher.jar');
  const lib = path.join(targetDir, 'lib');
  if (!existsSync(launcher) || !existsSync(lib)) return { flags: [], afterExit: () => undefined };
  const jars = readdirSync(lib)
    .filter((f) => f.endsWith('.jar'))
    .sort()
    .map((f) => path.join(lib, f));
  const archive = path.join(targetDir, `neo4j-classes-${buildDigest([launcher, ...jars])}.jsa`);
  if (existsSync(archive)) return { flags: [`-XX:SharedArchiveFile=${archive}`], afterExit: () => undefined };
  const own = `${archive}.${process.pid}-${Date.now()}.tmp`;
  return {
    flags: [`-XX:ArchiveClassesAtExit=${own}`],
    afterExit: () => {
      try {
        if (existsSync(own) && statSync(own).size > 0 && !existsSync(archive)) renameSync(own, archive);
      } finally {
        rmSync(own, { force: true });
        removeLeftovers(targetDir, archive);
      }
    },
  };
}

/** Archives of earlier builds, and files of JVMs killed while writing one (over an hour old). */
function removeLeftovers(targetDir: string, current: string): void {
  for (const f of readdirSync(targetDir)) {
    const file = path.join(targetDir, f);
    const old = f.endsWith('.jsa') && file !== current;
    const abandoned = f.endsWith('.tmp') && Date.now() - statSync(file).mtimeMs > 3_600_000;
    if (f.startsWith('neo4j-classes-') && (old || abandoned)) rmSync(file, { force: true });
  }
}
