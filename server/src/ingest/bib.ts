/**
 * Paper import: BibTeX, RIS and CSL-JSON (e.g. a Zotero export) through citation-js, and
 * plain-text documents such as the seeds (title on the first line, DOI, date and abstract
 * recognised). Records become Paper records appended to data/papers/imported.yaml, so the
 * curated data stays the single source of truth and the next sync keeps them.
 *
 * Duplicates are recognised by DOI (case-insensitive) or by normalised title, against the
 * papers already in data/ and within the import. Every imported record cites where it comes
 * from: its DOI link or URL, or the seed Document for a seed file. A record with nothing to
 * cite is refused with a message, never imported without provenance.
 *
 * @example
 * parseBibliography(readFileSync('refs.bib', 'utf8'), 'refs.bib'); // { records: [{ id: 'paper:10.1093/jcsl/krw011', ... }], errors: [] }
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { readDataFolder } from './read.ts';
import { decodeUtf8 } from './read.ts';

export interface PaperDraft {
  id: string;
  title: string;
  authors: string[];
  year?: number;
  venue?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  url?: string;
  abstract?: string;
  language?: string;
  publisher?: string;
  sources: { source: string; locator: string; curation: 'secondary' }[];
}

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

interface CslItem {
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: { 'date-parts'?: (number | string)[][]; raw?: string };
  'container-title'?: string;
  volume?: string | number;
  issue?: string | number;
  page?: string;
  DOI?: string;
  URL?: string;
  abstract?: string;
  language?: string;
  publisher?: string;
}

const DOI_RE = /\b(10\.\d{4,9}\/[^\s"<>]+[^\s"<>.,;)])/;

export function normaliseTitle(title: string): string {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function slug(s: string): string {
  return normaliseTitle(s).split(' ').slice(0, 8).join('-');
}

function nameOf(n: CslName): string {
  return n.literal ?? [n.family, n.given].filter(Boolean).join(', ');
}

function citeFor(doi: string | undefined, url: string | undefined, file: string, seedDocument?: string): PaperDraft['sources'] | undefined {
  const locator = `imported from ${path.basename(file)}`;
  // Imported metadata is a reference list's summary of the paper, not a curator's reading of it.
  if (seedDocument) return [{ source: seedDocument, locator: 'whole document', curation: 'secondary' }];
  if (doi) return [{ source: `https://doi.org/${doi}`, locator, curation: 'secondary' }];
  if (url && /^https?:\/\//.test(url)) return [{ source: url, locator, curation: 'secondary' }];
  return undefined;
}

function fromCsl(item: CslItem, file: string): PaperDraft | string {
  const title = item.title?.replace(/\s+/g, ' ').trim();
  if (!title) return 'an entry without a title';
  const doi = item.DOI?.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '').trim();
  const sources = citeFor(doi, item.URL, file);
  if (!sources) return `"${title}" has no DOI or URL to cite as its source; add one`;
  const year = Number(item.issued?.['date-parts']?.[0]?.[0]);
  const draft: PaperDraft = {
    id: doi ? `paper:${doi.toLowerCase()}` : `paper:${slug(title)}${Number.isFinite(year) ? `-${year}` : ''}`,
    title,
    authors: (item.author ?? []).map(nameOf).filter(Boolean),
    sources,
  };
  if (Number.isFinite(year)) draft.year = year;
  if (item['container-title']) draft.venue = item['container-title'];
  if (item.volume !== undefined) draft.volume = String(item.volume);
  if (item.issue !== undefined) draft.issue = String(item.issue);
  if (item.page) draft.pages = item.page;
  if (doi) draft.doi = doi;
  if (item.URL) draft.url = item.URL;
  if (item.abstract) draft.abstract = item.abstract.trim();
  if (item.language) draft.language = item.language;
  if (item.publisher) draft.publisher = item.publisher;
  return draft;
}

/** A plain-text document: first line the title, a DOI and an ISO date if present, the abstract after "Abstract". */
export function parsePlainText(text: string, file: string, seedDocument?: string): PaperDraft | string {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const title = lines.find(Boolean);
  if (!title) return 'the file is empty';
  const doi = DOI_RE.exec(text)?.[1];
  const date = /\b(\d{4})-\d{2}-\d{2}\b/.exec(text);
  const abstract = /Abstract\s*:?\s*\n?([\s\S]+?)(?:\n\s*\n|$)/i.exec(text)?.[1]?.replace(/\s+/g, ' ').trim();
  const sources = citeFor(doi, undefined, file, seedDocument);
  if (!sources) return `"${title.slice(0, 80)}" has no DOI to cite as its source; add one or import it as a BibTeX/RIS record with a URL`;
  const draft: PaperDraft = { id: doi ? `paper:${doi.toLowerCase()}` : `paper:${slug(title)}`, title, authors: [], sources };
  if (doi) draft.doi = doi;
  if (date) draft.year = Number(date[1]);
  if (abstract) draft.abstract = abstract;
  return draft;
}

