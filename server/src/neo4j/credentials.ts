/**
 * The embedded Neo4j's credentials: a random password made at first start and kept in
 * `<store>/credentials.json`, readable by the user only (mode 0600, inside the git-ignored store
 * folder). The launcher hands it to the JVM on stdin; `npm run ingest`, `npm start` with
 * `NEO4J_URI` on loopback and the tests read it from here. It is never printed or logged.
 *
 * @example
 * const { user, password } = ensureCredentials('.neo4j'); // creates the file on first use
 * readCredentials('.neo4j')?.user; // 'neo4j'
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AtlasError } from '../errors.ts';

export interface Credentials {
  user: string;
  password: string;
}

export const CREDENTIALS_FILE = 'credentials.json';

export function credentialsPath(storeDir: string): string {
  return path.join(storeDir, CREDENTIALS_FILE);
}

/** The stored credentials, or undefined when the store has none (yet). */
export function readCredentials(storeDir: string): Credentials | undefined {
  const file = credentialsPath(storeDir);
  if (!existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new AtlasError('CREDENTIALS_INVALID', `${file} is not valid JSON. Delete it: the next \`npm start\` makes a new password and gives it to the embedded Neo4j.`);
  }
  const c = parsed as Partial<Credentials> | null;
  if (typeof c?.user !== 'string' || typeof c.password !== 'string' || c.password.length < 16) {
    throw new AtlasError('CREDENTIALS_INVALID', `${file} lacks a user and a password of at least 16 characters. Delete it: the next \`npm start\` makes a new password and gives it to the embedded Neo4j.`);
  }
  // Tighten a file someone copied with looser permissions (the password is only for this user).
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return { user: c.user, password: c.password };
}

/** Reads the store's credentials, making a new random password first if there are none. */
export function ensureCredentials(storeDir: string): Credentials {
  const existing = readCredentials(storeDir);
  if (existing) return existing;
  mkdirSync(storeDir, { recursive: true, mode: 0o700 });
  // Only the user `neo4j` exists in Community edition; 32 random bytes, URL-safe text.
  const created: Credentials = { user: 'neo4j', password: randomBytes(32).toString('base64url') };
  // 'wx': never overwrite a file another process wrote in the meantime.
  try {
    writeFileSync(credentialsPath(storeDir), `${JSON.stringify(created, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readCredentials(storeDir)!;
    throw err;
  }
  return created;
}
