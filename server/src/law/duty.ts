/**
 * The standing of an actor toward a duty on a day, from the strongest basis down: its own latest
 * position; a treaty in force for it that expresses the duty; positions of organisations it
 * belongs to (labelled as theirs, never as the member's own); its practice (an attribution
 * statement invoking the duty); recorded silence; and otherwise "not recorded".
 */
import { spoken } from './dates.ts';
import type { StandingFacts } from './facts.ts';
import { partyRow } from './instrument.ts';
import { basis, later, str, when, type LegalBasis, type Standing, type StandingStatus } from './standing.ts';

const STATUS_OF_STANCE: Record<string, StandingStatus> = {
  binding: 'HOLDS_BINDING',
  voluntary: 'HOLDS_VOLUNTARY',
  unsettled: 'UNSETTLED',
  contested: 'CONTESTED',
  'principle-only': 'PRINCIPLE_ONLY',
};

const STANCE_WORDS: Record<string, string> = {
  binding: 'holds {d} to be binding international law',
  voluntary: 'treats {d} as a voluntary, non-binding norm',
  unsettled: 'considers {d} not (yet) settled in international law',
  contested: 'contests {d}',
  'principle-only': 'treats {d} as a principle, not a standalone rule',
};

function stanceWords(stance: string | null, duty: string): string {
  return (STANCE_WORDS[stance ?? ''] ?? 'takes a position on {d}').replace('{d}', duty);
}

const POSITIVE = new Set(['binding']);

