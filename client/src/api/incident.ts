/**
 * An incident's attributions (the API's `attributions`, issue 14) and the responses that answer
 * it (its RESPONDS_TO relationships), in one request. The answer's types are generated
 * (generated.ts); the operation is checked against the SDL by client/src/api/__tests__/queries.test.ts.
 */
import { gql, type RequestOptions } from './client.ts';
import type { IncidentFileQuery, IncidentFileQueryVariables } from './generated.ts';

/** `attributionType`: attribution, denial or contested (as written in data/attributions). */
export type IncidentAttribution = IncidentFileQuery['attributions']['edges'][number]['node'];
export type StatementRef = NonNullable<IncidentAttribution['statement']>;

type RespondingEntity = NonNullable<IncidentFileQuery['entity']>['responses']['edges'][number]['node']['other'];
/** The member of the union that the `... on Response` fragment selected. */
export type IncidentResponse = Extract<RespondingEntity, { responseType: unknown }>;

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

/** Only a Response answers an incident; the server sends its fields exactly when its kind is Response. */
const isResponse = (e: RespondingEntity): e is IncidentResponse => e.kind === 'Response' && 'responseType' in e;

export async function fetchIncidentFile(id: string, opts?: RequestOptions): Promise<IncidentFile> {
  const data = await gql<IncidentFileQuery, IncidentFileQueryVariables>(INCIDENT, { id, first: PAGE }, opts);
  const responses = (data.entity?.responses.edges ?? []).map((e) => e.node.other).filter(isResponse);
  responses.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  return {
    attributions: data.attributions.edges.map((e) => e.node),
    attributionCount: data.attributions.totalCount,
    responses,
    responseCount: data.entity?.responses.totalCount ?? 0,
  };
}
