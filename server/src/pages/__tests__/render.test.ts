/**
 * A profile page rendered from hostile data (names, quotes, locators, URLs and ids that try to
 * inject markup or script): nothing gets through as markup, and the page keeps its structure.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../data.ts';
import { explorerLink, renderNotFound, renderProfile } from '../render.ts';

const XSS = '<script>alert(1)</script>';
const ATTR = '" onmouseover="alert(2)';
const evidence = {
  sourceRef: 'javascript:alert(3)',
  url: 'javascript:alert(4)',
  locator: `p. 1 ${XSS}`,
  quote: `quote ${ATTR}`,
  curation: 'PRIMARY',
  source: null,
};

const hostile: Profile = {
  entity: {
    __typename: 'State',
    id: `state:X${ATTR}`,
    kind: 'State',
    name: `Evilland ${XSS}`,
    aliases: [`<b>alias</b>`],
    summary: `<iframe src="//evil.example"></iframe>`,
    sources: [evidence],
    iso3: 'EVL',
    wikidata: `Q1"><script>`,
    region: XSS,
  },
  dataVersion: `v1${XSS}`,
  relationships: [
    {
      type: 'MEMBER_OF',
      direction: 'OUT',
      stance: null,
      validFrom: `2001${XSS}`,
      validTo: null,
      properties: { since: `2001${XSS}` },
      curation: 'PRIMARY',
      basis: 'LEGAL',
      other: { id: `org:${XSS}`, kind: 'Organisation', name: `Org ${ATTR} ${XSS}` },
      evidence: [evidence],
    },
  ],
  relationshipsLeftOut: 0,
  duties: [
    {
      status: 'VIA_ORGANISATION',
      verdict: `Verdict ${XSS}`,
      rule: 'r',
      limits: [XSS],
      norm: { id: `duty:${ATTR}`, name: `Norm ${XSS}` },
      bases: [
        {
          kind: 'ORGANISATION_POSITION',
          explanation: XSS,
          since: null,
          until: null,
          dateKnown: true,
          provision: XSS,
          stance: null,
          curation: null,
          via: { id: 'org:x', name: XSS },
          document: null,
          evidence: [evidence],
        },
      ],
      counterEvidence: [],
    },
  ],
  treaties: [],
  attributionsBy: [],
  attributionsTo: [],
};

describe('profile page with hostile data', () => {
  // Whitespace collapsed: the templates are formatted by Prettier, the assertions are about markup.
  const page = renderProfile(hostile, { pageUrl: `http://localhost/entity/x?${XSS}`, accessed: '2026-12-02' })
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><');

  it('lets no hostile value through as markup', () => {
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<iframe');
    expect(page).not.toContain('<b>alias');
    expect(page).not.toMatch(/ onmouseover="/);
    expect(page).not.toMatch(/href="\s*javascript:/i);
    expect(page).not.toContain('href="//');
    expect(page).toContain('Evilland &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps the structure: one h1, lang, landmarks, tables with header scopes, the cite block', () => {
    expect(page.match(/<h1>/g)).toHaveLength(1);
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<main id="main">');
    expect(page).toContain('role="contentinfo"');
    expect(page).toContain('<th scope="col">Norm</th>');
    expect(page).toContain('<th scope="row">');
    expect(page).toContain('id="citation"');
    expect(page).toContain('accessed 2026-12-02');
  });

  it('links the other end of a relationship to its own profile, escaped', () => {
    expect(page).toContain(`<a href="/entity/org%3A%3Cscript%3Ealert(1)%3C%2Fscript%3E">Org &quot; onmouseover=&quot;alert(2) &lt;script&gt;`);
  });

  it('escapes the id of a not-found page', () => {
    expect(renderNotFound(XSS)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(renderNotFound(XSS)).not.toContain('<script>');
  });

  it('links into the explorer in its fragment format', () => {
    expect(explorerLink('state:KEN')).toBe('/#r=state:KEN&s=state:KEN');
    expect(explorerLink('paper:a&b')).toBe('/#r=paper:a%26b&s=paper:a%26b');
  });
});
