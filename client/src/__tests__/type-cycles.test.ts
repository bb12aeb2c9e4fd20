// The lint rule against type-only import cycles (eslint-rules/no-type-cycle.js) on real files:
// app.ts <-> state/current.ts was such a cycle, and import-x/no-cycle does not see them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import atlas from '../../../eslint-rules/no-type-cycle.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-cycle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lint(file: string): string[] {
  const linter = new Linter({ configType: 'flat', cwd: dir });
  const config = [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { atlas }, rules: { 'atlas/no-type-cycle': 'error' as const } }];
  const text = readText(file);
  return linter.verify(text, config, { filename: file }).map((m) => m.message);
}
const readText = (f: string): string => files.get(f) ?? '';
const files = new Map<string, string>();
function put(name: string, text: string): string {
  const f = path.join(dir, name);
  writeFileSync(f, text);
  files.set(f, text);
  return f;
}

describe('no-type-cycle', () => {
  it('reports a cycle made of a type-only import and a value import', () => {
    const app = put('app.ts', "import { viewStateOf } from './current.ts';\nexport class App {}\nviewStateOf;\n");
    put('current.ts', "import type { App } from './app.ts';\nexport const viewStateOf = (a: App) => a;\n");
    expect(lint(app)).toEqual([expect.stringMatching(/Import cycle.*app\.ts -> .*current\.ts -> .*app\.ts/)]);
  });

  it('is quiet without a cycle', () => {
    const a = put('a.ts', "import type { B } from './b.ts';\nexport type A = B;\n");
    put('b.ts', 'export type B = string;\n');
    expect(lint(a)).toEqual([]);
  });
});
