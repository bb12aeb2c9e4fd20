/**
 * The frame every benchmark script runs in: parses `--out FILE` (where bench/run.ts wants the
 * Section), times the run, records the machine, turns a crash into a "failed" section with the
 * message (so one broken benchmark never loses the others' figures), and prints progress.
 *
 * Run alone, a script prints its tables and writes nothing unless given `--out`.
 *
 * @example
 * await runSection({ name: 'api', title: 'GraphQL API', command: 'npm run bench -- api' }, async (log) => ({ ... }));
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { machineInfo } from './machine.ts';
import { markdownTable, type Section } from './report.ts';

export type SectionBody = Pick<Section, 'status' | 'notes' | 'goals' | 'tables' | 'data'>;

export interface SectionArgs {
  out?: string;
  values: Record<string, string | boolean | undefined>;
}

export function log(message: string): void {
  process.stdout.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

export async function runSection(
  meta: { name: string; title: string; command: string; options?: Record<string, { type: 'string' | 'boolean' }> },
  body: (args: SectionArgs) => Promise<SectionBody>,
): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, ...(meta.options ?? {}) }, allowPositionals: true });
  const started = performance.now();
  const machine = machineInfo();
  let section: Section;
  try {
    const result = await body({ out: values.out as string | undefined, values: values as SectionArgs['values'] });
    section = { name: meta.name, title: meta.title, command: meta.command, machine, measuredAt: new Date().toISOString(), durationS: (performance.now() - started) / 1000, ...result };
  } catch (err) {
    log(`FAILED: ${(err as Error)?.stack ?? String(err)}`);
    section = {
      name: meta.name,
      title: meta.title,
      command: meta.command,
      machine,
      measuredAt: new Date().toISOString(),
      durationS: (performance.now() - started) / 1000,
      status: 'failed',
      notes: [`The benchmark failed: ${String((err as Error)?.message ?? err).split('\n')[0]}`],
      goals: [],
      tables: [],
      data: null,
    };
  }
  for (const t of section.tables) process.stdout.write(`\n${t.title}\n${markdownTable(t)}\n`);
  for (const g of section.goals) process.stdout.write(`goal: ${g.goal}: ${g.met === null ? 'not measured' : g.met ? 'met' : 'NOT met'} (${g.detail})\n`);
  if (values.out) writeFileSync(values.out as string, JSON.stringify(section, null, 2));
  // Drivers and timers may keep the loop alive; the section is written, so end here.
  process.exit(section.status === 'failed' ? 1 : 0);
}
