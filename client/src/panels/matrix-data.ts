/**
 * The matrix's data shaping, apart from its rendering: every actor's standing per rule (the API's
 * `standings`) becomes one cell per holder and rule, of one of a few kinds. The rows are the
 * holders with a recorded fact of their own on some rule (a position or a recorded silence) and
 * the organisations that speak for their members (regional organisations, and any organisation a
 * member's standing runs through), even where all their cells are blank.
 */
import type { MatrixActor, MatrixBasis, MatrixData, MatrixRule, MatrixStanding } from '../api/matrix.ts';
import type { Position } from '../api/queries.ts';
import type { Stance } from '../types.ts';

/**
 * What a cell shows. `position`: the holder's own stance; `via`: an organisation's stance it is a
 * member of (labelled so, never the member's own); `treaty`: a treaty in force for it expresses the
 * rule; `practice`: it invoked the rule in an attribution statement; `silence`: a source says it
 * published no position; `none`: nothing recorded (not the same as silence).
 */
export type CellKind = 'position' | 'via' | 'treaty' | 'practice' | 'silence' | 'none';

export interface Cell {
  kind: CellKind;
  status: string;
  verdict: string;
  /** The basis the cell shows (the deciding one), if any. */
  basis: MatrixBasis | null;
  stance: string | null;
  curation: string | null;
  /** The standing hangs on a date the data lacks or knows only to the month or year. */
  dateUnknown: boolean;
  /** For `position` cells: what the explorer needs to show it in the graph. */
  position: Position | null;
}

export interface Row {
  holder: MatrixActor;
  cells: Map<string, Cell>;
}

export interface Shaped {
  rules: MatrixRule[];
  rows: Row[];
}

/** Which basis kind each cell kind rests on (LegalBasisKind in schema.graphql). */
const BASIS_OF: Record<Exclude<CellKind, 'none'>, string> = {
  position: 'OWN_POSITION',
  via: 'ORGANISATION_POSITION',
  treaty: 'TREATY',
  practice: 'PRACTICE',
  silence: 'NO_PUBLIC_POSITION',
};

/** The cell kind of a standing: by its status, and for a DATE_UNKNOWN status by its first basis. */
function kindOf(s: MatrixStanding): CellKind {
  switch (s.status) {
    case 'NOT_RECORDED':
      return 'none';
    case 'NO_PUBLIC_POSITION':
      return 'silence';
    case 'VIA_ORGANISATION':
      return 'via';
    case 'BOUND_BY_TREATY':
      return 'treaty';
    case 'PRACTICE_ONLY':
      return 'practice';
  }
  const first = s.bases[0]?.kind;
  const kind = (Object.keys(BASIS_OF) as (keyof typeof BASIS_OF)[]).find((k) => BASIS_OF[k] === first);
  return kind ?? (s.bases.length ? 'position' : 'none');
}

export function cellOf(s: MatrixStanding, rule: MatrixRule): Cell {
  const kind = kindOf(s);
  const basis = kind === 'none' ? null : (s.bases.find((b) => b.kind === BASIS_OF[kind]) ?? s.bases[0] ?? null);
  const position: Position | null =
    kind === 'position' && basis?.stance
      ? {
          holder: { id: s.actor.id, kind: s.actor.kind, name: s.actor.name, region: s.actor.region ?? null },
          duty: { id: rule.id, kind: rule.kind, name: rule.name },
          stance: basis.stance as Stance,
          date: basis.since,
          document: basis.document,
          paragraph: basis.provision,
          note: null,
        }
      : null;
  return {
    kind,
    status: s.status,
    verdict: s.verdict,
    basis,
    stance: basis?.stance ?? null,
    curation: basis?.curation ?? null,
    dateUnknown: s.status === 'DATE_UNKNOWN',
    position,
  };
}

/** Organisations that speak for their members: regional ones, by their type in the data. */
const SPEAKS_FOR_MEMBERS = new Set(['regional']);

export function shapeMatrix(data: MatrixData): Shaped {
  const byActor = new Map<string, Row>();
  const viaOrgs = new Set<string>();
  for (const rule of data.rules)
    for (const s of data.standings.get(rule.id) ?? []) {
      let row = byActor.get(s.actor.id);
      if (!row) byActor.set(s.actor.id, (row = { holder: s.actor, cells: new Map() }));
      const cell = cellOf(s, rule);
      row.cells.set(rule.id, cell);
      if (cell.kind === 'via' && cell.basis?.via) viaOrgs.add(cell.basis.via.id);
    }
  const own = (r: Row) => [...r.cells.values()].some((c) => c.kind === 'position' || c.kind === 'silence');
  const speaks = (r: Row) => r.holder.kind === 'Organisation' && (SPEAKS_FOR_MEMBERS.has(r.holder.orgType ?? '') || viaOrgs.has(r.holder.id));
  return { rules: data.rules, rows: [...byActor.values()].filter((r) => own(r) || speaks(r)) };
}

/** Curation statuses a filter can pick (Curation in schema.graphql), in order of directness. */
export const CURATIONS = ['PRIMARY', 'SECONDARY', 'INFERRED'] as const;

/** A cell the curation filter keeps: one whose basis has that curation (blank cells have none). */
export function matchesCuration(c: Cell | undefined, curation: string): boolean {
  return !curation || (!!c && c.kind !== 'none' && c.curation === curation);
}
