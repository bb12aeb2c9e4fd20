/**
 * `npm run schema`: writes data/schema/<kind>.schema.json and relation.schema.json from the zod
 * model, so editors (e.g. the YAML language server) can check data files as they are typed.
 * A test checks the committed files are in sync with the model.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.ts';
import { dataSchemas } from '../ingest/json-schema.ts';

const dir = path.join(ROOT, 'data/schema');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(dataSchemas())) {
  writeFileSync(path.join(dir, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
}
process.stdout.write(`Wrote ${Object.keys(dataSchemas()).length} schemas to data/schema/\n`);
