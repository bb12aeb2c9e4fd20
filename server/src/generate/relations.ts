/**
 * Relationships of the synthetic world, with the dates and stances the "as of a day" views and
 * the positions matrix need: memberships with since/until (some left and joined again), treaty
 * signatures and ratifications with modes and entry into force (a few denounced), positions
 * with stances and the documents that state them, and the smaller types.
 *
 * Every later date is an earlier one plus some days (dates.ts), so the validator's order
 * checks hold by construction; pairs are drawn without repetition, so no relationship key
 * (type|from|to|discriminator) repeats.
 *
 * @example
 * const tables = buildRelations(plan, rng, world, paperIds);
 */
import { TYPE_FOR } from '../model/vocabulary.ts';
import { addDays, clampDate, LAST_DAY, maxDate } from './dates.ts';
import type { CorpusPlan } from './plan.ts';
import type { Rng } from './prng.ts';
import { table, type Table } from './table.ts';
import { catalogueSource, type World } from './world.ts';

const POSITION_STANCES = [['binding', 0.4], ['voluntary', 0.3], ['unsettled', 0.2], ['contested', 0.1]] as const;

export function buildRelations(plan: CorpusPlan, rng: Rng, world: World, paperIds: readonly string[]): Table[] {
  return [
    memberships(rng.fork('memberships'), world),
    treatyStatus(rng.fork('treaty-status'), world),
    positions(rng.fork('positions'), world),
    instrumentDuties(rng.fork('instrument-duties'), world),
    dutyStructure(rng.fork('duty-structure'), world),
    rankings(rng.fork('rankings'), world),
    rivalries(rng.fork('rivalries'), world, paperIds),
    litigation(rng.fork('litigation'), world),
    involvements(rng.fork('involvements'), world),
  ];
}

function memberships(rng: Rng, world: World): Table {
  const t = table('relations/memberships', ['type', 'from', 'to', 'status', 'since', 'until', 'source', 'locator']);
  const src = () => catalogueSource(world.catalogues, t.rows.length, 'memberships');
  const [hub, ...others] = world.organisations;
  for (const state of world.states) {
    t.rows.push({ type: TYPE_FOR.membership, from: state.id, to: hub!.id, status: 'member', since: rng.date(1945, 2011), ...src() });
    // Each state belongs to a handful of the other organisations (a few to many).
    for (const org of rng.sample(others, rng.int(2, Math.max(3, Math.round(others.length * 0.1))))) {
      const since = maxDate(org.founded, rng.date(1950, 2022));
      const status = rng.weighted([['member', 0.85], ['observer', 0.1], ['associate', 0.05]] as const);
      if (rng.chance(0.08) && since < '2020') {
        // Left, and in half the cases joined again later: two records told apart by `since`.
        const until = addDays(since, rng.int(365, 3650));
        t.rows.push({ type: TYPE_FOR.membership, from: state.id, to: org.id, status, since, until: clampDate(until), ...src() });
        if (rng.chance(0.5) && until < '2024') t.rows.push({ type: TYPE_FOR.membership, from: state.id, to: org.id, status: 'member', since: addDays(until, rng.int(30, 700)), ...src() });
      } else t.rows.push({ type: TYPE_FOR.membership, from: state.id, to: org.id, status, since, ...src() });
    }
  }
  for (const org of others) {
    if (org.orgType !== 'regional' && rng.chance(0.3)) t.rows.push({ type: TYPE_FOR.membership, from: org.id, to: hub!.id, status: 'observer', since: maxDate(org.founded, hub!.founded), ...src() });
  }
  return t;
}

function treatyStatus(rng: Rng, world: World): Table {
  const t = table('relations/treaty-status', ['type', 'from', 'to', 'date', 'consented', 'mode', 'inForce', 'until', 'source', 'locator']);
  const src = () => catalogueSource(world.catalogues, t.rows.length, 'treaty status');
  for (const ins of world.instruments) {
    if (!ins.binding || !ins.opened) continue;
    // Popularity differs a lot between treaties: a few near-universal, many regional.
    const parties = rng.sample(world.states, Math.round(world.states.length * (0.05 + 0.75 * rng.next() ** 2)));
    for (const state of parties) {
      const signed = rng.chance(0.85) ? clampDate(addDays(ins.opened, rng.int(0, 1500))) : undefined;
      if (signed) t.rows.push({ type: TYPE_FOR.signature, from: state.id, to: ins.id, date: signed, ...src() });
      if (!rng.chance(0.75)) continue;
      const consented = addDays(signed ?? ins.opened, rng.int(30, 2500));
      if (consented > LAST_DAY) continue;
      const inForce = ins.entryIntoForce ? maxDate(ins.entryIntoForce, addDays(consented, 90)) : undefined;
      const until = inForce && rng.chance(0.03) ? addDays(inForce, rng.int(400, 4000)) : undefined;
      t.rows.push({
        type: TYPE_FOR.consent,
        from: state.id,
        to: ins.id,
        consented,
        mode: signed ? rng.weighted([['ratification', 0.8], ['acceptance', 0.1], ['approval', 0.1]] as const) : 'accession',
        inForce: inForce && inForce <= LAST_DAY ? inForce : undefined,
        until: until && until <= LAST_DAY ? until : undefined,
        ...src(),
      });
    }
  }
  return t;
}

