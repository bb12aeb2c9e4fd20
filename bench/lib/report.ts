/**
 * The benchmark report: every benchmark script produces one Section (JSON), bench/run.ts merges
 * the sections into bench/results/latest.json and renders bench/results/latest.md.
 *
 * A Section is generic on purpose (tables of cells, goals with met/not met), so a new benchmark
 * (e.g. the client's bench/render.ts) plugs in by writing one Section to the file named by its
 * `--out` argument; nothing here needs to know its figures.
 *
 * Running a subset (`npm run bench -- ingest`) replaces only that section in latest.json; the
 * others keep their earlier figures with their own date, and the Markdown says when each was
 * measured, so a partial run never passes old figures off as new.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Machine } from './machine.ts';

export type Cell = string | number | boolean | null;

export interface ReportTable {
  title: string;
  columns: string[];
  rows: Cell[][];
  /** A sentence under the table: how to read it, what the baseline is. */
  note?: string;
}

export interface Goal {
  goal: string;
  /** null: could not be measured in this run (say why in `detail`). */
  met: boolean | null;
  detail: string;
}

/** Issue 16's goals (bench/lib/targets.ts lists them and fills in what sections do not give). */
export type TargetId = 'neighbourhood' | 'search' | 'paths' | 'standing' | 'first-load' | 'sync' | 'layout' | 'soak-memory' | 'timeline' | 'second-start' | 'npm-test';

/** One goal of issue 16 as measured: `measured` and `baseline` in `unit`, `ratio` as `ratioOf` says. */
export interface Target {
  id: TargetId;
  goal: string;
  measured: number | null;
  baseline: number | null;
  ratio: number | null;
  met: boolean;
  reason: string;
  unit?: string;
  baselineOf?: string;
  ratioOf?: string;
  /** The section the figure comes from, and when that section was measured. */
  section?: string;
  measuredAt?: string;
}

export interface Section {
  name: string;
  title: string;
  status: 'ok' | 'partial' | 'skipped' | 'failed';
  /** Why a section is partial, skipped or failed; caveats of an ok one. */
  notes: string[];
  measuredAt: string;
  durationS: number;
  command: string;
  machine: Machine;
  goals: Goal[];
  tables: ReportTable[];
  /** Raw figures for tools (and for the next engineer). */
  data: unknown;
  /** Entries for issue 16's goals this benchmark measures itself (bench/lib/targets.ts `target()`). */
  targets?: Target[];
}

export interface Report {
  generatedAt: string;
  machine: Machine;
  sections: Record<string, Section>;
  /** Every goal of issue 16, measured or not (bench/lib/targets.ts). */
  targets?: Target[];
}

export const SECTION_ORDER = ['ingest', 'api', 'render', 'start', 'soak'];

export function mergeReport(previous: Report | null, sections: Section[], machine: Machine): Report {
  const merged: Record<string, Section> = { ...(previous?.sections ?? {}) };
  for (const s of sections) merged[s.name] = s;
  return { generatedAt: new Date().toISOString(), machine, sections: merged };
}

function figure(n: number | null, unit?: string): Cell {
  return n === null ? null : `${cell(n)}${unit ? ` ${unit.split(' ')[0]}` : ''}`;
}

export function readReport(file: string): Report | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Report;
  } catch {
    return null;
  }
}

/** Writes through a temporary file, so a crash never leaves half a report. */
export function writeAtomically(file: string, content: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

function cell(c: Cell): string {
  if (c === null) return 'n/a';
  if (typeof c === 'number') return Number.isInteger(c) ? c.toLocaleString('en') : c.toLocaleString('en', { maximumFractionDigits: 2 });
  if (typeof c === 'boolean') return c ? 'yes' : 'no';
  return c.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function markdownTable(t: ReportTable): string {
  const lines = [`| ${t.columns.join(' | ')} |`, `|${t.columns.map(() => '---').join('|')}|`, ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
  return lines.join('\n');
}

function machineLine(m: Machine): string {
  const load = m.loadAverage ? `, load average ${m.loadAverage.join(' / ')} at start` : '';
  return `${m.cores} cores (${m.cpuModel}), ${m.totalMemoryGiB} GiB memory, ${m.platform}, Node ${m.node}, ${m.java}${load}`;
}

export function renderMarkdown(report: Report): string {
  const out: string[] = [
    '# Benchmark report',
    '',
    `Written by \`npm run bench\` on ${report.generatedAt}. Machine of the latest run: ${machineLine(report.machine)}.`,
    '',
    'Every figure sits beside a baseline measured in the same run on the same machine, and the ratio between them: machines are noisy, ratios travel better than absolute numbers. See bench/README.md for what each benchmark does.',
    '',
  ];
  if (report.targets?.length) {
    out.push(
      '## Issue 16 goals',
      '',
      markdownTable({
        title: 'Issue 16 goals',
        columns: ['goal', 'measured', 'baseline (same run)', 'ratio', 'met', 'why'],
        rows: report.targets.map((t) => [t.goal, figure(t.measured, t.unit), figure(t.baseline, t.unit), t.ratio === null ? null : `${cell(t.ratio)}${t.ratioOf ? ` (${t.ratioOf})` : ''}`, t.met ? '**met**' : 'not met', t.reason]),
      }),
      '',
      'Baseline: what `baselineOf` in latest.json says (mostly the same Cypher through the driver, in the same run). An entry from a benchmark not run this time says so and when it was measured.',
      '',
    );
  }
  const names = [...SECTION_ORDER.filter((n) => report.sections[n]), ...Object.keys(report.sections).filter((n) => !SECTION_ORDER.includes(n))];
  const goals = names.flatMap((n) => report.sections[n]!.goals.map((g) => [report.sections[n]!.title, g.goal, g.met === null ? 'not measured' : g.met ? 'met' : 'NOT met', g.detail] as Cell[]));
  if (goals.length) {
    out.push('## Goals', '', markdownTable({ title: 'Goals', columns: ['benchmark', 'goal', 'result', 'measured'], rows: goals }), '');
  }
  for (const name of names) {
    const s = report.sections[name]!;
    out.push(`## ${s.title}`, '');
    out.push(`Status: **${s.status}**. Measured ${s.measuredAt} in ${Math.round(s.durationS)} s with \`${s.command}\` on ${machineLine(s.machine)}.`, '');
    for (const n of s.notes) out.push(`- ${n}`);
    if (s.notes.length) out.push('');
    for (const t of s.tables) {
      out.push(`### ${t.title}`, '', markdownTable(t), '');
      if (t.note) out.push(t.note, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
