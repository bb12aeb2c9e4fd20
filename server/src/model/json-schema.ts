/**
 * JSON Schemas of the data files, derived from the zod model (one per kind, plus one for
 * relationship files), for editors. The model stays the single definition.
 *
 * @example
 * dataSchemas().state; // { $schema, type: 'array', items: { ...State record } }
 */
import { z } from 'zod';
import { KINDS } from './kinds.ts';
import { NODE_SCHEMAS, RELATION_SCHEMAS } from './records.ts';
import { CURATED_TYPES } from './relationships.ts';

export function dataSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const asList = (item: z.ZodType, title: string) => ({
    ...(z.toJSONSchema(z.array(item), { io: 'input', unrepresentable: 'any' }) as object),
    title,
  });
  for (const kind of KINDS) out[kind.toLowerCase()] = asList(NODE_SCHEMAS[kind], `A data/ file of ${kind} records`);
  const relation = z.union(CURATED_TYPES.map((t) => RELATION_SCHEMAS[t as keyof typeof RELATION_SCHEMAS]) as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]);
  out.relation = asList(relation, 'A data/relations/ file of relationship records');
  return out;
}