function positions(rng: Rng, world: World): Table {
  const t = table('relations/positions', ['type', 'from', 'to', 'stance', 'date', 'document', 'paragraph', 'source', 'locator']);
  for (const doc of world.positionDocs) {
    rng.sample(world.duties, rng.int(3, Math.min(8, world.duties.length))).forEach((duty, k) => {
      const paragraph = `para. ${k * 3 + rng.int(1, 3)}`;
      t.rows.push({ type: TYPE_FOR.position, from: doc.issuer, to: duty.id, stance: rng.weighted(POSITION_STANCES), date: doc.date, document: doc.id, paragraph, source: doc.id, locator: paragraph });
    });
  }
  return t;
}

function instrumentDuties(rng: Rng, world: World): Table {
  const t = table('relations/instrument-duties', ['type', 'from', 'to', 'provision', 'date', 'source', 'locator']);
  for (const ins of world.instruments) {
    rng.sample(world.duties, rng.int(1, 3)).forEach((duty, k) => {
      const provision = `art. ${k * 4 + rng.int(1, 4)}`;
      t.rows.push({ type: TYPE_FOR.expression, from: ins.id, to: duty.id, provision, source: ins.id, locator: provision });
    });
    t.rows.push({ type: TYPE_FOR.adoption, from: ins.adoptedBy, to: ins.id, date: ins.adopted, ...catalogueSource(world.catalogues, t.rows.length, 'adoptions') });
  }
  for (const c of world.cases) {
    const duty = rng.pick(world.duties);
    t.rows.push({ type: TYPE_FOR.expression, from: c.id, to: duty.id, provision: `para. ${rng.int(10, 90)}`, source: c.id, locator: 'merits' });
  }
  return t;
}

function dutyStructure(rng: Rng, world: World): Table {
  const t = table('relations/duty-structure', ['type', 'from', 'to', 'source', 'locator']);
  const src = () => catalogueSource(world.catalogues, t.rows.length, 'duty structure');
  world.duties.forEach((duty, i) => {
    // A forest: a duty is part of an earlier one, so the part-of structure never loops.
    if (i > 0 && rng.chance(0.6)) t.rows.push({ type: TYPE_FOR.component, from: duty.id, to: world.duties[rng.int(0, i - 1)]!.id, ...src() });
    if (rng.chance(0.3)) t.rows.push({ type: TYPE_FOR.derivation, from: duty.id, to: rng.chance(0.5) ? rng.pick(world.cases).id : rng.pick(world.instruments).id, ...src() });
  });
  return t;
}

function rankings(rng: Rng, world: World): Table {
  const t = table('relations/rankings', ['type', 'from', 'to', 'rank', 'score', 'source', 'locator']);
  for (const index of world.indexes) {
    rng.sample(world.states, Math.min(world.states.length, rng.int(20, 60))).forEach((state, k) => {
      t.rows.push({ type: TYPE_FOR.ranking, from: index.id, to: state.id, rank: k + 1, score: Math.round((100 - k * 1.3) * 10) / 10, source: index.id, locator: `table, row ${k + 1}` });
    });
  }
  return t;
}

function rivalries(rng: Rng, world: World, paperIds: readonly string[]): Table {
  const t = table('relations/rivalries', ['type', 'from', 'to', 'reportedBy', 'source', 'locator']);
  const seen = new Set<string>();
  for (let k = 0; k < world.states.length; k++) {
    const [a, b] = rng.sample(world.states, 2);
    const pair = [a!.id, b!.id].sort().join('|');
    if (seen.has(pair)) continue;
    seen.add(pair);
    const paper = rng.pick(paperIds);
    t.rows.push({ type: TYPE_FOR.rivalry, from: a!.id, to: b!.id, reportedBy: paper, source: paper, locator: 'introduction' });
  }
  return t;
}

function litigation(rng: Rng, world: World): Table {
  const t = table('relations/litigation', ['type', 'from', 'to', 'role', 'source', 'locator']);
  for (const c of world.cases) {
    const [applicant, respondent] = rng.sample(world.states, 2);
    t.rows.push({ type: TYPE_FOR.litigation, from: applicant!.id, to: c.id, role: 'applicant', source: c.id, locator: 'parties' });
    t.rows.push({ type: TYPE_FOR.litigation, from: respondent!.id, to: c.id, role: 'respondent', source: c.id, locator: 'parties' });
  }
  return t;
}

function involvements(rng: Rng, world: World): Table {
  const t = table('relations/involvements', ['type', 'from', 'to', 'role', 'source', 'locator']);
  const actors = [...world.states, ...world.organisations];
  for (const e of world.events) {
    rng.sample(actors, rng.int(1, 4)).forEach((actor, k) => {
      t.rows.push({ type: TYPE_FOR.involvement, from: e.id, to: actor.id, role: k === 0 ? 'target' : rng.pick(['attributed', 'responded', 'mediated']), ...catalogueSource(world.catalogues, t.rows.length, 'events') });
    });
  }
  return t;
}
