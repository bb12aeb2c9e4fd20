/**
 * Every file generated from the model, with its expected content: `npm run schema` writes them,
 * and a test fails when one is out of date.
 *
 * @example
 * for (const f of generatedFiles(ROOT)) writeFileSync(path.join(ROOT, f.path), f.content);
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { timelineRelationshipBranches, timelineRelationshipIndexes, withCypherRegion, withPublicProjections } from './cypher-regions.ts';
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
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
  // Every query file, with its entity projections (and the timeline's branches) as the model says.
  const queries = readdirSync(path.join(root, 'cypher/queries'))
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const file = `cypher/queries/${f}`;
      const text = f === 'timeline.cypher' ? withCypherRegion(read(file), timelineRelationshipBranches()) : read(file);
      return { path: file, content: withPublicProjections(text) };
    });
  return [
    ...Object.entries(dataSchemas()).map(([name, schema]) => ({ path: `data/schema/${name}.schema.json`, content: `${JSON.stringify(schema, null, 2)}\n` })),
    { path: VOCABULARY_SDL_FILE, content: vocabularySdl() },
    { path: readmePath, content: withGeneratedRegion(readme) },
    { path: 'cypher/schema.cypher', content: withCypherRegion(read('cypher/schema.cypher'), timelineRelationshipIndexes()) },
    ...queries,
  ];
}
