/** The profile pages' escaping: every character that can open markup or close an attribute, and URL schemes. */
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, link, raw, safeUrl } from '../html.ts';

describe('html escaping', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('escapes every interpolated value, leaves literal parts and Html values alone', () => {
    const name = '<img src=x onerror=alert(1)>';
    const out = html`<p title="${name}">${name}${raw('<br>')}</p>`.text;
    expect(out).toBe('<p title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;<br></p>');
  });

  it('joins arrays, drops null, undefined and false, prints numbers', () => {
    expect(html`${['<a>', raw('<b>')]}${null}${undefined}${false}${0}`.text).toBe('&lt;a&gt;<b>0');
  });

  it('a quote cannot close an attribute', () => {
    const out = html`<a title="${'" onmouseover="alert(1)'}">x</a>`.text;
    expect(out).not.toContain('" onmouseover');
  });
});

describe('links', () => {
  it('keeps http(s) URLs and same-site paths', () => {
    expect(safeUrl('https://undocs.org/A/70/174')).toBe('https://undocs.org/A/70/174');
    expect(safeUrl('/entity/state%3AKEN')).toBe('/entity/state%3AKEN');
  });

  it('refuses javascript:, data:, protocol-relative and junk', () => {
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>', '//evil.example/x', 'vbscript:x', 'not a url', ''])
      expect(safeUrl(bad)).toBeNull();
  });

  it('prints the text without a link when the URL is refused', () => {
    expect(link('javascript:alert(1)', '<x>').text).toBe('&lt;x&gt;');
    expect(link('https://a.example/?q="x"', 'a').text).toBe('<a href="https://a.example/?q=%22x%22">a</a>');
  });
});
