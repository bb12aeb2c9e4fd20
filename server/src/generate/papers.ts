/**
 * Synthetic scholarship: papers with authors, short titles and abstracts that name entities of
 * the world (so entity linking derives mentions from them, as it does for real papers), the
 * citations between papers with their stances, and the papers' stances on duties.
 *
 * Abstracts are kept to one or two sentences: linking scans every title and abstract with one
 * large regular expression, and the benchmark is about loading, not about regex time.
 *
 * Papers are numbered in order of year, and a paper cites only earlier ones, mostly the
 * well-cited "classics" (low numbers), as real citation graphs do: that gives the graph hubs.
 *
 * @example
 * const { tables } = buildPapers(plan, rng, world);
 */
import { displayName, personId } from '../ingest/normalize.ts';
import { TYPE_FOR } from '../model/vocabulary.ts';
import { authorName, CLAIMS, TOPICS, VENUES, VERBS, synId } from './names.ts';
import type { CorpusPlan } from './plan.ts';
import { pad, type Rng } from './prng.ts';
import { table, type Table } from './table.ts';
import { catalogueSource, type Named, type World } from './world.ts';

export interface Papers {
  ids: string[];
  tables: Table[];
  /** Author slots written (each becomes an authorship relationship at ingest). */
  authorships: number;
}

const CITATION_STANCES = [
  ['mentioning', 0.7],
  ['supporting', 0.2],
  ['contrasting', 0.1],
] as const;
const PAPER_STANCES = [
  ['supports', 0.45],
  ['contrasts', 0.25],
  ['mentions', 0.3],
] as const;
const AUTHOR_COUNTS = [
  [1, 0.3],
  [2, 0.35],
  [3, 0.2],
  [4, 0.15],
] as const;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** An entity a paper talks about, with the form the text uses (organisations sometimes by acronym). */
function mentionOf(rng: Rng, world: World): { target: Named; form: string; context: string } {
  const kind = rng.weighted([
    ['state', 0.4],
    ['instrument', 0.25],
    ['duty', 0.2],
    ['org', 0.15],
  ] as const);
  if (kind === 'org') {
    const org = rng.pick(world.organisations);
    const form = rng.chance(0.5) ? org.acronym : org.name;
    return { target: org, form, context: `in the practice of ${form}` };
  }
  if (kind === 'instrument') {
    const ins = rng.pick(world.instruments);
    const form = rng.chance(0.3) ? ins.symbol : ins.name;
    return { target: ins, form, context: `under ${form}` };
  }
  const target = rng.pick(kind === 'state' ? world.states : world.duties);
  return { target, form: target.name, context: kind === 'state' ? `in the practice of ${target.name}` : `as an element of ${target.name}` };
}

