/**
 * Plans a sync: compares the rows the data files describe with what the graph holds (ids,
 * relationship keys and content hashes) and lists what to create, change and remove.
 * Pure: the graph's state is passed in, so plans are tested without a database.
 *
 * @example
 * const plan = planSync(desired, { nodes: [{ id: 'state:FRA', kind: 'State', hash: 'x' }], rels: [] });
 * plan.nodes.update.length; // 1 if France's record changed
 * summarisePlan(plan); // per kind and type: { created, changed, removed }
 */
import type { NodeRow, RelRow } from './normalize.ts';

export interface GraphState {
  nodes: { id: string; kind: string; hash: string | null }[];
  rels: { key: string; hash: string | null; type: string; from: string; to: string }[];
}

export interface Plan {
  nodes: { create: NodeRow[]; update: NodeRow[]; remove: { id: string; kind: string }[] };
  rels: { create: RelRow[]; update: RelRow[]; remove: { key: string; type: string; from: string; to: string }[] };
}

export type ChangeCounts = Record<string, { created: number; changed: number; removed: number; total: number }>;

export function planSync(desired: { nodes: NodeRow[]; rels: RelRow[] }, current: GraphState): Plan {
  const currentNodes = new Map(current.nodes.map((n) => [n.id, n]));
  const wantedNodes = new Map(desired.nodes.map((n) => [n.id, n]));
  const plan: Plan = { nodes: { create: [], update: [], remove: [] }, rels: { create: [], update: [], remove: [] } };
  const kindChanged = new Set<string>();

  for (const row of desired.nodes) {
    const cur = currentNodes.get(row.id);
    if (!cur) plan.nodes.create.push(row);
    else if (cur.kind !== row.kind) {
      // A changed kind changes labels and constraints: remove and create again.
      kindChanged.add(row.id);
      plan.nodes.remove.push({ id: cur.id, kind: cur.kind });
      plan.nodes.create.push(row);
    } else if (cur.hash !== row.props.hash) plan.nodes.update.push(row);
  }
  for (const cur of current.nodes) if (!wantedNodes.has(cur.id)) plan.nodes.remove.push({ id: cur.id, kind: cur.kind });

  // Relationships of removed (or re-created) nodes go with them (DETACH DELETE).
  const gone = new Set(plan.nodes.remove.map((n) => n.id));
  const currentRels = new Map(current.rels.filter((r) => !gone.has(r.from) && !gone.has(r.to)).map((r) => [r.key, r]));
  const wantedKeys = new Set(desired.rels.map((r) => r.key));
  for (const row of desired.rels) {
    const cur = currentRels.get(row.key);
    if (!cur || cur.from !== row.from || cur.to !== row.to || cur.type !== row.type) plan.rels.create.push(row);
    else if (cur.hash !== row.props.hash) plan.rels.update.push(row);
  }
  for (const cur of currentRels.values()) if (!wantedKeys.has(cur.key)) plan.rels.remove.push(cur);
  return plan;
}

export function planIsEmpty(plan: Plan): boolean {
  return [plan.nodes.create, plan.nodes.update, plan.nodes.remove, plan.rels.create, plan.rels.update, plan.rels.remove].every((l) => l.length === 0);
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
  desired.rels.forEach((r) => count(rels, r.type, 'total'));
  plan.rels.create.forEach((r) => count(rels, r.type, 'created'));
  plan.rels.update.forEach((r) => count(rels, r.type, 'changed'));
  plan.rels.remove.forEach((r) => count(rels, r.type, 'removed'));
  return { nodes, rels };
}
