/**
 * An incident's attributions (the API's `attributions`, issue 14) and the responses that answer
 * it (its RESPONDS_TO relationships), in one request. The types mirror
 * server/src/graphql/schema.graphql; the operation is checked against it by
 * client/src/api/__tests__/queries.test.ts.
 */
import { gql, type RequestOptions } from './client.ts';
import type { EntityRef, Evidence, Kind } from '../types.ts';

export interface StatementRef extends EntityRef {
  url: string | null;
  date: string | null;
}

export interface IncidentAttribution {
  id: string;
  name: string;
  date: string | null;
  confidence: string | null;
  /** attribution, denial or contested (as written in data/attributions). */
  attributionType: string | null;
  by: EntityRef[];
  to: EntityRef[];
  statement: StatementRef | null;
  invokes: EntityRef[];
  sources: Evidence[];
}

export interface IncidentResponse {
  id: string;
  kind: Kind;
  name: string;
  date: string | null;
  responseType: string | null;
  summary: string | null;
  by: EntityRef[];
  targets: EntityRef[];
  document: StatementRef | null;
}

export interface IncidentFile {
  attributions: IncidentAttribution[];
  attributionCount: number;
  responses: IncidentResponse[];
  responseCount: number;
}

const REF = 'id kind name';

/** The API caps `first` at 100 for attributions; no incident in the data comes near it. */
const PAGE = 100;

export const INCIDENT = `query IncidentFile($id: ID!, $first: Int) {
  entity(id: $id) {
    id
    responses: relationships(direction: IN, types: [RESPONDS_TO], first: 50) {
      totalCount
      edges { node { other {
        ${REF}
        ... on Response { date responseType summary by { ${REF} } targets { ${REF} } document { ${REF} url date } }
      } } }
    }
  }
  attributions(incident: $id, first: $first) {
    totalCount
    edges { node {
      id name date confidence attributionType
      by { ${REF} }
      to { ${REF} }
      statement { ${REF} url date }
      invokes { ${REF} }
      sources { sourceRef url locator quote source { ${REF} } }
    } }
  }
}`;

interface Raw {
  entity: { responses: { totalCount: number; edges: { node: { other: IncidentResponse } }[] } } | null;
  attributions: { totalCount: number; edges: { node: IncidentAttribution }[] };
}

export async function fetchIncidentFile(id: string, opts?: RequestOptions): Promise<IncidentFile> {
  const data = await gql<Raw>(INCIDENT, { id, first: PAGE }, opts);
  const responses = (data.entity?.responses.edges ?? []).map((e) => e.node.other).filter((r) => r.kind === 'Response');
  responses.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  return {
    attributions: data.attributions.edges.map((e) => e.node),
    attributionCount: data.attributions.totalCount,
    responses,
    responseCount: data.entity?.responses.totalCount ?? 0,
  };
}