export function buildPapers(plan: CorpusPlan, rng: Rng, world: World): Papers {
  const r = rng.fork('papers');
  // Years first, sorted, so that paper numbers follow time and citations point backwards.
  const years = Array.from({ length: plan.papers }, () => Math.min(2025, 1995 + Math.floor(31 * Math.sqrt(r.next())))).sort((a, b) => a - b);
  const ids = years.map((_, i) => synId('paper', i + 1, 6));

  const papers = table('papers/papers', [
    'id',
    'title',
    'authors',
    'year',
    'venue',
    'volume',
    'issue',
    'pages',
    'doi',
    'abstract',
    'language',
    ...['source', 'locator'],
  ]);
  const discusses = table('relations/scholarship-stances', ['type', 'from', 'to', 'stance', 'claim', 'source', 'locator']);
  let authorships = 0;
  const mentioned: Named[][] = [];
  const titles = new Set<string>();

  for (let i = 0; i < plan.papers; i++) {
    const a = mentionOf(r, world);
    const b = mentionOf(r, world);
    const topic = r.pick(TOPICS);
    // A title is used once: ingestion refuses two papers of one title, year and author (plausible.ts),
    // and at scale 0.1 the draw gave the same topic and entity twice; the numbered form is unique.
    const short = `${capitalise(topic)} and ${a.form}`;
    const title = r.chance(0.7) && !titles.has(short.toLowerCase()) ? short : `${capitalise(topic)}: a study ${pad(i + 1, 6)}`;
    titles.add(title.toLowerCase());
    const abstract = `This article examines ${topic} ${a.context}. It ${r.pick(VERBS)} that ${b.form} ${r.pick(CLAIMS)}.`;
    mentioned.push([a.target, b.target]);

    // Productive authors have low numbers: u^2 skews the draw towards them.
    const count = r.weighted(AUTHOR_COUNTS);
    const authorIdx = new Set<number>();
    while (authorIdx.size < count) authorIdx.add(Math.floor(plan.authors * r.next() ** 2));
    authorships += authorIdx.size;

    const page = r.int(1, 900);
    papers.rows.push({
      id: ids[i],
      title,
      authors: [...authorIdx].map((k) => authorName(k + 1)),
      year: years[i],
      venue: r.pick(VENUES),
      volume: String(years[i]! - 1990),
      issue: String(r.int(1, 4)),
      pages: `${page}-${page + r.int(10, 40)}`,
      // 10.5555 is Crossref's prefix for test DOIs: it never resolves to a real work.
      doi: r.chance(0.5) ? `10.5555/syn.${pad(i + 1, 6)}` : undefined,
      abstract,
      language: 'en',
      ...catalogueSource(world.catalogues, i, 'papers'),
    });

    if (r.next() < plan.discussesPerPaper) {
      const target = r.pick([a.target, b.target]);
      discusses.rows.push({
        type: TYPE_FOR.discussion,
        from: ids[i],
        to: target.id,
        stance: r.weighted(PAPER_STANCES),
        claim: `Synthetic claim about ${target.name}.`,
        source: ids[i],
        locator: 'abstract',
      });
    }
  }

  return { ids, tables: [papers, discusses, personsTable(plan, r.fork('persons'), world), citationsTable(plan, r.fork('citations'), ids, world)], authorships };
}

/** A tenth of the authors get a Person record with an affiliation (the rest are derived from papers). */
function personsTable(plan: CorpusPlan, rng: Rng, world: World): Table {
  const t = table('persons/persons', ['id', 'name', 'aliases', 'affiliation', 'source', 'locator']);
  for (let k = 1; k <= plan.authors; k++) {
    if (!rng.chance(0.1)) continue;
    const name = authorName(k);
    t.rows.push({
      id: personId(name),
      name: displayName(name),
      aliases: [name],
      affiliation: `Synthetic University ${pad(rng.int(1, 60), 2)}`,
      ...catalogueSource(world.catalogues, k - 1, 'persons'),
    });
  }
  return t;
}

function citationsTable(plan: CorpusPlan, rng: Rng, ids: string[], world: World): Table {
  const t = table('relations/citations', ['type', 'from', 'to', 'stance', 'passage', 'source', 'locator']);
  const otherTargets: Named[] = [...world.instruments, ...world.cases, ...world.positionDocs];
  for (let i = 1; i < ids.length; i++) {
    const wanted = Math.round(rng.next() * 2 * plan.citationsPerPaper);
    const targets = new Set<string>();
    for (let tries = 0; targets.size < wanted && tries < wanted * 3; tries++) {
      if (rng.chance(0.08)) {
        targets.add(rng.pick(otherTargets).id);
        continue;
      }
      // 70%: the classics (u^3 leans hard towards the first papers); 30%: recent work.
      const j = rng.chance(0.7) ? Math.floor(i * rng.next() ** 3) : Math.max(0, i - 1 - Math.floor(rng.next() * Math.min(i, 2000)));
      targets.add(ids[j]!);
    }
    let n = 0;
    for (const to of targets) {
      const stance = rng.weighted(CITATION_STANCES);
      t.rows.push({
        type: TYPE_FOR.citation,
        from: ids[i],
        to,
        stance,
        passage: stance !== 'mentioning' && rng.chance(0.3) ? `Synthetic passage ${n + 1} of ${ids[i]}.` : undefined,
        source: ids[i],
        locator: `references, no. ${++n}`,
      });
    }
  }
  return t;
}
