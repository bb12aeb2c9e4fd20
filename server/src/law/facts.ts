/**
 * The facts a standing is computed from, as plain data: what the graph holds about one actor and
 * one norm. Built by the API from one query (cypher/queries/standing-facts.cypher); the rules in
 * this folder never touch the database, so each is tested on hand-made facts.
 */
import type { Curation } from '../model/vocabulary.ts';

export interface Ref {
  id: string;
  kind: string;
  name: string;
}

export interface EvidenceFact {
  sourceRef: string;
  locator: string | null;
  quote: string | null;
  curation?: Curation | null;
}

/** A relationship with its own dates and sources. */
export interface Fact {
  props: Record<string, unknown>;
  evidence: EvidenceFact[];
}

export interface StandingFacts {
  actor: Ref;
  norm: Ref & { binding?: boolean | null; instrumentType?: string | null };
  /** The day asked about (ISO day). */
  asOf: string;
  /** Actor → instrument (the norm itself, when it is an instrument). */
  signatures: Fact[];
  parties: Fact[];
  /** Actor's own positions on the duty, with their documents. */
  positions: (Fact & { document: (Ref & { date?: string | null; url?: string | null }) | null })[];
  /** Recorded silence on the duty or a duty it is part of. */
  silences: (Fact & { duty: Ref })[];
  /** Actor party to a treaty that expresses the duty: the party row and the row of the instrument expressing it. */
  treaties: { instrument: Ref & { binding?: boolean | null }; party: Fact; expresses: Fact }[];
  /** Actor member of an organisation that holds a position on the duty. */
  organisations: { organisation: Ref; membership: Fact; position: Fact }[];
  /** Attribution statements made by the actor that invoke the duty. */
  practice: { attribution: Ref; statement: (Ref & { url?: string | null }) | null; invokes: Fact; date: string | null }[];
  /** Where the instrument's signature and party rows come from (the treaty office's chart). */
  statusSources: { sourceRef: string; locator: string | null; count: number }[];
}
