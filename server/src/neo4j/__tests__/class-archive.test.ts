/**
 * The JVM's class archive (class-archive.ts) without a JVM: which flags a start gets, how a
 * written archive is put in place, and that a rebuilt launcher gets a new one. That Neo4j starts
 * with the archive is what every integration test's embedded Neo4j does.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classArchive } from '../class-archive.ts';

let target = '';
beforeEach(() => {
  target = mkdtempSync(path.join(os.tmpdir(), 'class-archive-'));
  mkdirSync(path.join(target, 'lib'));
  writeFileSync(path.join(target, 'atlas-neo4j-launcher.jar'), 'launcher');
  writeFileSync(path.join(target, 'lib/neo4j-5.26.0.jar'), 'jar');
});
afterEach(() => rmSync(target, { recursive: true, force: true }));

/** What the JVM does with -XX:ArchiveClassesAtExit=<file> when it exits cleanly. */
const jvmWrites = (flags: string[]) => writeFileSync(flags[0]!.split('=')[1]!, 'archive');
const archives = () => readdirSync(target).filter((f) => f.endsWith('.jsa'));

describe('classArchive', () => {
  it('asks the first JVM to write an archive, puts it in place after the exit, and has later JVMs use it', () => {
    const first = classArchive(target);
    expect(first.flags).toEqual([expect.stringMatching(/^-XX:ArchiveClassesAtExit=.*neo4j-classes-[0-9a-f]{12}\.jsa\.\d+-\d+\.tmp$/)]);
    jvmWrites(first.flags);
    first.afterExit();
    expect(archives()).toHaveLength(1);
    expect(readdirSync(target).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(classArchive(target).flags).toEqual([`-XX:SharedArchiveFile=${path.join(target, archives()[0]!)}`]);
  });

  it('leaves nothing when the JVM wrote no archive (killed), and asks again next time', () => {
    const first = classArchive(target);
    first.afterExit();
    expect(readdirSync(target).sort()).toEqual(['atlas-neo4j-launcher.jar', 'lib']);
    expect(classArchive(target).flags[0]).toMatch(/^-XX:ArchiveClassesAtExit=/);
  });

  it('writes a new archive for a rebuilt launcher and removes the old one', () => {
    const first = classArchive(target);
    jvmWrites(first.flags);
    first.afterExit();
    const [old] = archives();
    writeFileSync(path.join(target, 'lib/neo4j-5.26.0.jar'), 'rebuilt jar');
    utimesSync(path.join(target, 'lib/neo4j-5.26.0.jar'), new Date(), new Date(Date.now() + 5000));
    const next = classArchive(target);
    expect(next.flags[0]).toMatch(/^-XX:ArchiveClassesAtExit=/);
    jvmWrites(next.flags);
    next.afterExit();
    expect(archives()).toHaveLength(1);
    expect(archives()[0]).not.toBe(old);
  });

  it('gives no flags when the launcher is not built', () => {
    rmSync(path.join(target, 'lib'), { recursive: true });
    expect(classArchive(target).flags).toEqual([]);
  });
});
