/**
 * The repository is self-contained: the graph comes from data/ alone, so a clone with no
 * shared/ folder beside it (the seed documents the project started from) loads the same data
 * version, with the same entities and relationships, MENTIONS from linking the seed texts included.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareData } from '../index.ts';

const countBy = (rows: { kind?: string; type?: string }[]) => rows.reduce<Record<string, number>>((acc, r) => ((acc[(r.kind ?? r.type)!] = (acc[(r.kind ?? r.type)!] ?? 0) + 1), acc), {});

describe('a clone anywhere builds the same graph', () => {
  it('gives the same data version and counts from a copy of data/ with no shared/ folder anywhere near it', () => {
    const here = prepareData({ dataDir: 'data' });
    expect(here.errors).toEqual([]);
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-clone-'));
    try {
      cpSync('data', path.join(tmp, 'repo/data'), { recursive: true });
      const there = prepareData({ dataDir: path.join(tmp, 'repo/data') });
      expect(there.errors).toEqual([]);
      expect(there.dataVersion).toBe(here.dataVersion);
      expect(countBy(there.nodes)).toEqual(countBy(here.nodes));
      expect(countBy(there.rels)).toEqual(countBy(here.rels));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    // What the seed texts give: their full text is linked into MENTIONS.
    const fromSeeds = here.rels.filter((r) => r.type === 'MENTIONS' && r.from.startsWith('document:seed-'));
    expect(fromSeeds.length).toBeGreaterThan(10);
    expect(here.nodes.find((n) => n.id === 'document:seed-004')?.props.text).toMatch(/cyber/i);
  });

  it('has no product, test or CI file that reads the shared/ folder', () => {
    const needle = ['..', 'shared'].join('/');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (['node_modules', 'dist', 'target', 'results', 'corpus', '.git'].includes(name)) continue;
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(ts|js|mjs|json|ya?ml|cypher|sh)$|^run$/.test(name) && readFileSync(full, 'utf8').includes(needle)) offenders.push(full);
      }
    };
    for (const dir of ['server', 'client', 'tests', 'bench', '.ci']) walk(dir);
    expect(offenders).toEqual([]);
  });
});
