/**
 * client/src/api/generated.ts is what codegen makes of the SDL and the operations today: the test
 * regenerates it in memory with the same configuration (codegen.ts) and compares. It can fail, and
 * the last two cases prove it: a schema change that reaches a selected field, and an operation that
 * selects one field fewer, each give another file than the committed one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../../server/src/config.ts';
import { typeDefs } from '../../../../server/src/graphql/sdl.ts';
import { GENERATED_TYPES_FILE, generatedClientTypes, operationsDocument } from '../codegen.ts';
import { HUB_OPERATIONS } from '../hub.ts';
import { ALL_OPERATIONS, STATS } from '../queries.ts';

const committed = readFileSync(path.join(ROOT, GENERATED_TYPES_FILE), 'utf8');

describe('the generated client types', () => {
  it('are in sync with the SDL and the operations (run `npm run schema` after changing either)', async () => {
    expect(await generatedClientTypes(ROOT, typeDefs)).toBe(committed);
  });

  it('type each operation the client sends, and the fragment the one-request restore builds on', () => {
    for (const op of Object.values({ ...ALL_OPERATIONS, ...HUB_OPERATIONS })) {
      const name = /^query (\w+)/.exec(op)?.[1];
      expect(committed).toContain(`export type ${name}Query = `);
    }
    expect(committed).toContain('export type SubFragment = ');
  });

  it('go stale when the schema changes a field an operation selects', async () => {
    expect(typeDefs).toContain('  truncated: Boolean!\n');
    const changed = await generatedClientTypes(ROOT, typeDefs.replace('  truncated: Boolean!\n', '  truncated: Boolean\n'));
    expect(changed).not.toBe(committed);
    expect(changed).toContain('truncated: boolean | null;');
  });

  it('go stale when an operation selects other fields', async () => {
    const fewer = { ...ALL_OPERATIONS, ...HUB_OPERATIONS, STATS: STATS.replace(' dataVersion', '') };
    expect(fewer.STATS).not.toBe(STATS);
    expect(await generatedClientTypes(ROOT, typeDefs, operationsDocument(fewer))).not.toBe(committed);
  });

  it('refuse two different fragments under one name (one would be typed wrongly)', () => {
    const clash = {
      A: 'query A { stats { ...S } } fragment S on Stats { nodeCount }',
      B: 'query B { stats { ...S } } fragment S on Stats { relationshipCount }',
    };
    expect(() => operationsDocument(clash)).toThrow(/"S" is defined twice with different selections/);
  });
});
