/**
 * Entity linking on a labelled set (tests/fixtures/linking/labelled.yaml: the three seeds and
 * sentences with traps), against the real entities of data/. Prints precision and recall;
 * precision must stay at or above 0.95.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { prepareData } from '../index.ts';
import { buildLinker, passageAround } from '../link.ts';
import type { NodeRow } from '../normalize.ts';

const SEEDS = path.resolve('data/seeds');
const labelled = parse(readFileSync('tests/fixtures/linking/labelled.yaml', 'utf8')) as { id: string; text?: string; seed?: string; expect: string[] }[];
const data = prepareData({ dataDir: 'data' });
const linker = buildLinker(data.nodes);

describe('entity linking', () => {
  it('reaches precision >= 0.95 on the labelled set (and reports recall)', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const item of labelled) {
      const text = item.text ?? readFileSync(path.join(SEEDS, item.seed!), 'utf8');
      const found = new Set(linker.find(text).map((m) => m.id));
      const expected = new Set(item.expect);
      for (const id of found) {
        if (expected.has(id)) tp++;
        else {
          fp++;
          wrong.push(`${item.id}: false ${id}`);
        }
      }
      for (const id of expected) {
        if (found.has(id)) continue;
        fn++;
        wrong.push(`${item.id}: missed ${id}`);
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`entity linking on ${labelled.length} labelled texts: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})\n  ${wrong.join('\n  ')}`);
    expect(labelled.length).toBeGreaterThanOrEqual(20);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThan(0.7);
  });

  const node = (id: string, kind: NodeRow['kind'], props: Record<string, unknown>): NodeRow => ({ id, kind, props: { name: id, ...props } as NodeRow['props'] });
  const tiny = buildLinker([
    node('state:USA', 'State', { name: 'United States', aliases: ['US', 'America'], demonyms: ['American'] }),
    node('state:COD', 'State', { name: 'Democratic Republic of the Congo', demonyms: ['Congolese'] }),
    node('state:COG', 'State', { name: 'Republic of the Congo', demonyms: ['Congolese'] }),
    node('org:sco', 'Organisation', { name: 'Shanghai Cooperation Organisation', aliases: ['SCO'] }),
  ]);

  it('matches acronyms only in exact case, and longest forms first', () => {
    expect(tiny.find('tell us about the US').map((m) => m.form)).toEqual(['US']);
    expect(tiny.find('the sco and the SCO').map((m) => m.form)).toEqual(['SCO']);
    expect(tiny.find('the Democratic Republic of the Congo').map((m) => m.id)).toEqual(['state:COD']);
  });

  it('links neither entity when a form names two, and skips geographic phrases', () => {
    expect(tiny.find('Congolese officials')).toEqual([]);
    expect(tiny.find('Latin American states and North America')).toEqual([]);
    expect(tiny.find('American officials').map((m) => m.id)).toEqual(['state:USA']);
  });

  it('keeps whole words only', () => {
    expect(tiny.find('USB sticks and SCOPE')).toEqual([]);
  });

  it('quotes the sentence around a match', () => {
    const text = 'First sentence. The SCO met in 2009. Last one.';
    expect(passageAround(text, text.indexOf('SCO'), text.indexOf('SCO') + 3)).toBe('The SCO met in 2009.');
  });
});
