/**
 * The saved example queries of the local GraphQL IDE (one tab each). Kept in a plain module so
 * that the integration tests run every example against the real graph: an example that stops
 * working fails a test instead of greeting a visitor with an error.
 */
import { typesWithStances } from '../../model/vocabulary.ts';

export interface IdeExample {
  title: string;
  query: string;
  variables: Record<string, unknown>;
}

export const IDE_EXAMPLES: IdeExample[] = [
  {
    title: 'Trace a state to due diligence',
    query: `# How is Kenya connected to cyber due diligence? Ranked paths, each hop with its evidence,
# the counter-evidence that cuts against it, and a plain-language explanation.
query TraceStateToDueDiligence($from: ID!, $to: ID!, $asOf: Date) {
  paths(from: $from, to: $to, maxLength: 3, first: 3, asOf: $asOf) {
    length
    weight
    explanation
    hops {
      sentence
      type
      stance
      evidence { sourceRef url locator quote }
      counterEvidence { sentence }
    }
  }
}`,
    variables: { from: 'state:KEN', to: 'duty:due-diligence', asOf: null },
  },
  {
    title: 'Positions on a norm',
    query: `# Who holds due diligence to be binding, a voluntary norm, unsettled or contested?
query PositionsOnANorm($duty: ID!, $asOf: Date) {
  positions(duty: $duty, asOf: $asOf) {
    holder { id name kind }
    stance
    date
    document { id name }
    evidence { sourceRef url locator quote }
  }
}`,
    variables: { duty: 'duty:due-diligence', asOf: null },
  },
  {
    title: 'Papers contrasting a view',
    query: `# Which papers argue against (or cite critically) the view that due diligence binds in cyberspace?
query PapersContrastingAView($id: ID!) {
  entity(id: $id) {
    id
    name
    contrasting: relationships(direction: IN, types: [${[...typesWithStances('paper'), ...typesWithStances('citation')].join(', ')}], stances: [CONTRASTS, CONTRASTING], first: 50) {
      totalCount
      edges {
        node {
          type
          stance
          other { id name ... on Paper { year authorNames doi } }
          properties
          evidence { sourceRef url locator quote }
        }
      }
    }
  }
}`,
    variables: { id: 'duty:due-diligence' },
  },
  {
    title: 'Search',
    query: `# Full-text search: any text is taken literally; the last word also matches as a prefix.
query Search($text: String!) {
  search(text: $text, first: 10) {
    score
    field
    highlight
    entity { id kind name }
  }
}`,
    variables: { text: 'budap' },
  },
  {
    title: 'A memo you can cite',
    query: `query Memo($from: ID!, $to: ID!) {
  memo(from: $from, to: $to, maxLength: 3, first: 2) {
    markdown
    query
    variables
  }
}`,
    variables: { from: 'state:USA', to: 'duty:due-diligence' },
  },
];
