// Constraints and indexes. Applied before every ingest and at start; every statement is
// idempotent (IF NOT EXISTS), so running this file twice changes nothing.

// Ids are unique across the whole graph, and per kind.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT instrument_id IF NOT EXISTS FOR (n:Instrument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT duty_id IF NOT EXISTS FOR (n:Duty) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT case_id IF NOT EXISTS FOR (n:Case) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT index_id IF NOT EXISTS FOR (n:Index) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT incident_id IF NOT EXISTS FOR (n:Incident) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT attribution_id IF NOT EXISTS FOR (n:Attribution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT response_id IF NOT EXISTS FOR (n:Response) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:AtlasMeta) REQUIRE m.key IS UNIQUE;

// Lookups the API makes: listing by kind and name, states by ISO code, papers by DOI and year.
CREATE INDEX entity_kind_name IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.name);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX state_iso3 IF NOT EXISTS FOR (n:State) ON (n.iso3);
CREATE INDEX paper_doi IF NOT EXISTS FOR (n:Paper) ON (n.doi);
CREATE INDEX paper_year IF NOT EXISTS FOR (n:Paper) ON (n.year);
CREATE INDEX entity_valid_from IF NOT EXISTS FOR (n:Entity) ON (n.validFrom);

// The timeline's date ranges (cypher/queries/timeline.cypher, issue 16): one range index per date
// property it filters, on nodes and on relationships (Neo4j 5 indexes relationship properties),
// so a call reads the dates in its range instead of every dated node and relationship.
CREATE INDEX timeline_instrument_adopted IF NOT EXISTS FOR (n:Instrument) ON (n.adopted);
CREATE INDEX timeline_instrument_openedforsignature IF NOT EXISTS FOR (n:Instrument) ON (n.openedForSignature);
CREATE INDEX timeline_instrument_entryintoforce IF NOT EXISTS FOR (n:Instrument) ON (n.entryIntoForce);
CREATE INDEX timeline_document_date IF NOT EXISTS FOR (n:Document) ON (n.date);
CREATE INDEX timeline_case_decided IF NOT EXISTS FOR (n:Case) ON (n.decided);
CREATE INDEX timeline_event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX timeline_organisation_founded IF NOT EXISTS FOR (n:Organisation) ON (n.founded);
CREATE INDEX timeline_incident_started IF NOT EXISTS FOR (n:Incident) ON (n.started);
CREATE INDEX timeline_incident_discovered IF NOT EXISTS FOR (n:Incident) ON (n.discovered);
CREATE INDEX timeline_attribution_date IF NOT EXISTS FOR (n:Attribution) ON (n.date);
CREATE INDEX timeline_response_date IF NOT EXISTS FOR (n:Response) ON (n.date);
CREATE INDEX timeline_holds_position_date IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.date);
CREATE INDEX timeline_party_to_consented IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.consented);
CREATE INDEX timeline_party_to_inforce IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.inForce);
CREATE INDEX timeline_party_to_until IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.until);
CREATE INDEX timeline_signed_date IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.date);
CREATE INDEX timeline_member_of_since IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.since);
CREATE INDEX timeline_member_of_until IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.until);
CREATE INDEX timeline_adopted_date IF NOT EXISTS FOR ()-[r:ADOPTED]-() ON (r.date);
CREATE INDEX timeline_attributed_by_date IF NOT EXISTS FOR ()-[r:ATTRIBUTED_BY]-() ON (r.date);
CREATE INDEX timeline_response_by_date IF NOT EXISTS FOR ()-[r:RESPONSE_BY]-() ON (r.date);

// Full-text search over names, aliases (and other identifiers), summaries and abstracts.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.searchText, n.summary, n.abstract];

// Staged first loads (server/src/ingest/load.ts): entities written under this label are invisible
// to the API until one transaction publishes them; the index serves the relationship batches.
CREATE INDEX staging_id IF NOT EXISTS FOR (n:AtlasStaging) ON (n.id);
