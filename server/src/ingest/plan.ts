/**
 * Plans a sync: compares the rows the data files describe with what the graph holds and lists
 * what to create, change and remove. Pure: the graph's state is passed in, so plans are tested
 * without a database.
 *
 * Two comparisons per row. The stored `hash` says whether data/ changed since the row was
 * written; the content fingerprint (labels and every property as read back from the graph) says
 * whether the graph still holds what data/ would write. A row whose stored hash matches but whose
 * content does not was changed directly in Neo4j (by hand, by a script, by an attacker): it is
 * rewritten and listed in `plan.repairs`, so a sync always leaves the graph equal to data/.
 *
 * @example
 * const plan = planSync(desired, { nodes: [{ id: 'state:FRA', kind: 'State', hash: 'x' }], rels: [] });
 * plan.nodes.update.length; // 1 if France's record changed
 * plan.repairs; // ['state:FRA: name differed from data/'] after a rename in Neo4j
 * summarisePlan(plan); // per kind and type: { created, changed, removed }
 */
import { contentHash, type NodeRow, type Props, type RelRow } from './normalize.ts';

export interface GraphNode {
  /** null for an Entity written without an id (never by ingestion). */
  id: string | null;
  /** null when the entity has no `kind` property (never written so by ingestion). */
  kind: string;
  hash: string | null;
  /** Fingerprint of the labels and properties as stored ({@link nodeFingerprint}); absent: not checked. */
  content?: string;
  labels?: string[];
  props?: Record<string, unknown>;
  /** Neo4j element id: how rows without an id or key are removed. */
  eid?: string;
}

export interface GraphRel {
  key: string | null;
  hash: string | null;
  type: string;
  from: string;
  to: string;
  content?: string;
  props?: Record<string, unknown>;
  eid?: string;
}

export interface GraphState {
  nodes: GraphNode[];
  rels: GraphRel[];
  /** The data version recorded by the last sync; when it equals data/'s, every difference is a repair. */
  dataVersion?: string | null;
}

export interface Plan {
  nodes: { create: NodeRow[]; update: NodeRow[]; remove: { id: string; kind: string }[] };
  rels: { create: RelRow[]; update: RelRow[]; remove: { key: string; type: string; from: string; to: string }[] };
  /** Entities and relationships ingestion never writes (no id, no key, or a second copy of a key), by element id. */
  strays: { nodes: { eid: string; kind: string }[]; rels: { eid: string; type: string }[] };
  /** Differences made in the graph behind data/'s back, in words; the plan puts them right. */
  repairs: string[];
}

export type ChangeCounts = Record<string, { created: number; changed: number; removed: number; total: number }>;

/** Canonical form of stored properties: sorted keys, nulls dropped (Neo4j does not store them). */
function canonical(props: Record<string, unknown>): [string, unknown][] {
  return Object.keys(props)
    .filter((k) => props[k] !== null && props[k] !== undefined)
    .sort()
    .map((k) => [k, props[k]]);
}

/** Fingerprint of an entity as stored: its labels and all its properties. */
export function nodeFingerprint(labels: readonly string[], props: Record<string, unknown>): string {
  return contentHash([[...labels].sort(), canonical(props)]);
}

/** Fingerprint of a relationship as stored: all its properties (type and ends are compared apart). */
export function relFingerprint(props: Record<string, unknown>): string {
  return contentHash(canonical(props));
}

/** Which properties (and labels) differ, for the repair report. */
function differences(want: Props, have: Record<string, unknown> | undefined, labels?: { want: string[]; have?: string[] }): string {
  if (!have) return 'content differed from data/';
  const keys = [...new Set([...Object.keys(want), ...Object.keys(have)])].filter((k) => contentHash(want[k] ?? null) !== contentHash(have[k] ?? null)).sort();
  if (labels?.have && contentHash([...labels.have].sort()) !== contentHash([...labels.want].sort())) keys.push('labels');
  const shown = keys.slice(0, 5).join(', ') + (keys.length > 5 ? `, and ${keys.length - 5} more` : '');
  return keys.length ? `${shown} differed from data/` : 'content differed from data/';
}

const relName = (r: { type: string; from: string; to: string }) => `${r.type} ${r.from} → ${r.to}`;

