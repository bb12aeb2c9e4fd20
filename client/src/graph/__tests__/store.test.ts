import cytoscape from 'cytoscape';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiGraphEdge, ApiGraphNode, Subgraph } from '../../api/queries.ts';
import type { Kind } from '../../types.ts';
import { hopElement, refElement } from '../model.ts';
import { GraphStore } from '../store.ts';
import { stylesheet } from '../style.ts';

const node = (id: string, kind: Kind = 'State'): ApiGraphNode => ({ id, kind, label: id, degree: 1, entity: null });
const edge = (source: string, target: string, type: ApiGraphEdge['type'] = 'MEMBER_OF', extra: Partial<ApiGraphEdge> = {}): ApiGraphEdge => ({
  id: `${type}|${source}|${target}`,
  source,
  target,
  type,
  stance: null,
  validFrom: null,
  validTo: null,
  properties: {},
  evidence: [],
  ...extra,
});
const sub = (nodes: ApiGraphNode[], edges: ApiGraphEdge[], extra: Partial<Subgraph> = {}): Subgraph => ({
  nodes,
  edges,
  truncated: false,
  countsByKind: [],
  capped: [],
  ...extra,
});

let store: GraphStore;
beforeEach(() => {
  store = new GraphStore(cytoscape({ headless: true, styleEnabled: true, style: stylesheet() }));
  store.merge(
    sub(
      [node('duty:dd', 'Duty'), node('state:FRA'), node('state:DEU')],
      [edge('state:FRA', 'duty:dd', 'HOLDS_POSITION'), edge('state:DEU', 'duty:dd', 'HOLDS_POSITION')],
    ),
    'root',
  );
});

