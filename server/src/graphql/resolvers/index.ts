/**
 * All resolvers, assembled. The Query type has only reads; there is no Mutation or Subscription
 * type (tests/integration/api/read-only.test.ts checks both the schema and the queries).
 */
import { DateScalar, JsonScalar } from '../scalars.ts';
import { entityResolvers } from './entity.ts';
import { evidenceResolvers } from './evidence.ts';
import { entities, entity, stats } from './lookup.ts';
import { memo } from './memo.ts';
import { neighbourhood, subgraphResolvers } from './neighbourhood.ts';
import { paths } from './paths.ts';
import { compare, positionResolvers, positions } from './positions.ts';
import { relationshipResolvers } from './relationships.ts';
import { search } from './search.ts';
import { timeline } from './timeline.ts';

// Stances are stored in lower case (cypher/README.md); the enum maps them both ways, so resolvers
// receive and return the stored spelling.
const Stance = {
  BINDING: 'binding',
  VOLUNTARY: 'voluntary',
  UNSETTLED: 'unsettled',
  CONTESTED: 'contested',
  SUPPORTS: 'supports',
  CONTRASTS: 'contrasts',
  MENTIONS: 'mentions',
  SUPPORTING: 'supporting',
  CONTRASTING: 'contrasting',
  MENTIONING: 'mentioning',
};

export const resolvers = {
  Date: DateScalar,
  JSON: JsonScalar,
  Stance,
  Query: { entity, entities, search, neighbourhood, paths, positions, compare, timeline, memo, stats },
  ...entityResolvers,
  ...evidenceResolvers,
  ...relationshipResolvers,
  ...subgraphResolvers,
  ...positionResolvers,
};
