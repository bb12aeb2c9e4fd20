/**
 * Each way start-up can fail ends with one plain sentence and a stable code: no Java, a Java
 * that is too old, no Maven, a taken port, a store that is locked, full or read-only, a wrong
 * password, an unreachable server, an invalid configuration.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../../server/src/config.ts';
import { AtlasError } from '../../server/src/errors.ts';
import { connect } from '../../server/src/neo4j/database.ts';
import { assertStoreWritable, checkJava, ensureLauncherBuilt, parseJavaMajor, startEmbeddedNeo4j } from '../../server/src/neo4j/launcher.ts';
import { freePort, stablePort } from '../support/ports.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-errors-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function codeOf(promise: Promise<unknown> | (() => unknown)): Promise<{ code: string; message: string }> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (err) {
    expect(err).toBeInstanceOf(AtlasError);
    return { code: (err as AtlasError).code, message: (err as AtlasError).message };
  }
  throw new Error('expected an AtlasError, nothing was thrown');
}

const base = { heapMb: 512, pageCacheMb: 64, txTimeoutS: 30, startTimeoutS: 120 };

describe('clear errors at start-up', () => {
  it('parses Java versions', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
  });

  it('no Java', async () => {
    const { code, message } = await codeOf(() => checkJava(path.join(tmp, 'no-java')));
    expect(code).toBe('JAVA_MISSING');
    expect(message).toMatch(/Install JDK 17/);
  });

  it('a Java that is too old', async () => {
    const fake = path.join(tmp, 'old-java');
    writeFileSync(fake, '#!/bin/sh\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n');
    chmodSync(fake, 0o755);
    const { code, message } = await codeOf(() => checkJava(fake));
    expect(code).toBe('JAVA_VERSION');
    expect(message).toBe('Java 11 was found but the embedded Neo4j 5.26 needs Java 17 or 21. Install JDK 17 and put it first on PATH (or set JAVA_HOME), or set NEO4J_URI to use an existing Neo4j server.');
  });

  it('no Maven', async () => {
    const { code, message } = await codeOf(() => ensureLauncherBuilt({ mavenCommand: path.join(tmp, 'no-mvn'), logFile: path.join(tmp, 'mvn.log'), force: true }));
    expect(code).toBe('MAVEN_MISSING');
    expect(message).toMatch(/apt-get install maven/);
  });

  it('the Bolt port is taken', async () => {
    const server = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const { code, message } = await codeOf(startEmbeddedNeo4j({ ...base, storeDir: path.join(tmp, 'port'), boltPort: port }));
      expect(code).toBe('PORT_IN_USE');
      expect(message).toContain(`NEO4J_URI=bolt://127.0.0.1:${port}`);
    } finally {
      server.close();
    }
  });

  it('the store is used by another process', async () => {
    const storeDir = inject('neo4jStoreDir');
    expect(storeDir, 'this test needs the embedded test Neo4j (unset TEST_NEO4J_URI)').not.toBe('');
    const { code, message } = await codeOf(startEmbeddedNeo4j({ ...base, storeDir, boltPort: await freePort(), logFile: path.join(tmp, 'locked.log') }));
    expect(code).toBe('STORE_LOCKED');
    expect(message).toMatch(/in use by another process/);
  });

  it('the store is read-only or the disk is full (nothing is changed)', async () => {
    const mnt = path.join(tmp, 'mnt');
    mkdirSync(mnt);
    // A tiny tmpfs is a real full disk and, remounted, a real read-only file system (we run as root).
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=32k', 'tmpfs', mnt]);
    try {
      writeFileSync(path.join(mnt, 'filler'), Buffer.alloc(28 * 1024));
      const full = await codeOf(() => assertStoreWritable(path.join(mnt)));
      expect(full.code).toBe('STORE_NOT_WRITABLE');
      expect(full.message).toContain('because the disk is full');
      execFileSync('mount', ['-o', 'remount,ro', mnt]);
      const ro = await codeOf(() => assertStoreWritable(path.join(mnt)));
      expect(ro.message).toContain('because it is not writable');
      expect(ro.message).toContain('nothing in it was changed');
    } finally {
      execFileSync('umount', [mnt]);
    }
  });

  it('an unreachable server', async () => {
    const port = await stablePort();
    const { code, message } = await codeOf(connect({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x', database: 'neo4j' }));
    expect(code).toBe('NEO4J_UNREACHABLE');
    expect(message).toMatch(new RegExp(`^Neo4j at bolt://127.0.0.1:${port} cannot be reached .*Check that it is running and that NEO4J_URI is right\\.$`));
  });

  it('a wrong password', async () => {
    const neo4j = await startEmbeddedNeo4j({ ...base, storeDir: path.join(tmp, 'auth'), boltPort: await freePort() });
    try {
      const { code, message } = await codeOf(connect({ uri: neo4j.uri, user: 'neo4j', password: 'wrong-password', database: 'neo4j' }));
      expect(code).toBe('NEO4J_AUTH');
      expect(message).toBe(`Neo4j at ${neo4j.uri} refused the user name or password. Check NEO4J_USER and NEO4J_PASSWORD.`);
    } finally {
      await neo4j.stop();
    }
  }, 240_000); // a JVM start on a busy 2-core machine

  it('an invalid configuration names every bad variable', async () => {
    const { code, message } = await codeOf(() => loadConfig({ PORT: 'abc', NEO4J_URI: 'http://x', NEO4J_BOLT_PORT: '99999' }, false));
    expect(code).toBe('CONFIG_INVALID');
    expect(message).toMatch(/PORT="abc"/);
    expect(message).toMatch(/NEO4J_URI="http:\/\/x": must start with bolt:\/\//);
    expect(message).toMatch(/NEO4J_BOLT_PORT="99999"/);
  });

  it('uses an external Neo4j when NEO4J_URI is set, and the embedded one otherwise', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_PASSWORD: 's' }, false).neo4j.mode).toBe('external');
    const embedded = loadConfig({}, false).neo4j;
    expect(embedded).toMatchObject({ mode: 'embedded', uri: 'bolt://127.0.0.1:7687', boltPort: 7687 });
  });
});
