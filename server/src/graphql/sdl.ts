/**
 * The SDL contract: schema.graphql (written by hand) and vocabulary.graphql (the enums, generated
 * from server/src/model/ by `npm run schema`), read once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SCHEMA_FILE = path.join(here, 'schema.graphql');
export const VOCABULARY_FILE = path.join(here, 'vocabulary.graphql');
export const typeDefs = `${readFileSync(SCHEMA_FILE, 'utf8')}\n${readFileSync(VOCABULARY_FILE, 'utf8')}`;
