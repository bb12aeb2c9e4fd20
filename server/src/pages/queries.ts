/**
 * The GraphQL operations a profile page runs, through the same Apollo server, limits and
 * resolvers as every API client (no Cypher here: the resolvers read cypher/queries/*.cypher).
 * Page sizes are variables (PAGE in data.ts), so the API's result-size estimate checks them.
 */

const EVIDENCE = `fragment Ev on Evidence { sourceRef url locator quote curation source { id kind name } }`;

export const PROFILE = `query Profile($id: ID!) {
  stats { dataVersion loadedAt }
  entity(id: $id) {
    __typename id kind name aliases summary
    sources { ...Ev }
    ... on State { iso3 iso2 m49 officialName region subregion unStatus wikidata }
    ... on Organisation { acronym orgType founded url wikidata parent { id name } }
    ... on Instrument { instrumentType binding symbol adopted openedForSignature entryIntoForce url adoptedBy { id name } }
    ... on Document { docType date symbol url issuer { id name } }
    ... on Case { court decided }
    ... on Paper { authorNames year venue volume issue pages doi url publisher }
    ... on Person { affiliation url }
    ... on Index { publisher year url }
    ... on Event { date eventType url }
    ... on Incident { started discovered sectors }
    ... on Attribution { date confidence attributionType }
    ... on Response { date responseType }
  }
}
${EVIDENCE}`;

export const RELATIONSHIPS = `query ProfileRelationships($id: ID!, $after: String, $first: Int!) {
  entity(id: $id) {
    id
    relationships(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { type direction stance validFrom validTo properties curation basis other { id kind name } evidence { ...Ev } } }
    }
  }
}
${EVIDENCE}`;

/** The norms a standing is asked toward: every duty, and the instruments (treaties among them). */
export const NORMS = `query ProfileNorms($first: Int!) {
  duties: entities(kind: Duty, first: $first) { edges { node { id name } } }
  instruments: entities(kind: Instrument, first: $first) { edges { node { id name ... on Instrument { binding instrumentType } } } }
}`;

const BASIS = `kind explanation since until dateKnown provision stance curation via { id name } document { id name } evidence { ...Ev }`;

export const STANDING = `query ProfileStanding($actor: ID!, $norm: ID!) {
  standing(actor: $actor, norm: $norm) {
    status verdict rule limits
    norm { id name }
    bases { ${BASIS} }
    counterEvidence { ${BASIS} }
  }
}
${EVIDENCE}`;

export const ATTRIBUTIONS = `query ProfileAttributions($by: ID, $to: ID, $first: Int!) {
  attributions(by: $by, to: $to, first: $first) {
    totalCount
    edges { node { id name date confidence attributionType incident { id name } by { id name } to { id name } statement { id name url } } }
  }
}`;
