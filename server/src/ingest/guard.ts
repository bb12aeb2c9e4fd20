/**
 * The removal guard: a sync that would remove more than a set share of what a data file held at
 * the last sync stops and asks for `--allow-removal`, saying what would go. A file emptied by a
 * failed export or a bad merge then cannot silently take its records out of the graph (an empty
 * treaty-status.csv once removed 253 relationships with exit code 0); removing a few records,
 * or records that moved to another file, passes as before.
 *
 * @example
 * const message = removalNeedingConsent({ 'relations/treaty-status.csv': 253 }, {}, plan);
 * if (message) throw new RemovalNotAllowedError(message);
 */
import { AtlasError } from '../errors.ts';
import type { Plan } from './plan.ts';

/** A file may lose up to this share of its records without asking... */
export const REMOVAL_SHARE = 0.2;
/** ...and any file may lose this many (small files change by more than a fifth in one edit). */
export const REMOVAL_FREE = 5;

export class RemovalNotAllowedError extends AtlasError {
  constructor(message: string) {
    super('INGEST_FAILED', message);
  }
}

/** Records per data file (relative path → count); what the last sync stored and what data/ holds now. */
export type FileCounts = Record<string, number>;

export function removalNeedingConsent(before: FileCounts | undefined, after: FileCounts, plan: Plan, shown = 10): string | null {
  const removed = [...plan.nodes.remove.map((n) => n.id), ...plan.rels.remove.map((r) => `${r.type} ${r.from} → ${r.to}`)];
  if (!before || !removed.length) return null;
  const shrunk = Object.entries(before)
    .map(([file, was]) => ({ file, was, now: after[file] ?? 0 }))
    .filter(({ was, now }) => was - now > REMOVAL_FREE && (was - now) / was > REMOVAL_SHARE);
  if (!shrunk.length) return null;
  const lines = [
    `This sync would remove more than ${REMOVAL_SHARE * 100}% of what ${shrunk.length === 1 ? 'a data file' : 'some data files'} held at the last sync:`,
    ...shrunk.map(({ file, was, now }) => `  ${file}: ${was} record(s) then, ${now} now${now === 0 && !(file in after) ? ' (the file is gone)' : ''}`),
    `It would remove ${plan.nodes.remove.length} entit${plan.nodes.remove.length === 1 ? 'y' : 'ies'} and ${plan.rels.remove.length} relationship(s), among them:`,
    ...removed.slice(0, shown).map((r) => `  ${r}`),
    ...(removed.length > shown ? [`  ... and ${removed.length - shown} more`] : []),
    'Nothing was written. If the removal is intended, run `npm run ingest -- --allow-removal`; otherwise restore the file(s).',
  ];
  return lines.join('\n');
}
