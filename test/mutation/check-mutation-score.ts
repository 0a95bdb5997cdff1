/**
 * Fails the mutation run when a legal engine is under its floor (issue 22), per file — Stryker
 * itself only knows one threshold over all files, and a strong file must not hide a weak one:
 * - logic score ≥ 90 %: killed (or timed out) among the mutants that can change a result, the
 *   explanation-text mutants (explanation-text.ts says which, and why) left out;
 * - total score ≥ 80 %: killed among all mutants, explanation text included.
 * Mutants disabled in the source with a `// Stryker disable … : reason` comment (equivalent
 * mutants, which no test can tell apart) are in neither score, as in Stryker's own.
 *
 * Usage: node --import tsx test/mutation/check-mutation-score.ts [reports/mutation/mutation.json]
 * Prints a Markdown table (the one in docs/mutation-testing.md).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MUTATED_FILES } from '../../stryker.config.ts';
import { explanationTextClassifier, type Position } from './explanation-text.ts';

export const LOGIC_FLOOR = 90;
export const TOTAL_FLOOR = 80;

type Status = 'Killed' | 'Timeout' | 'Survived' | 'NoCoverage' | 'Ignored' | 'CompileError' | 'RuntimeError' | 'Pending';

interface ReportMutant {
  status: Status;
  location: { start: Position; end: Position };
}

export interface MutationReport {
  files: Record<string, { source: string; mutants: ReportMutant[] }>;
}

export interface FileScore {
  file: string;
  /** Mutants in the scores: killed + survived, explanation text included. */
  mutants: number;
  killed: number;
  survived: number;
  /** Of the above, the explanation-text ones, and how many of those survived. */
  text: number;
  textSurvived: number;
  /** Disabled in the source as equivalent. */
  disabled: number;
  /** Percentages, floored to 0.01; null when there is nothing to score. */
  logic: number | null;
  total: number | null;
}

const pct = (part: number, whole: number): number | null => (whole === 0 ? null : Math.floor((part / whole) * 10_000) / 100);
const KILLED: Status[] = ['Killed', 'Timeout'];
const SURVIVED: Status[] = ['Survived', 'NoCoverage'];

export function scoreFile(file: string, source: string, mutants: ReportMutant[]): FileScore {
  const isText = explanationTextClassifier(source);
  const scored = mutants.filter((m) => KILLED.includes(m.status) || SURVIVED.includes(m.status));
  const killed = scored.filter((m) => KILLED.includes(m.status)).length;
  const text = scored.filter((m) => isText(m.location.start, m.location.end));
  const textKilled = text.filter((m) => KILLED.includes(m.status)).length;
  return {
    file,
    mutants: scored.length,
    killed,
    survived: scored.length - killed,
    text: text.length,
    textSurvived: text.length - textKilled,
    // Compile and runtime errors are mutants that cannot exist in a working program: no score counts them.
    disabled: mutants.filter((m) => m.status === 'Ignored').length,
    logic: pct(killed - textKilled, scored.length - text.length),
    total: pct(killed, scored.length),
  };
}

/** The failures, one line each; empty when every listed file is at or above both floors. */
export function failures(scores: Map<string, FileScore>, files: readonly string[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    const s = scores.get(file);
    if (!s) {
      out.push(`${file}: not in the report (was it mutated?)`);
      continue;
    }
    if (s.logic === null || s.logic < LOGIC_FLOOR) out.push(`${file}: logic score ${s.logic ?? '—'} % < ${LOGIC_FLOOR} %`);
    if (s.total === null || s.total < TOTAL_FLOOR) out.push(`${file}: total score ${s.total ?? '—'} % < ${TOTAL_FLOOR} %`);
  }
  return out;
}

function main(): void {
  const path = process.argv[2] ?? 'reports/mutation/mutation.json';
  const report = JSON.parse(readFileSync(path, 'utf8')) as MutationReport;
  const scores = new Map<string, FileScore>();
  for (const [file, entry] of Object.entries(report.files)) scores.set(file, scoreFile(file, entry.source, entry.mutants));
  const lines = ['| file | mutants | killed | survived | of which explanation text (survived) | disabled as equivalent | logic % | total % |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
  for (const s of scores.values()) {
    lines.push(`| ${s.file} | ${s.mutants} | ${s.killed} | ${s.survived} | ${s.text} (${s.textSurvived}) | ${s.disabled} | ${s.logic ?? '—'} | ${s.total ?? '—'} |`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  const bad = failures(scores, MUTATED_FILES);
  if (bad.length > 0) {
    process.stderr.write(`Mutation score below the floor (logic ≥ ${LOGIC_FLOOR} %, total ≥ ${TOTAL_FLOOR} % per file):\n${bad.map((b) => `  ${b}\n`).join('')}`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`Every legal engine is at or above the floors (logic ≥ ${LOGIC_FLOOR} %, total ≥ ${TOTAL_FLOOR} %).\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