export function dutyStanding(f: StandingFacts): Standing {
  const actor = f.actor.name;
  const duty = f.norm.name;
  const day = spoken(f.asOf);
  const limits: string[] = [];
  const counterEvidence: LegalBasis[] = [];

  // Own positions: the latest one published by the day decides; earlier ones are superseded.
  const own = f.positions.map((p) => ({ p, rel: when(p.props.date, f.asOf), stance: str(p.props.stance) }));
  const published = own.filter((o) => o.rel === 'before').sort((a, b) => (later(str(a.p.props.date), str(b.p.props.date)) ? -1 : 1));
  const undetermined = own.filter((o) => o.rel === 'unknown' || o.rel === 'uncertain');
  const positionBasis = (o: (typeof own)[number], kind: 'OWN_POSITION' | 'SUPERSEDED_POSITION') => {
    const doc = o.p.document;
    const where = doc ? ` in ${doc.name}${str(o.p.props.paragraph) ? `, ${str(o.p.props.paragraph)}` : ''}` : '';
    return basis(kind, `${stanceWords(o.stance, duty)}${where}${str(o.p.props.date) ? ` (${str(o.p.props.date)})` : ' (undated)'}`, o.p, {
      since: str(o.p.props.date),
      dateKnown: o.rel === 'before' || o.rel === 'after',
      document: doc,
      stance: o.stance,
      provision: str(o.p.props.paragraph),
    });
  };
  const bases: LegalBasis[] = [];
  const [latest, ...earlier] = published;
  if (latest) bases.push(positionBasis(latest, 'OWN_POSITION'));
  for (const o of earlier) {
    const b = positionBasis(o, 'SUPERSEDED_POSITION');
    if (o.stance !== latest!.stance) counterEvidence.push(b);
    else bases.push(b);
  }
  for (const o of undetermined) {
    bases.push(positionBasis(o, 'OWN_POSITION'));
    limits.push(`A position's date is ${o.rel === 'unknown' ? 'not recorded' : `known only as ${str(o.p.props.date)}`}: ${stanceWords(o.stance, duty)}.`);
  }

  // Treaties in force for the actor that express the duty.
  const treaties = f.treaties.flatMap((t) => {
    if (t.instrument.binding === false) return [];
    const row = partyRow(f, t.party, t.instrument.name);
    if (row.status !== 'PARTY' && row.status !== 'DATE_UNKNOWN') return [];
    const provision = str(t.expresses.props.provision);
    return [
      basis(
        'TREATY',
        `${row.basis.explanation}, which expresses ${duty}${provision ? ` (${provision})` : ''}`,
        { props: t.party.props, evidence: [...t.party.evidence, ...t.expresses.evidence] },
        {
          since: row.basis.since,
          until: row.basis.until,
          dateKnown: row.status === 'PARTY' && row.basis.dateKnown,
          via: t.instrument,
          provision,
        },
      ),
    ];
  });
  bases.push(...treaties);

  // Organisations the actor belongs to that hold a position: theirs, not the member's.
  const viaOrganisation = f.organisations.flatMap((o) => {
    const member = when(o.membership.props.since, f.asOf);
    const left = when(o.membership.props.until, f.asOf);
    const held = when(o.position.props.date, f.asOf);
    if (member === 'after' || left === 'before' || held === 'after') return [];
    const stance = str(o.position.props.stance);
    return [
      basis(
        'ORGANISATION_POSITION',
        `is a member of ${o.organisation.name}, which ${stanceWords(stance, duty)}${str(o.position.props.date) ? ` (${str(o.position.props.date)})` : ''}: the organisation's position, not ${actor}'s own`,
        o.position,
        {
          since: str(o.position.props.date),
          dateKnown: member === 'before' && held === 'before',
          via: o.organisation,
          stance,
        },
      ),
    ];
  });

  // Practice: attribution statements by the actor that invoke the duty.
  const practice = f.practice.flatMap((p) => {
    const rel = when(p.date, f.asOf);
    if (rel === 'after') return [];
    return [
      basis(
        'PRACTICE',
        `invoked ${duty} in ${p.statement?.name ?? 'an attribution statement'}${p.date ? ` (${p.date})` : ''}, attributing ${p.attribution.name}: practice, not a position`,
        p.invokes,
        {
          since: p.date,
          dateKnown: rel === 'before',
          via: p.attribution,
          document: p.statement,
        },
      ),
    ];
  });

  // Recorded silence that is not overtaken by a later own position.
  const silence = f.silences.filter((s) => when(s.props.date, f.asOf) === 'before' && !(latest && later(str(latest.p.props.date), str(s.props.date))));
  const silenceBases = silence.map((s) =>
    basis('NO_PUBLIC_POSITION', `had published no position on ${s.duty.name} as of ${str(s.props.date)}`, s, { since: str(s.props.date) }),
  );

  if (latest) {
    for (const b of [...viaOrganisation, ...treaties]) if (b.stance && POSITIVE.has(b.stance) !== POSITIVE.has(latest.stance ?? '')) counterEvidence.push(b);
    const status = STATUS_OF_STANCE[latest.stance ?? ''] ?? 'UNSETTLED';
    return {
      status,
      rule: 'duty-own-position',
      verdict: `${actor} ${bases[0]!.explanation}, its latest published position as of ${day}.`,
      bases: [...bases, ...viaOrganisation.filter((b) => !counterEvidence.includes(b)), ...practice],
      counterEvidence,
      limits,
    };
  }
  if (undetermined.length) {
    return {
      status: 'DATE_UNKNOWN',
      rule: 'duty-date-unknown',
      verdict: `Whether ${actor} had taken a position on ${duty} by ${day} cannot be told: its recorded position is ${undetermined[0]!.rel === 'unknown' ? 'undated' : `dated only ${str(undetermined[0]!.p.props.date)}`}.`,
      bases: [...bases, ...viaOrganisation, ...practice],
      counterEvidence,
      limits,
    };
  }
  if (treaties.length) {
    const t = treaties[0]!;
    return {
      status: t.dateKnown ? 'BOUND_BY_TREATY' : 'DATE_UNKNOWN',
      rule: 'duty-treaty',
      verdict: `${actor} ${t.explanation}, as of ${day}; it has published no position of its own on it in the Atlas.`,
      bases: [...bases, ...viaOrganisation, ...practice],
      counterEvidence,
      limits,
    };
  }
  if (viaOrganisation.length) {
    const o = viaOrganisation[0]!;
    return {
      status: 'VIA_ORGANISATION',
      rule: 'duty-via-organisation',
      verdict: `The Atlas records no position of ${actor}'s own on ${duty} as of ${day}; ${actor} ${o.explanation}.`,
      bases: [...viaOrganisation, ...practice],
      counterEvidence,
      limits: [...limits, "An organisation's position is not evidence of each member's own view."],
    };
  }
  if (practice.length) {
    return {
      status: 'PRACTICE_ONLY',
      rule: 'duty-practice',
      verdict: `The Atlas records no position of ${actor} on ${duty} as of ${day}, but ${actor} ${practice[0]!.explanation}.`,
      bases: practice,
      counterEvidence,
      limits,
    };
  }
  if (silenceBases.length) {
    return {
      status: 'NO_PUBLIC_POSITION',
      rule: 'duty-no-public-position',
      verdict: `${actor} ${silenceBases[0]!.explanation}, according to the source cited; this is recorded silence, not a gap in the data.`,
      bases: silenceBases,
      counterEvidence,
      limits,
    };
  }
  return {
    status: 'NOT_RECORDED',
    rule: 'duty-not-recorded',
    verdict: `The Atlas records no position of ${actor} on ${duty} as of ${day}, no treaty in force for it that expresses the duty, and no position of an organisation it belongs to: not recorded, which is not the same as having no position.`,
    bases: [],
    counterEvidence,
    limits,
  };
}
