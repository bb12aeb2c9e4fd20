/**
 * `npm run schema`: writes every file generated from the model (server/src/model/generated.ts):
 * the JSON Schemas in data/schema/ for editors, the GraphQL enums in
 * server/src/graphql/vocabulary.graphql, and the vocabulary tables of data/README.md.
 * A test checks the committed files are in sync with the model.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.ts';
import { generatedFiles } from '../model/generated.ts';

const files = generatedFiles(ROOT);
for (const f of files) {
  mkdirSync(path.dirname(path.join(ROOT, f.path)), { recursive: true });
  writeFileSync(path.join(ROOT, f.path), f.content);
}
process.stdout.write(`Wrote ${files.length} files generated from server/src/model/\n`);
