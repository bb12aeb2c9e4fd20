import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../config.ts';
import { generatedFiles } from '../generated.ts';

describe('files generated from the model', () => {
  it.each(generatedFiles(ROOT).map((f) => [f.path, f]))('%s is in sync (run `npm run schema` after changing server/src/model/)', (_, f) => {
    expect(readFileSync(path.join(ROOT, f.path), 'utf8')).toBe(f.content);
  });
});
