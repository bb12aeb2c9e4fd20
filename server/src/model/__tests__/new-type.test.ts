/**
 * Issue 10, must show A: a relationship type added to the model reaches every consumer, or the
 * build says what is missing. The test copies server/src and client/src (tests aside) to a
 * temporary folder, declares a new type there, imports the copied consumers and asks each of them
 * about it: sentence, path weight, hub rank, `stats`, the GraphQL enum, the client's list, the
 * data README tables and JSON Schemas. Then it leaves out a piece (a sentence, the record shape)
 * and shows that the copy no longer compiles.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as ClientTypes from '../../../../client/src/types.ts';
import type * as Sentences from '../../graphql/explain/sentences.ts';
import type * as Rank from '../../graphql/paths/rank.ts';
import type * as Lookup from '../../graphql/resolvers/lookup.ts';
import type * as Neighbourhood from '../../graphql/resolvers/neighbourhood.ts';
import type * as Generated from '../generated.ts';
import type * as Relationships from '../relationships.ts';
import type * as Sdl from '../sdl.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const TYPE = 'CLAIMS_DAMAGE_FROM';
const END_OF_TYPES = '} as const satisfies Record<string, RelationshipSpec>;';
const END_OF_SCHEMAS = '} satisfies { [T in RelationshipType as';
const DECLARATION = `  ${TYPE}: {
    label: 'claims damage from',
    meaning: 'a state says an incident damaged it (test type)',
    from: ['State'],
    to: ['Incident'],
    origin: 'curated',
    basis: 'context',
    weight: 0.45,
    rank: 99,
    validFrom: ['date'],
    events: { date: 'damage-claim' },
    forward: (o, p) => \`claims damage from \${o}\${on(p.date)}\`,
    backward: (o) => \`is said by \${o} to have damaged it\`,
  },
`;
const RECORD = `  ${TYPE}: curated('${TYPE}', { date: DateString.optional() }),\n`;

let copy: string;
const run = promisify(execFile);

function insertBefore(file: string, marker: string, text: string): void {
  const p = path.join(copy, file);
  const source = fs.readFileSync(p, 'utf8');
  if (!source.includes(marker)) throw new Error(`${file} no longer has the line ${JSON.stringify(marker)}: update this test`);
  fs.writeFileSync(p, source.replace(marker, `${text}${marker}`));
}

/** A fresh copy of the model alone, with the new type as `edit` leaves it, under variants/<name>/. */
function variant(name: string, edit: (declaration: string, record: string) => [string, string]): string {
  const dir = path.join(copy, 'variants', name);
  fs.cpSync(path.join(ROOT, 'server/src/model'), dir, { recursive: true, filter: (p) => !p.includes('__tests__') });
  const [declaration, record] = edit(DECLARATION, RECORD);
  for (const [file, marker, text] of [['relationships.ts', END_OF_TYPES, declaration], ['records.ts', END_OF_SCHEMAS, record]] as const) {
    const p = path.join(dir, file);
    fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace(marker, `${text}${marker}`));
  }
  return `variants/${name}/`;
}

/** tsc's output for the variants, all checked in one run (one process on a busy machine). */
async function compileVariants(): Promise<string> {
  const base = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8')) as { compilerOptions: object };
  fs.writeFileSync(path.join(copy, 'variants/package.json'), JSON.stringify({ type: 'module' }));
  fs.writeFileSync(path.join(copy, 'variants/tsconfig.json'), JSON.stringify({ compilerOptions: base.compilerOptions, include: ['.'] }));
  try {
    await run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'variants/tsconfig.json'], { cwd: copy });
    return '';
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e);
  }
}

const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(path.join(copy, file)).href)) as T;

beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-new-type-'));
  for (const dir of ['server/src', 'client/src']) {
    fs.cpSync(path.join(ROOT, dir), path.join(copy, dir), { recursive: true, filter: (p) => !p.includes('__tests__') });
  }
  // Packages resolve from the copy as from the repository.
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  insertBefore('server/src/model/relationships.ts', END_OF_TYPES, DECLARATION);
  insertBefore('server/src/model/records.ts', END_OF_SCHEMAS, RECORD);
});

