/**
 * GET /entity/<id>: server-rendered profile pages over HTTP against the real Neo4j (test data =
 * data/): a state's standing with quotes and sources, identifiers and their links, the cite
 * block naming the loaded data version, every relationship of a hub, 404 pages for unknown and
 * hostile ids, and the app's security headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startApi, type Api } from './support.ts';

let api: Api;
let dataVersion: string;
const pages = new Map<string, { status: number; headers: Headers; body: string }>();

async function get(path: string) {
  if (!pages.has(path)) {
    const res = await fetch(`${api.url}${path}`);
    // Whitespace between tags and runs of it collapsed (the templates are formatted by Prettier).
    const body = (await res.text()).replace(/\s+/g, ' ').replace(/> </g, '><');
    pages.set(path, { status: res.status, headers: res.headers, body });
  }
  return pages.get(path)!;
}

/** The text of one element with this id (tables and sections are found by id). */
function section(body: string, id: string): string {
  const start = body.indexOf(`id="${id}"`);
  expect(start, `no element with id ${id}`).toBeGreaterThan(-1);
  const end = body.indexOf('</table>', start);
  return body.slice(start, end === -1 ? undefined : end);
}

beforeAll(async () => {
  api = await startApi();
  // A cold Neo4j on a busy machine can answer 'unavailable' at first: wait until it reads.
  const until = Date.now() + 120_000;
  let res = await api.gql('{ stats { dataVersion } }');
  while (res.status === 503 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 2000));
    res = await api.gql('{ stats { dataVersion } }');
  }
  dataVersion = (dataOf(res) as { stats: { dataVersion: string } }).stats.dataVersion;
});
afterAll(async () => {
  await api?.close();
});

describe('profile page of a state (Kenya)', () => {
  it('is an accessible HTML page with the app’s CSP, no script', async () => {
    const page = await get('/entity/state:KEN');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.body).toMatch(/^<!doctype html><html lang="en">/);
    expect(page.body).toContain('<h1>Kenya</h1>');
    expect(page.body).not.toContain('<script');
    for (const landmark of ['role="banner"', '<main id="main">', 'role="contentinfo"']) expect(page.body).toContain(landmark);
  });

  it('names its identifiers: QID with a Wikidata link, ISO codes', async () => {
    const { body } = await get('/entity/state:KEN');
    expect(body).toContain('<a href="https://www.wikidata.org/wiki/Q114">Q114</a>');
    expect(body).toContain('<dd>KEN</dd>');
    expect(body).toContain('<dd>404</dd>');
  });

  it('shows its standing toward due diligence: via the African Union, with the quote and its source', async () => {
    const row = section(await get('/entity/state:KEN').then((p) => p.body), 'standing-duties');
    const dd = row.slice(row.indexOf('data-norm="duty:due-diligence"'));
    expect(dd).toContain('via organisation');
    expect(dd.slice(0, dd.indexOf('</tr>'))).toMatch(/<q>[^<]{10,}<\/q>/);
    expect(dd.slice(0, dd.indexOf('</tr>'))).toContain('href="/entity/org%3Aau"');
  });

  it('lists treaty status, memberships and the attributions section', async () => {
    const { body } = await get('/entity/state:KEN');
    expect(section(body, 'standing-treaties')).toContain('data-norm="instrument:budapest-convention"');
    expect(section(body, 'memberships-table')).toContain('href="/entity/org%3Aau"');
    expect(body).toContain('<h2 id="attributions">Attributions</h2>');
  });

  it('has a cite block with the loaded data version and the day accessed, and a link into the explorer', async () => {
    const { body } = await get('/entity/state:KEN');
    const cite = section(body, 'citation');
    expect(cite).toContain(`data version <code>${dataVersion}</code>`);
    expect(cite).toContain(`(accessed ${new Date().toISOString().slice(0, 10)})`);
    expect(cite).toContain(`${api.url}/entity/state:KEN`);
    expect(body).toContain('<a href="/#r=state:KEN&amp;s=state:KEN">');
  });
});

describe('profile pages of other kinds', () => {
  it('a UN report links its symbol to undocs.org', async () => {
    const { status, body } = await get('/entity/instrument:gge-report-2015');
    expect(status).toBe(200);
    expect(body).toContain('<a href="https://undocs.org/A/70/174">A/70/174</a>');
  });

  it('a hub lists every relationship, grouped by type with sources', async () => {
    const res = dataOf(await api.gql('{ entity(id: "org:unga") { relationships(first: 1) { totalCount } } }')) as {
      entity: { relationships: { totalCount: number } };
    };
    const total = res.entity.relationships.totalCount;
    expect(total).toBeGreaterThan(100);
    const { body } = await get('/entity/org:unga');
    const rows = body.slice(body.indexOf('<h2 id="rels">'), body.indexOf('<h2 id="cite">')).match(/<tr><th scope="row">/g) ?? [];
    expect(rows).toHaveLength(total);
    expect(body).toContain('id="rel-member_of-in"');
  });

  it('a paper links its DOI', async () => {
    const res = dataOf(await api.gql('{ entities(kind: Paper, first: 100) { edges { node { id ... on Paper { doi } } } } }')) as {
      entities: { edges: { node: { id: string; doi: string | null } }[] };
    };
    const paper = res.entities.edges.map((e) => e.node).find((p) => p.doi);
    expect(paper).toBeDefined();
    const { body } = await get(`/entity/${encodeURIComponent(paper!.id)}`);
    expect(body).toContain(`<a href="https://doi.org/${paper!.doi}">`);
  });
});

describe('ids the graph does not hold', () => {
  it('an unknown id is a 404 HTML page, not a stack trace', async () => {
    const page = await get('/entity/state:XXX');
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.body).toContain('No entity with this id');
    expect(page.body).not.toMatch(/at \w+ \(|Error:/);
  });

  it('a hostile id is escaped in the 404 page', async () => {
    const page = await get(`/entity/${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(page.status).toBe(404);
    expect(page.body).not.toContain('<script>');
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('an overlong id is a 404 page too (the API refuses it as bad input)', async () => {
    const page = await get(`/entity/state:${'A'.repeat(400)}`);
    expect(page.status).toBe(404);
  });
});

describe('rate limit', () => {
  it('pages get a twentieth of the API budget per minute (a page runs ~40 operations)', async () => {
    const small = await startApi({ env: { RATE_LIMIT_PER_MINUTE: '200' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await fetch(`${small.url}/entity/state:XXX`)).status);
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
      expect(statuses[10]).toBe(429);
    } finally {
      await small.close();
    }
  });
});
