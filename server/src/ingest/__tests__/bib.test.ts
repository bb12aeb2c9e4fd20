import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importPapers, normaliseTitle, parseBibliography } from '../bib.ts';
import { prepareData } from '../index.ts';
import { tempDataDir } from '../../../../tests/support/data-dirs.ts';

const BIBTEX = `@article{buchan2016,
  title = {Cyberspace, Non-State Actors and the Obligation to Prevent Transboundary Harm},
  author = {Buchan, Russell},
  journal = {Journal of Conflict and Security Law},
  volume = {21}, number = {3}, pages = {429--453}, year = {2016},
  doi = {10.1093/jcsl/krw011}
}`;
const RIS = `TY  - JOUR
TI  - "Cyber Due Diligence": A Patchwork of Protective Obligations in International Law
AU  - Coco, Antonio
AU  - de Souza Dias, Talita
PY  - 2021
JO  - European Journal of International Law
VL  - 32
IS  - 3
SP  - 771
EP  - 806
DO  - 10.1093/ejil/chab056
ER  - 
`;
const CSL = JSON.stringify([{ type: 'article-journal', title: 'A Test Paper on Norms', author: [{ family: 'Doe', given: 'Jane' }], issued: { 'date-parts': [[2020]] }, URL: 'https://example.org/paper', 'container-title': 'Journal of Tests' }]);

describe('paper import', () => {
  it('reads BibTeX', () => {
    const { records, errors } = parseBibliography(BIBTEX, 'refs.bib');
    expect(errors).toEqual([]);
    expect(records[0]).toMatchObject({ id: 'paper:10.1093/jcsl/krw011', authors: ['Buchan, Russell'], year: 2016, venue: 'Journal of Conflict and Security Law', volume: '21', issue: '3', doi: '10.1093/jcsl/krw011' });
    expect(records[0]!.sources).toEqual([{ source: 'https://doi.org/10.1093/jcsl/krw011', locator: 'imported from refs.bib', curation: 'secondary' }]);
  });

  it('reads RIS', () => {
    const { records } = parseBibliography(RIS, 'refs.ris');
    expect(records[0]).toMatchObject({ id: 'paper:10.1093/ejil/chab056', authors: ['Coco, Antonio', 'de Souza Dias, Talita'], year: 2021 });
  });

  it('reads CSL-JSON (a Zotero export) and cites the URL when there is no DOI', () => {
    const { records } = parseBibliography(CSL, 'zotero.json');
    expect(records[0]).toMatchObject({ id: 'paper:a-test-paper-on-norms-2020', url: 'https://example.org/paper', sources: [{ source: 'https://example.org/paper', locator: 'imported from zotero.json' }] });
  });

  it('reads a plain-text seed: title, DOI, date and abstract', () => {
    const text = readFileSync(path.resolve('data/seeds/002_d7db6387448ab0b3.txt'), 'utf8');
    const { records } = parseBibliography(text, '002_d7db6387448ab0b3.txt', 'document:seed-002');
    expect(records[0]).toMatchObject({ doi: '10.53066/mlr.2024.23.1.73', year: 2024, title: 'Practices and Implications of Regional Organizations for the Consensus on the Principle of Due Diligence under International Law in Cyberspace', sources: [{ source: 'document:seed-002', locator: 'whole document' }] });
    expect(records[0]!.abstract).toMatch(/^In cyberspace, cross-border malicious cyber operations/);
  });

  it('refuses a record with nothing to cite, and unreadable files', () => {
    expect(parseBibliography('@article{x, title={No Source}, year={2020}}', 'x.bib').errors).toEqual(['x.bib: entry 1: "No Source" has no DOI or URL to cite as its source; add one']);
    expect(parseBibliography('@article{broken, title={x', 'b.bib').errors[0]).toMatch(/^b\.bib: not readable as BibTeX, RIS or CSL-JSON/);
  });

  it('recognises duplicates by DOI or normalised title, and writes the rest to data/papers/imported.yaml', () => {
    const { dir, cleanup } = tempDataDir();
    try {
      const files = mkdtempSync(path.join(os.tmpdir(), 'bib-'));
      writeFileSync(path.join(files, 'a.bib'), BIBTEX);
      writeFileSync(path.join(files, 'b.ris'), RIS);
      writeFileSync(path.join(files, 'again.bib'), BIBTEX.replace('buchan2016', 'other').replace('10.1093/jcsl/krw011', '10.9999/other'));
      writeFileSync(path.join(files, 'mlr.bib'), '@article{m, title={PRACTICES and implications of regional organizations for the consensus on the principle of due diligence under international law in cyberspace}, url={https://example.org/m}}');
      const report = importPapers(['a.bib', 'b.ris', 'again.bib', 'mlr.bib'].map((f) => path.join(files, f)), { dataDir: dir });
      expect(report.imported.map((p) => p.id)).toEqual(['paper:10.1093/jcsl/krw011', 'paper:10.1093/ejil/chab056']);
      expect(report.duplicates.map((d) => d.of)).toEqual(['paper:10.1093/jcsl/krw011', 'paper:10.53066/mlr.2024.23.1.73']);
      const written = parse(readFileSync(path.join(dir, 'papers/imported.yaml'), 'utf8')) as unknown[];
      expect(written).toHaveLength(2);
      expect(prepareData({ dataDir: dir }).errors).toEqual([]); // imported records pass validation
      expect(normaliseTitle('“Cyber Due Diligence”: A Patchwork')).toBe('cyber due diligence a patchwork');
    } finally {
      cleanup();
    }
  });

  it('writes nothing in plan mode', () => {
    const { dir, cleanup } = tempDataDir();
    try {
      const f = path.join(mkdtempSync(path.join(os.tmpdir(), 'bib-')), 'a.bib');
      writeFileSync(f, BIBTEX);
      expect(importPapers([f], { dataDir: dir, dryRun: true }).imported).toHaveLength(1);
      expect(existsSync(path.join(dir, 'papers/imported.yaml'))).toBe(false);
    } finally {
      cleanup();
    }
  });
});
