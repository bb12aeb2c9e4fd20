/** The SDL contract (schema.graphql), read once. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SCHEMA_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema.graphql');
export const typeDefs = readFileSync(SCHEMA_FILE, 'utf8');