afterAll(() => {
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

describe(`a new relationship type (${TYPE}) declared only in the model`, () => {
  const france = { id: 'state:FRA', kind: 'State', name: 'France' };
  const notPetya = { id: 'incident:notpetya', kind: 'Incident', name: 'NotPetya' };

  it('reads as its own sentence, both ways', async () => {
    const { phrase } = await load<typeof Sentences>('server/src/graphql/explain/sentences.ts');
    expect(phrase(TYPE, true, { date: '2017-06-27' }, notPetya as never)).toBe('claims damage from NotPetya on 2017-06-27');
    expect(phrase(TYPE, false, {}, france as never)).toBe('is said by France to have damaged it');
  });

  it('weighs its own weight in paths and ranks by its own rank at hubs', async () => {
    const { hopWeight } = await load<typeof Rank>('server/src/graphql/paths/rank.ts');
    // 0.7 × the type's weight + 0.3 × the weakest source weight (0.3): not the 0.3 of an unknown type.
    expect(hopWeight(TYPE, [])).toBeCloseTo(0.7 * 0.45 + 0.3 * 0.3, 6);
    const { TYPE_RANK } = await load<typeof Neighbourhood>('server/src/graphql/resolvers/neighbourhood.ts');
    expect(TYPE_RANK[TYPE]).toBe(99);
  });

  it('is counted by stats (zero when the graph has none)', async () => {
    const { stats } = await load<typeof Lookup>('server/src/graphql/resolvers/lookup.ts');
    // The count store's answer (cypher/queries/stats.cypher names no type: one-home.test.ts).
    const answer = (rows: unknown[]) => ({ read: async () => [{ nodeCount: 0, relationshipCount: 2, nodesByLabel: [], relationshipsByType: rows }] }) as never;
    const counted = await stats(null, {}, answer([{ type: TYPE, count: 2 }]));
    expect(counted.relationshipsByType).toContainEqual({ type: TYPE, count: 2 });
    const none = await stats(null, {}, answer([]));
    expect(none.relationshipsByType).toContainEqual({ type: TYPE, count: 0 });
  });

  it('is a value of the GraphQL enum RelationshipType, and has timeline events', async () => {
    const { vocabularySdl } = await load<typeof Sdl>('server/src/model/sdl.ts');
    const sdl = vocabularySdl();
    const body = sdl.slice(sdl.indexOf('enum RelationshipType {'), sdl.indexOf('}', sdl.indexOf('enum RelationshipType {')));
    expect(body).toMatch(new RegExp(`\\n  ${TYPE}\\n`));
    const { RELATIONSHIP_EVENTS } = await load<typeof Relationships>('server/src/model/relationships.ts');
    expect(RELATIONSHIP_EVENTS).toContainEqual({ type: TYPE, field: 'date', what: 'damage-claim' });
  });

  it("is in the client's list of types (legend and filters) with its label", async () => {
    const client = await load<typeof ClientTypes>('client/src/types.ts');
    expect(client.REL_TYPES).toContain(TYPE);
    expect(client.typeLabel(TYPE)).toBe('claims damage from');
  });

  it('is in the data README tables and JSON Schemas, and the check of generated files sees them stale', async () => {
    const { generatedFiles } = await load<typeof Generated>('server/src/model/generated.ts');
    const files = generatedFiles(ROOT);
    const readme = files.find((f) => f.path === 'data/README.md')!;
    expect(readme.content).toContain(`| \`${TYPE}\` | State → Incident | context |`);
    const stale = files.filter((f) => f.content !== fs.readFileSync(path.join(ROOT, f.path), 'utf8')).map((f) => f.path);
    expect(stale).toEqual(expect.arrayContaining(['data/README.md', 'server/src/graphql/vocabulary.graphql']));
    expect(files.some((f) => f.path.startsWith('data/schema/') && f.content.includes(TYPE))).toBe(true);
  });

  it('does not compile without a sentence, or without its record shape; compiles when complete', { timeout: 120_000 }, async () => {
    const complete = variant('complete', (d, r) => [d, r]);
    const noForward = variant('no-forward', (d, r) => [d.replace(/ {4}forward: .*\n/, ''), r]);
    const noRecord = variant('no-record', (d) => [d, '']);
    const output = await compileVariants();
    // One entry per error: its first line names the file, indented lines go on with the message.
    const entries = output.split(/\n(?=\S)/);
    const errorsIn = (dir: string) => entries.filter((e) => e.startsWith(dir)).join('\n');
    expect(errorsIn(complete)).toBe('');
    expect(errorsIn(noForward)).toMatch(/relationships\.ts\(\d+,\d+\): error TS\d+/);
    expect(errorsIn(noForward)).toContain("'forward'");
    expect(errorsIn(noRecord)).toMatch(/records\.ts\(\d+,\d+\): error TS\d+/);
    expect(errorsIn(noRecord)).toContain(TYPE);
    // Nothing else failed to compile (the errors above are the only ones).
    expect(entries.filter((e) => /error TS/.test(e) && !e.startsWith(noForward) && !e.startsWith(noRecord))).toEqual([]);
  });
});
