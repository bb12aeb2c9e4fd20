/**
 * The importer CSV writer (bulk-csv.ts) without Neo4j: quoting, lists, labels, the manifest, and
 * which values become fix-ups (what CSV or the importer's trimming cannot carry). That the
 * importer reads these files back into the same graph is tested in tests/integration/bulk-load.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeImportFiles } from '../bulk-csv.ts';
import type { StoredDegrees } from '../degrees.ts';
import type { NodeRow, RelRow } from '../normalize.ts';

const D = '\u001f';
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(nodes: NodeRow[], rels: RelRow[] = [], degrees?: Map<string, StoredDegrees>) {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bulk-csv-'));
  const out = writeImportFiles(dir, { nodes, rels }, { degrees });
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  return { ...out, read };
}

const node = (id: string, props: NodeRow['props']): NodeRow => ({ id, kind: 'State', props: { id, kind: 'State', ...props } });

describe('writeImportFiles', () => {
  it('writes typed headers, quoted strings, lists joined by U+001F and both labels', () => {
    const { read } = write([node('state:A', { name: 'A "quoted", two\nlines', year: 2020, ok: true, ev_quotes: ['q1', '', 'q2'], none: null })]);
    expect(read('nodes-0-header.csv')).toBe(':ID,:LABEL,ev_quotes:string[],id:string,kind:string,name:string,ok:boolean,year:double\n');
    expect(read('nodes-0.csv')).toBe(`"state:A","Entity${D}State","q1${D}${D}q2","state:A","State","A ""quoted"", two\nlines",true,2020\n`);
  });

  it('writes a list of one empty string as a blank (the importer trims it to ""), and fixes up empty lists and untrimmable strings', () => {
    const out = write([node('state:A', { ev_quotes: [''], aliases: [], name: ' padded', tags: ['x '] })]);
    expect(out.read('nodes-0.csv')).toBe(`"state:A","Entity${D}State",," ","state:A","State",,\n`);
    expect(out.fixups.nodes).toEqual([{ id: 'state:A', props: { aliases: [], name: ' padded', tags: ['x '] } }]);
  });

  it('fixes up a value whose type differs from its column (typed by the first row)', () => {
    const out = write([node('state:A', { code: 'x' }), node('state:B', { code: 7 })]);
    expect(out.fixups.nodes).toEqual([{ id: 'state:B', props: { code: 7 } }]);
  });

  it('writes relationships with their ends and type, and a manifest naming every file with the format options', () => {
    const rel: RelRow = { key: 'MEMBER_OF|state:A|org:b|', type: 'MEMBER_OF', from: 'state:A', to: 'org:b', props: { key: 'MEMBER_OF|state:A|org:b|', ev_quotes: [''] } };
    const out = write([node('state:A', {})], [rel]);
    expect(out.read('rels-0-header.csv')).toBe(':START_ID,:END_ID,:TYPE,ev_quotes:string[],key:string\n');
    expect(out.read('rels-0.csv')).toBe('"state:A","org:b","MEMBER_OF"," ","MEMBER_OF|state:A|org:b|"\n');
    const manifest = out.read('import.args').split('\n');
    expect(manifest).toContain(`--nodes=${path.join(dir, 'nodes-0-header.csv')},${path.join(dir, 'nodes-0.csv')}`);
    expect(manifest).toContain(`--relationships=${path.join(dir, 'rels-0-header.csv')},${path.join(dir, 'rels-0.csv')}`);
    expect(manifest).toEqual(expect.arrayContaining(['--id-type=string', '--array-delimiter=U+001F', '--trim-strings=true', '--multiline-fields=true']));
  });

  it('writes stored degrees as four more columns, counts as long[]; an empty list neither types a column nor is written', () => {
    const none = { degTypes: [], degCounts: [], nbrKinds: [], nbrCounts: [] };
    const some = { degTypes: ['S', 'T'], degCounts: [2, 10], nbrKinds: ['K'], nbrCounts: [3] };
    const out = write([node('state:A', {}), node('state:B', {})], [], new Map([['state:A', none], ['state:B', some]]));
    expect(out.read('nodes-0-header.csv')).toBe(':ID,:LABEL,degCounts:long[],degTypes:string[],id:string,kind:string,nbrCounts:long[],nbrKinds:string[]\n');
    expect(out.read('nodes-0.csv').split('\n')[1]).toBe(`"state:B","Entity${D}State","2${D}10","S${D}T","state:B","State","3","K"`);
    expect(out.fixups.nodes).toEqual([{ id: 'state:A', props: none }]);
  });

  it('refuses an id the importer would trim', () => {
    expect(() => write([node(' state:A', {})])).toThrow(/surrounding whitespace/);
  });
});
