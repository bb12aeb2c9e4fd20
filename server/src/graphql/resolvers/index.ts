/**
 * All resolvers, assembled. The Query type has only reads; there is no Mutation or Subscription
 * type (tests/integration/api/read-only.test.ts checks both the schema and the queries).
 */
import { CURATIONS, STANCES, stanceEnum } from '../../model/vocabulary.ts';
import { basisOf, curationOf, type EvidenceRecord } from '../model.ts';
import { DateScalar, JsonScalar } from '../scalars.ts';
import { attributions, incidentFields } from './attributions.ts';
import { entityResolvers } from './entity.ts';
import { evidenceResolvers } from './evidence.ts';
import { entities, entity, stats } from './lookup.ts';
import { memo } from './memo.ts';
import { neighbourhood, subgraphResolvers } from './neighbourhood.ts';
import { paths } from './paths.ts';
import { compare, positionResolvers, positions } from './positions.ts';
import { relationshipCounts } from './relationship-counts.ts';
import { relationshipResolvers } from './relationships.ts';
import { search } from './search.ts';
import { standing, standingResolvers, standings } from './standing.ts';
import { statsDetailResolvers } from './stats-detail.ts';
import { timeline } from './timeline.ts';

// Stances, curation statuses and bases are stored in lower case (cypher/README.md); the enums
// map them both ways, so resolvers receive and return the stored spelling.
const Stance = Object.fromEntries(STANCES.map((s) => [stanceEnum(s), s]));
const Curation = Object.fromEntries(CURATIONS.map((c) => [c.toUpperCase(), c]));
const Basis = { LEGAL: 'legal', PRACTICE: 'practice', CONTEXT: 'context' };

/** Every object that is a relationship (stored, drawn, or a hop) says whether it is a legal basis. */
interface Classified {
  type: string;
  evidence: EvidenceRecord[];
}
const classification = {
  basis: (r: Classified) => basisOf(r.type),
  curation: (r: Classified) => curationOf(r.evidence),
};

export const resolvers = {
  Date: DateScalar,
  JSON: JsonScalar,
  Stance,
  Curation,
  Basis,
  Query: { entity, entities, search, neighbourhood, paths, positions, compare, timeline, memo, stats, standing, standings, attributions, relationshipCounts },
  ...entityResolvers,
  // The incident kinds' link fields join their common entity fields (degree, sources...).
  Attribution: { ...entityResolvers.Attribution, ...incidentFields.Attribution },
  Incident: { ...entityResolvers.Incident, ...incidentFields.Incident },
  Response: { ...entityResolvers.Response, ...incidentFields.Response },
  ...evidenceResolvers,
  ...positionResolvers,
  ...standingResolvers,
  ...statsDetailResolvers,
  Relationship: { ...relationshipResolvers.Relationship, ...classification },
  GraphNode: subgraphResolvers.GraphNode,
  GraphEdge: classification,
  PathHop: classification,
};