/** Parses one bibliographic file of any supported format. */
export function parseBibliography(text: string, file: string, seedDocument?: string): { records: PaperDraft[]; errors: string[] } {
  const trimmed = text.trim();
  const looksStructured = /^(@\w+\s*\{|TY {2}- |\[|\{)/m.test(trimmed.slice(0, 2000));
  if (!looksStructured) {
    const one = parsePlainText(text, file, seedDocument);
    return typeof one === 'string' ? { records: [], errors: [`${file}: ${one}`] } : { records: [one], errors: [] };
  }
  let items: CslItem[];
  try {
    items = new Cite(trimmed).data as CslItem[];
  } catch (err) {
    return { records: [], errors: [`${file}: not readable as BibTeX, RIS or CSL-JSON (${(err as Error).message})`] };
  }
  const records: PaperDraft[] = [];
  const errors: string[] = [];
  items.forEach((item, i) => {
    const r = fromCsl(item, file);
    if (typeof r === 'string') errors.push(`${file}: entry ${i + 1}: ${r}`);
    else records.push(r);
  });
  return { records, errors };
}

export interface ImportReport {
  imported: PaperDraft[];
  duplicates: { draft: PaperDraft; of: string }[];
  errors: string[];
  lines: string[];
}

/** Imports files into data/papers/imported.yaml (unless dryRun), skipping known papers. */
export function importPapers(files: string[], opts: { dataDir: string; dryRun?: boolean }): ImportReport {
  const existing = readDataFolder(opts.dataDir).records;
  const byDoi = new Map<string, string>();
  const byTitle = new Map<string, string>();
  const seedDocs = new Map<string, string>();
  for (const r of existing) {
    const d = r.data as Record<string, unknown>;
    if (r.kind === 'Paper') {
      if (typeof d.doi === 'string') byDoi.set(d.doi.toLowerCase(), String(d.id));
      if (typeof d.title === 'string') byTitle.set(normaliseTitle(d.title), String(d.id));
    }
    if (r.kind === 'Document' && typeof d.file === 'string') seedDocs.set(d.file, String(d.id));
  }
  const report: ImportReport = { imported: [], duplicates: [], errors: [], lines: [] };
  for (const file of files) {
    if (!existsSync(file)) {
      report.errors.push(`${file}: no such file`);
      continue;
    }
    const { text, error } = decodeUtf8(readFileSync(file), file);
    if (error || text === undefined) {
      report.errors.push(`${file}: ${error?.message}`);
      continue;
    }
    const parsed = parseBibliography(text, file, seedDocs.get(path.basename(file)));
    report.errors.push(...parsed.errors);
    for (const draft of parsed.records) {
      const dup = (draft.doi && byDoi.get(draft.doi.toLowerCase())) || byTitle.get(normaliseTitle(draft.title));
      if (dup) {
        report.duplicates.push({ draft, of: dup });
        continue;
      }
      report.imported.push(draft);
      if (draft.doi) byDoi.set(draft.doi.toLowerCase(), draft.id);
      byTitle.set(normaliseTitle(draft.title), draft.id);
    }
  }
  const target = path.join(opts.dataDir, 'papers', 'imported.yaml');
  if (report.imported.length && !opts.dryRun) {
    mkdirSync(path.dirname(target), { recursive: true });
    const before = existsSync(target) ? ((parseYaml(readFileSync(target, 'utf8')) as unknown[] | null) ?? []) : [];
    writeFileSync(target, `# Imported with \`npm run ingest -- --papers\`. Review like any other data file.\n${stringifyYaml([...before, ...report.imported], { lineWidth: 0 })}`);
  }
  report.lines = [
    `Papers: ${report.imported.length} ${opts.dryRun ? 'would be imported' : `imported into ${path.relative(process.cwd(), target)}`}, ${report.duplicates.length} already known, ${report.errors.length} refused.`,
    ...report.duplicates.map((d) => `  duplicate: "${d.draft.title.slice(0, 70)}" is ${d.of}`),
    ...report.errors.map((e) => `  refused: ${e}`),
  ];
  return report;
}
