import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, toCsv, toJson, type Subset } from '../tabular.ts';

const subset: Subset = {
  nodes: [
    { id: 'state:FRA', kind: 'State', label: 'France', degree: 12, validFrom: null, x: 10.4, y: -3.6 },
    { id: 'duty:due-diligence', kind: 'Duty', label: 'Due diligence (cyber)', degree: 40, validFrom: null, x: 0, y: 0 },
    { id: 'state:CIV', kind: 'State', label: "Côte d'Ivoire", degree: 1, validFrom: null, x: 5, y: 5 },
  ],
  edges: [
    {
      id: 'HOLDS_POSITION|state:FRA|duty:due-diligence',
      source: 'state:FRA',
      target: 'duty:due-diligence',
      type: 'HOLDS_POSITION',
      stance: 'BINDING',
      validFrom: '2019-09-09',
      validTo: null,
      properties: { paragraph: 'section on due diligence' },
      evidence: [
        {
          source: null,
          sourceRef: 'https://cyberlaw.ccdcoe.org/wiki/Due_diligence',
          url: 'https://cyberlaw.ccdcoe.org/wiki/Due_diligence',
          locator: 'Definition, 3rd paragraph',
          quote: 'This view has also been endorsed by a growing number of States, including',
        },
        {
          source: { id: 'document:seed-000', kind: 'Document', name: 'Seed 000' },
          sourceRef: 'document:seed-000',
          url: null,
          locator: 'line 1, "quoted"',
          quote: '=cmd|calc',
        },
      ],
    },
  ],
};

/** Minimal RFC 4180 reader for the assertions. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('writes one row per relationship plus one per node without relationships', () => {
    const rows = parseCsv(toCsv(subset));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const [, rel, lone] = rows;
    expect(rel!.slice(0, 8)).toEqual(['state:FRA', 'France', 'State', 'HOLDS_POSITION', 'binding', 'duty:due-diligence', 'Due diligence (cyber)', 'Duty']);
    expect(rel![10]).toBe('https://cyberlaw.ccdcoe.org/wiki/Due_diligence | document:seed-000');
    expect(rel![11]).toBe('Definition, 3rd paragraph | line 1, "quoted"');
    expect(lone!.slice(0, 3)).toEqual(['state:CIV', "Côte d'Ivoire", 'State']);
    expect(lone).toHaveLength(CSV_COLUMNS.length);
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  it('ends every row with CRLF', () => {
    const text = toCsv(subset);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);
  });
});

describe('JSON export', () => {
  it('keeps ids, kinds, positions and evidence, and drops internal fields', () => {
    const j = JSON.parse(toJson(subset, { view: 'http://x/#s=state:FRA', exportedAt: '2025-01-01T00:00:00.000Z' }));
    expect(j.view).toBe('http://x/#s=state:FRA');
    expect(j.nodes[0]).toEqual({ id: 'state:FRA', kind: 'State', label: 'France', degree: 12, validFrom: null, x: 10, y: -4 });
    expect(j.edges[0].evidence[1]).toEqual({ sourceRef: 'document:seed-000', url: null, locator: 'line 1, "quoted"', quote: '=cmd|calc' });
    expect(j.edges[0].stance).toBe('BINDING');
  });
});