describe('GraphStore', () => {
  it('adds a subgraph once and records why each node is there', () => {
    const r = store.merge(sub([node('state:FRA'), node('org:eu', 'Organisation')], [edge('state:FRA', 'org:eu')]), 'x:state:FRA');
    expect(r.newNodes).toEqual(['org:eu']);
    expect(r.newEdges).toEqual(['MEMBER_OF|state:FRA|org:eu']);
    expect(store.reasons('state:FRA').sort()).toEqual(['root', 'x:state:FRA']);
    expect(store.cy.nodes()).toHaveLength(4);
  });

  it('skips edges whose ends are not in the answer instead of failing', () => {
    const r = store.merge(sub([node('state:FRA')], [edge('state:FRA', 'org:nowhere')]), 'x:state:FRA');
    expect(r.newEdges).toEqual([]);
  });

  it('collapse removes only what has no other reason to stay', () => {
    store.merge(
      sub([node('state:FRA'), node('org:eu', 'Organisation'), node('org:nato', 'Organisation')], [edge('state:FRA', 'org:eu'), edge('state:FRA', 'org:nato')]),
      'x:state:FRA',
    );
    store.expanded.set('state:FRA', { id: 'state:FRA' });
    store.merge(sub([node('state:DEU'), node('org:eu', 'Organisation')], [edge('state:DEU', 'org:eu')]), 'x:state:DEU');
    store.expanded.set('state:DEU', { id: 'state:DEU' });
    const removed = store.collapse('state:FRA');
    expect(removed).toEqual(['org:nato']);
    expect(store.has('org:eu')).toBe(true); // Germany's expansion still holds it
    expect(store.has('state:FRA')).toBe(true); // the collapsed node itself stays
    expect(store.expanded.has('state:FRA')).toBe(false);
  });

  it('collapse spares pinned nodes and nodes the user expanded (with what they brought)', () => {
    store.merge(
      sub(
        [node('state:FRA'), node('org:eu', 'Organisation'), node('org:nato', 'Organisation'), node('org:osce', 'Organisation')],
        [edge('state:FRA', 'org:eu'), edge('state:FRA', 'org:nato'), edge('state:FRA', 'org:osce')],
      ),
      'x:state:FRA',
    );
    store.expanded.set('state:FRA', { id: 'state:FRA' });
    store.merge(sub([node('org:eu', 'Organisation'), node('state:ITA')], [edge('state:ITA', 'org:eu')]), 'x:org:eu');
    store.expanded.set('org:eu', { id: 'org:eu' });
    store.setPinned(store.cy.getElementById('org:nato'), true);
    expect(store.collapse('state:FRA')).toEqual(['org:osce']);
    expect(store.has('org:eu')).toBe(true);
    expect(store.has('state:ITA')).toBe(true);
    expect(store.has('org:nato')).toBe(true);
    // Collapsing the EU afterwards takes Italy away too.
    expect(store.collapse('org:eu')).toEqual(['state:ITA']);
  });

  it('replaces a synthetic trace edge with the real one when it arrives', () => {
    store.addLoose(
      [refElement({ id: 'org:eu', kind: 'Organisation', name: 'EU' })],
      [
        hopElement({
          from: { id: 'state:FRA', kind: 'State', name: 'F' },
          to: { id: 'org:eu', kind: 'Organisation', name: 'EU' },
          type: 'MEMBER_OF',
          forward: true,
          stance: null,
          properties: {},
          evidence: [],
          counterEvidence: [],
          sentence: '',
        }),
      ],
      'trace',
    );
    expect(store.cy.edges('[?synthetic]')).toHaveLength(1);
    store.merge(sub([node('state:FRA'), node('org:eu', 'Organisation')], [edge('state:FRA', 'org:eu')]), 'x:state:FRA');
    expect(store.cy.edges('[?synthetic]')).toHaveLength(0);
    expect(store.findEdge('MEMBER_OF', 'state:FRA', 'org:eu')).toBe('MEMBER_OF|state:FRA|org:eu');
  });

  it('connect mode adds the node and only its links to what is drawn', () => {
    store.merge(
      sub([node('org:eu', 'Organisation'), node('state:FRA'), node('state:ITA')], [edge('state:FRA', 'org:eu'), edge('state:ITA', 'org:eu')]),
      'add',
      { onlyEdgesTo: 'org:eu' },
    );
    expect(store.has('org:eu')).toBe(true);
    expect(store.has('state:ITA')).toBe(false);
    expect(store.findEdge('MEMBER_OF', 'state:FRA', 'org:eu')).not.toBeNull();
    expect(store.reasons('state:FRA')).toEqual(['root']);
  });

  it('applies filters, time and user hides as separate layers, and hides orphans', () => {
    store.merge(sub([node('paper:p', 'Paper'), node('duty:dd', 'Duty')], [edge('paper:p', 'duty:dd', 'DISCUSSES', { validFrom: '2016' })]), 'x:duty:dd');
    store.rootId = 'duty:dd';
    store.filters.types.add('HOLDS_POSITION');
    store.applyVisibility();
    const fra = store.cy.getElementById('state:FRA');
    expect(fra.hasClass('o-hidden')).toBe(true); // its only relationship is filtered out
    expect(store.cy.getElementById('duty:dd').hasClass('o-hidden')).toBe(false); // still linked to the paper
    store.time = { asOf: '2010-01-01', compareFrom: null };
    store.applyVisibility();
    expect(store.cy.getElementById('DISCUSSES|paper:p|duty:dd').hasClass('t-hidden')).toBe(true);
    store.filters.types.clear();
    store.time = { asOf: null, compareFrom: null };
    store.setHidden('state:DEU', true);
    store.applyVisibility();
    expect(fra.hasClass('o-hidden')).toBe(false);
    expect(store.cy.getElementById('state:DEU').style('display')).toBe('none');
    store.setHidden('state:DEU', false);
    store.applyVisibility();
    expect(store.cy.getElementById('state:DEU').style('display')).toBe('element');
  });

  it("answers visible() for the new picture right after a change, not Cytoscape's cached one", () => {
    // Cytoscape caches visible() per element and drops the cache only when it next applies the
    // element's style, lazily; a count taken right after applyVisibility (the as-of summary) read
    // the previous picture. Here the styles are applied and the cache filled first, as on a
    // canvas that has been drawn.
    store.cy.elements().forEach((e) => void e.style('display'));
    const deu = store.cy.getElementById('state:DEU');
    const toDeu = store.cy.getElementById('HOLDS_POSITION|state:DEU|duty:dd');
    expect([deu.visible(), toDeu.visible()]).toEqual([true, true]);
    store.setHidden('state:DEU', true);
    store.applyVisibility();
    expect([deu.visible(), toDeu.visible()]).toEqual([false, false]);
    expect(store.cy.edges(':visible').length).toBe(1);
    store.setHidden('state:DEU', false);
    store.applyVisibility();
    expect([deu.visible(), toDeu.visible()]).toEqual([true, true]);
  });

  it('marks what began and ended between two compared days', () => {
    store.merge(
      sub(
        [node('paper:p', 'Paper'), node('duty:dd', 'Duty'), node('org:x', 'Organisation'), node('state:FRA')],
        [edge('paper:p', 'duty:dd', 'DISCUSSES', { validFrom: '2016' }), edge('state:FRA', 'org:x', 'MEMBER_OF', { validTo: '2012-05-01' })],
      ),
      'x:duty:dd',
    );
    store.time = { asOf: '2020-01-01', compareFrom: '2010-01-01' };
    store.applyVisibility();
    expect(store.cy.getElementById('DISCUSSES|paper:p|duty:dd').hasClass('diff-added')).toBe(true);
    expect(store.cy.getElementById('MEMBER_OF|state:FRA|org:x').hasClass('diff-removed')).toBe(true);
    expect(store.cy.getElementById('HOLDS_POSITION|state:FRA|duty:dd').hasClass('diff-added')).toBe(false);
  });

  it('snapshot and restore bring back elements, positions, reasons and filters', () => {
    store.cy.getElementById('state:FRA').position({ x: 42, y: -7 });
    const snap = store.snapshot();
    store.merge(sub([node('state:FRA'), node('org:eu', 'Organisation')], [edge('state:FRA', 'org:eu')]), 'x:state:FRA');
    store.filters.kinds.add('State');
    store.cy.getElementById('state:FRA').position({ x: 0, y: 0 });
    store.restore(snap);
    expect(store.has('org:eu')).toBe(false);
    expect(store.cy.getElementById('state:FRA').position()).toEqual({ x: 42, y: -7 });
    expect(store.filters.kinds.size).toBe(0);
    expect(store.reasons('state:FRA')).toEqual(['root']);
  });

  it('remembers capped nodes and marks them until all their relationships are drawn', () => {
    store.merge(
      sub([node('org:un', 'Organisation'), node('state:FRA')], [edge('state:FRA', 'org:un')], { truncated: true, capped: [{ id: 'org:un', hidden: 150 }] }),
      'x:org:un',
    );
    store.refreshMarks();
    expect(store.capped.get('org:un')).toBe(150);
    expect(store.cy.getElementById('org:un').hasClass('capped')).toBe(true);
    store.capped.delete('org:un'); // what App.showMore does once the last page is in
    store.refreshMarks();
    expect(store.cy.getElementById('org:un').hasClass('capped')).toBe(false);
    // A capped node that is removed is forgotten.
    store.capped.set('state:FRA', 3);
    store.expanded.set('org:un', { id: 'org:un' });
    store.collapse('org:un');
    expect(store.capped.has('state:FRA')).toBe(true); // France is in the start view: it stays
  });
});