export function planSync(desired: { nodes: NodeRow[]; rels: RelRow[]; dataVersion?: string }, current: GraphState): Plan {
  const plan: Plan = { nodes: { create: [], update: [], remove: [] }, rels: { create: [], update: [], remove: [] }, strays: { nodes: [], rels: [] }, repairs: [] };
  // Same version recorded as data/ has now: nothing in data/ changed, so any difference was made in the graph.
  const sameVersion = desired.dataVersion !== undefined && current.dataVersion === desired.dataVersion;
  const repair = (what: string) => sameVersion && plan.repairs.push(what);
  const currentNodes = new Map<string, GraphNode>();
  for (const n of current.nodes) {
    if (n.id === null || currentNodes.has(n.id)) {
      const kind = n.kind ?? (n.labels?.filter((l) => l !== 'Entity').join(':') || 'no kind');
      if (n.eid) plan.strays.nodes.push({ eid: n.eid, kind });
      plan.repairs.push(`an entity${n.id === null ? ' without an id' : ` ${n.id} written twice`} (${kind}) is not in data/: removed`);
    } else currentNodes.set(n.id, n);
  }
  const wantedNodes = new Map(desired.nodes.map((n) => [n.id, n]));

  for (const row of desired.nodes) {
    const cur = currentNodes.get(row.id);
    if (!cur) {
      plan.nodes.create.push(row);
      repair(`${row.id}: missing from the graph: restored`);
    } else if (cur.kind !== row.kind) {
      // A changed kind changes labels and constraints: remove and create again.
      plan.nodes.remove.push({ id: row.id, kind: cur.kind });
      plan.nodes.create.push(row);
      repair(`${row.id}: kind ${cur.kind} in the graph, ${row.kind} in data/: re-created`);
    } else if (cur.hash !== row.props.hash) {
      plan.nodes.update.push(row);
      repair(`${row.id}: ${differences(row.props, cur.props, { want: ['Entity', row.kind], have: cur.labels })}`);
    } else if (cur.content !== undefined && cur.content !== nodeFingerprint(['Entity', row.kind], row.props)) {
      plan.nodes.update.push(row);
      plan.repairs.push(`${row.id}: ${differences(row.props, cur.props, { want: ['Entity', row.kind], have: cur.labels })}`);
    }
  }
  for (const cur of currentNodes.values()) {
    if (wantedNodes.has(cur.id!)) continue;
    plan.nodes.remove.push({ id: cur.id!, kind: cur.kind });
    repair(`${cur.id}: not in data/: removed`);
  }

  // Relationships of removed (or re-created) nodes go with them (DETACH DELETE).
  const gone = new Set(plan.nodes.remove.map((n) => n.id));
  const currentRels = new Map<string, GraphRel>();
  for (const r of current.rels) {
    if (gone.has(r.from) || gone.has(r.to)) continue;
    if (r.key === null || currentRels.has(r.key)) {
      if (r.eid) plan.strays.rels.push({ eid: r.eid, type: r.type });
      plan.repairs.push(`a ${relName(r)} relationship ${r.key === null ? 'without a key' : 'written twice'} is not in data/: removed`);
    } else currentRels.set(r.key, r);
  }
  const wantedKeys = new Set(desired.rels.map((r) => r.key));
  for (const row of desired.rels) {
    const cur = currentRels.get(row.key);
    if (!cur || cur.from !== row.from || cur.to !== row.to || cur.type !== row.type) {
      plan.rels.create.push(row);
      if (cur) plan.rels.remove.push({ key: row.key, type: cur.type, from: cur.from, to: cur.to });
      repair(`${relName(row)}: missing from the graph: restored`);
    } else if (cur.hash !== row.props.hash) {
      plan.rels.update.push(row);
      repair(`${relName(row)}: ${differences(row.props, cur.props)}`);
    } else if (cur.content !== undefined && cur.content !== relFingerprint(row.props)) {
      plan.rels.update.push(row);
      plan.repairs.push(`${relName(row)}: ${differences(row.props, cur.props)}`);
    }
  }
  for (const cur of currentRels.values()) {
    if (wantedKeys.has(cur.key!)) continue;
    plan.rels.remove.push({ key: cur.key!, type: cur.type, from: cur.from, to: cur.to });
    repair(`${relName(cur)}: not in data/: removed`);
  }
  return plan;
}

export function planIsEmpty(plan: Plan): boolean {
  return [plan.nodes.create, plan.nodes.update, plan.nodes.remove, plan.rels.create, plan.rels.update, plan.rels.remove, plan.strays.nodes, plan.strays.rels].every((l) => l.length === 0);
}

/** Counts per kind and relationship type; `total` is the number wanted after the sync. */
export function summarisePlan(plan: Plan, desired: { nodes: NodeRow[]; rels: RelRow[] }): { nodes: ChangeCounts; rels: ChangeCounts } {
  const count = (into: ChangeCounts, key: string, field: 'created' | 'changed' | 'removed' | 'total') => {
    into[key] ??= { created: 0, changed: 0, removed: 0, total: 0 };
    into[key][field]++;
  };
  const nodes: ChangeCounts = {};
  const rels: ChangeCounts = {};
  desired.nodes.forEach((n) => count(nodes, n.kind, 'total'));
  plan.nodes.create.forEach((n) => count(nodes, n.kind, 'created'));
  plan.nodes.update.forEach((n) => count(nodes, n.kind, 'changed'));
  plan.nodes.remove.forEach((n) => count(nodes, n.kind, 'removed'));
  plan.strays.nodes.forEach((n) => count(nodes, n.kind, 'removed'));
  desired.rels.forEach((r) => count(rels, r.type, 'total'));
  plan.rels.create.forEach((r) => count(rels, r.type, 'created'));
  plan.rels.update.forEach((r) => count(rels, r.type, 'changed'));
  plan.rels.remove.forEach((r) => count(rels, r.type, 'removed'));
  plan.strays.rels.forEach((r) => count(rels, r.type, 'removed'));
  return { nodes, rels };
}
