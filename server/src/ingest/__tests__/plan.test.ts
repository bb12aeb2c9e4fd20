import { describe, expect, it } from 'vitest';
import { planIsEmpty, planSync, summarisePlan, type GraphState } from '../plan.ts';
import { prepareData } from '../index.ts';
import { MINI_DATA } from '../../../../tests/support/data-dirs.ts';

const desired = prepareData({ dataDir: MINI_DATA });
const stateOf = (d: typeof desired): GraphState => ({
  nodes: d.nodes.map((n) => ({ id: n.id, kind: n.kind, hash: n.props.hash as string })),
  rels: d.rels.map((r) => ({ key: r.key, hash: r.props.hash as string, type: r.type, from: r.from, to: r.to })),
});

describe('sync planning', () => {
  it('creates everything on an empty graph', () => {
    const plan = planSync(desired, { nodes: [], rels: [] });
    expect(plan.nodes.create).toHaveLength(desired.nodes.length);
    expect(plan.rels.create).toHaveLength(desired.rels.length);
  });

  it('plans nothing when the graph already holds the same data (idempotence)', () => {
    expect(planIsEmpty(planSync(desired, stateOf(desired)))).toBe(true);
  });

  it('updates what changed and removes what left data/', () => {
    const state = stateOf(desired);
    state.nodes[0]!.hash = 'changed';
    state.nodes.push({ id: 'org:gone', kind: 'Organisation', hash: 'x' });
    state.rels.push({ key: 'MEMBER_OF|state:FRA|org:gone|', hash: 'x', type: 'MEMBER_OF', from: 'state:FRA', to: 'org:gone' });
    state.rels.push({ key: 'RIVAL_OF|state:FRA|state:DEU|', hash: 'x', type: 'RIVAL_OF', from: 'state:FRA', to: 'state:DEU' });
    const plan = planSync(desired, state);
    expect(plan.nodes.update.map((n) => n.id)).toEqual([state.nodes[0]!.id]);
    expect(plan.nodes.remove).toEqual([{ id: 'org:gone', kind: 'Organisation' }]);
    // The relationship of a removed node goes with it (DETACH DELETE); the other is removed explicitly.
    expect(plan.rels.remove.map((r) => r.key)).toEqual(['RIVAL_OF|state:FRA|state:DEU|']);
    const summary = summarisePlan(plan, desired);
    expect(summary.nodes.Organisation!.removed).toBe(1);
    expect(summary.rels.RIVAL_OF!.removed).toBe(1);
  });

  it('re-creates a node whose kind changed, with its relationships', () => {
    const state = stateOf(desired);
    state.nodes.find((n) => n.id === 'org:eu')!.kind = 'Index';
    const plan = planSync(desired, state);
    expect(plan.nodes.remove.map((n) => n.id)).toEqual(['org:eu']);
    expect(plan.nodes.create.map((n) => n.id)).toEqual(['org:eu']);
    expect(plan.rels.create.every((r) => r.from === 'org:eu' || r.to === 'org:eu')).toBe(true);
    expect(plan.rels.create.length).toBeGreaterThan(0);
  });
});
