/**
 * `npm run schema`: writes every file generated from the model (server/src/model/generated.ts):
 * the JSON Schemas in data/schema/ for editors, the GraphQL enums in
 * server/src/graphql/vocabulary.graphql, and the vocabulary tables of data/README.md; then the
 * explorer's operation types (client/src/api/generated.ts), from the SDL just written.
 * Tests check the committed files are in sync with the model and the SDL.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_TYPES_FILE, generatedClientTypes } from '../../../client/src/api/codegen.ts';
import { ROOT } from '../config.ts';
import { SCHEMA_FILE, VOCABULARY_FILE } from '../graphql/sdl.ts';
import { generatedFiles } from '../model/generated.ts';

const files = generatedFiles(ROOT);
for (const f of files) {
  mkdirSync(path.dirname(path.join(ROOT, f.path)), { recursive: true });
  writeFileSync(path.join(ROOT, f.path), f.content);
}
// Read again, not sdl.ts's typeDefs: that was read before vocabulary.graphql was rewritten above.
const sdl = [SCHEMA_FILE, VOCABULARY_FILE].map((f) => readFileSync(f, 'utf8')).join('\n');
writeFileSync(path.join(ROOT, GENERATED_TYPES_FILE), await generatedClientTypes(ROOT, sdl));
process.stdout.write(`Wrote ${files.length} files generated from server/src/model/ and ${GENERATED_TYPES_FILE}\n`);
