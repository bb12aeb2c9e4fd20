/**
 * Pure conversions from API answers to Cytoscape element definitions. Nothing here touches a
 * Cytoscape instance, so the rules (which date a node starts at, how a trace hop becomes an edge,
 * what a caption says) are unit-tested directly.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ApiGraphEdge, ApiGraphNode, DrawableRelationship, NodeDates, PathHop, Subgraph } from '../api/queries.ts';
import type { EdgeData, EntityRef, NodeData } from '../types.ts';
import { stanceLabel, typeLabel } from '../types.ts';
import { shortLabel } from './style.ts';

/** When an entity came to exist, as the graph counts it (see cypher/README.md): null = always. */
export function nodeValidFrom(dates: NodeDates | null | undefined): string | null {
  if (!dates) return null;
  const d = dates.adopted ?? dates.openedForSignature ?? dates.date ?? dates.decided ?? dates.founded ?? dates.started ?? null;
  if (d) return String(d);
  if (typeof dates.year === 'number') return String(dates.year);
  return null;
}

export function nodeElement(n: ApiGraphNode): ElementDefinition {
  const data: NodeData & { short: string } = {
    id: n.id,
    kind: n.kind,
    label: n.label,
    degree: n.degree,
    validFrom: nodeValidFrom(n.entity),
    short: shortLabel(n.label),
  };
  return { group: 'nodes', data };
}

/** A node known only by reference (a path node, a matrix holder): degree unknown until expanded. */
export function refElement(e: EntityRef & { degree?: number }): ElementDefinition {
  const data: NodeData & { short: string } = { id: e.id, kind: e.kind, label: e.name, degree: e.degree ?? 0, validFrom: null, short: shortLabel(e.name) };
  return { group: 'nodes', data };
}

export function edgeCaption(type: string, stance: string | null | undefined): string {
  return stance ? `${typeLabel(type)} · ${stanceLabel(stance)}` : typeLabel(type);
}

export function edgeElement(e: ApiGraphEdge): ElementDefinition {
  const data: EdgeData & { caption: string } = {
    id: e.id,
    source: e.source,
    target: e.target,
    type: e.type,
    stance: e.stance,
    validFrom: e.validFrom,
    validTo: e.validTo,
    properties: e.properties ?? {},
    evidence: e.evidence ?? [],
    caption: edgeCaption(e.type, e.stance),
  };
  return { group: 'edges', data };
}

/** Identity of a relationship independent of the server's edge id: type and ends. */
export function edgeSignature(type: string, source: string, target: string): string {
  return `${type}\u0000${source}\u0000${target}`;
}

/**
 * A trace hop as an edge, stored in its real direction (`forward` says whether the walk went
 * with or against it). Marked synthetic: when a subgraph later brings the real edge, the real
 * one replaces it (see GraphStore.merge).
 */
export function hopElement(h: PathHop): ElementDefinition {
  const source = h.forward ? h.from.id : h.to.id;
  const target = h.forward ? h.to.id : h.from.id;
  const data: EdgeData & { caption: string } = {
    id: `hop:${edgeSignature(h.type, source, target)}`,
    source,
    target,
    type: h.type,
    stance: h.stance,
    validFrom: null,
    validTo: null,
    properties: h.properties ?? {},
    evidence: h.evidence ?? [],
    synthetic: true,
    caption: edgeCaption(h.type, h.stance),
  };
  return { group: 'edges', data };
}

/** ISO date held (validFrom ≤ D < validTo); partial dates compare as their first day. */
export function holdsOn(validFrom: string | null | undefined, validTo: string | null | undefined, day: string): boolean {
  if (validFrom && validFrom > day) return false;
  if (validTo && validTo <= day) return false;
  return true;
}

/**
 * Relationships read from one entity, as a subgraph the store can merge. A relationship's key is
 * the same string as a subgraph edge's id, so nothing is drawn twice.
 */
export function relationshipSubgraph(center: ApiGraphNode, rels: DrawableRelationship[]): Subgraph {
  const nodes = new Map<string, ApiGraphNode>([[center.id, center]]);
  const edges: ApiGraphEdge[] = [];
  for (const r of rels) {
    const o = r.other;
    if (!nodes.has(o.id)) nodes.set(o.id, { id: o.id, kind: o.kind, label: o.name, degree: o.degree, entity: o });
    const out = r.direction !== 'IN';
    edges.push({
      id: r.key,
      source: out ? center.id : o.id,
      target: out ? o.id : center.id,
      type: r.type,
      stance: r.stance,
      validFrom: r.validFrom,
      validTo: r.validTo,
      properties: r.properties,
      evidence: r.evidence,
    });
  }
  return { nodes: [...nodes.values()], edges, truncated: false, countsByKind: [], capped: [] };
}
