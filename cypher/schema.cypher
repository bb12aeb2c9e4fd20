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

// Full-text search over names, aliases (and other identifiers), summaries and abstracts.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.searchText, n.summary, n.abstract];

// Staged first loads (server/src/ingest/load.ts): entities written under this label are invisible
// to the API until one transaction publishes them; the index serves the relationship batches.
CREATE INDEX staging_id IF NOT EXISTS FOR (n:AtlasStaging) ON (n.id);
