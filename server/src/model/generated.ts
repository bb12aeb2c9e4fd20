/**
 * Every file generated from the model, with its expected content: `npm run schema` writes them,
 * and a test fails when one is out of date.
 *
 * @example
 * for (const f of generatedFiles(ROOT)) writeFileSync(path.join(ROOT, f.path), f.content);
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { timelineRelationshipBranches, timelineRelationshipIndexes, withCypherRegion } from './cypher-regions.ts';
import { withGeneratedRegion } from './docs.ts';
import { dataSchemas } from './json-schema.ts';
import { vocabularySdl } from './sdl.ts';

export interface GeneratedFile {
  /** Relative to the repository root. */
  path: string;
  content: string;
}

export const VOCABULARY_SDL_FILE = 'server/src/graphql/vocabulary.graphql';

export function generatedFiles(root: string): GeneratedFile[] {
  const readmePath = 'data/README.md';
  const readme = existsSync(path.join(root, readmePath)) ? readFileSync(path.join(root, readmePath), 'utf8') : '';
  const region = (file: string, content: string): GeneratedFile => ({ path: file, content: withCypherRegion(readFileSync(path.join(root, file), 'utf8'), content) });
  return [
    ...Object.entries(dataSchemas()).map(([name, schema]) => ({ path: `data/schema/${name}.schema.json`, content: `${JSON.stringify(schema, null, 2)}\n` })),
    { path: VOCABULARY_SDL_FILE, content: vocabularySdl() },
    { path: readmePath, content: withGeneratedRegion(readme) },
    region('cypher/schema.cypher', timelineRelationshipIndexes()),
    region('cypher/queries/timeline.cypher', timelineRelationshipBranches()),
  ];
}
