/**
 * Builds the bilingual, step-by-step account of a due date (DOMAIN §5.4: the
 * engine must explain every answer). Officers read it when an applicant asks
 * why the appointment is on a given day, so each counted and skipped day is
 * listed; very long spans are condensed into runs so the text stays readable.
 * It also remembers which years' calendars were consulted, because a year
 * without an official notice makes the answer provisional and must be flagged.
 */
import { dayEn, dayVi, instantEn, instantVi, isoLocal, localDate, yearOfDay } from './local-time.ts';
import type { DayInfo, ExplanationKind, ExplanationStep } from './types.ts';

export type YearStatus = 'OFFICIAL' | 'PROVISIONAL' | 'COMPUTED';

/** Beyond this many per-day lines, plain counted days and weekends are merged into runs. */
export const MAX_DAY_LINES = 400;

interface Entry {
  step: ExplanationStep;
  day?: number;
  /** Present on plain counted days and weekly rest days: the lines that may be merged into a run. */
  run?: { counted: boolean; ordVi: string; ordEn: string };
}

export function reasonVi(info: DayInfo): string {
  if (info.reason === 'WEEKEND') return 'ngày nghỉ hằng tuần';
  const fallback = info.reason === 'CLOSURE' ? 'cơ quan không làm việc' : info.reason === 'SUBSTITUTE_HOLIDAY' ? 'ngày nghỉ bù' : 'ngày nghỉ lễ, tết';
  const label = info.label ?? fallback;
  return info.source ? `${label} (${info.source})` : label;
}

export function reasonEn(info: DayInfo): string {
  if (info.reason === 'WEEKEND') return 'weekly rest day';
  const kind = info.reason === 'CLOSURE' ? 'office closed' : info.reason === 'SUBSTITUTE_HOLIDAY' ? 'substitute day off' : 'public holiday';
  const label = info.label ? `: ${info.label}` : '';
  return `${kind}${label}${info.source ? ` (${info.source})` : ''}`;
}

export class Explanation {
  readonly #entries: Entry[] = [];
  readonly #years = new Set<number>();

  /** Records that the calendar of `day`'s year was consulted. */
  touch(day: number): void {
    this.#years.add(yearOfDay(day));
  }

  add(kind: ExplanationKind, text: string, textEn: string, where: { day?: number; at?: Date } = {}): void {
    const step: ExplanationStep = { kind, text, textEn };
    if (where.day !== undefined) step.date = localDate(where.day);
    if (where.at !== undefined) step.at = isoLocal(where.at);
    this.#entries.push(where.day === undefined ? { step } : { step, day: where.day });
  }

  /** A counted day. `ordVi`/`ordEn` state the running count ("ngày làm việc thứ 3"). */
  count(day: number, info: DayInfo, ordVi: string, ordEn: string, detail?: { vi: string; en: string }): void {
    const makeup = info.reason === 'MAKEUP_WORKDAY';
    const noteVi = makeup ? ` (ngày làm bù${info.label ? `: ${info.label}` : ''})` : '';
    const noteEn = makeup ? ` (make-up working day${info.label ? `: ${info.label}` : ''})` : '';
    const vi = detail ? `${detail.vi}, ${ordVi}` : ordVi;
    const en = detail ? `${detail.en}, ${ordEn}` : ordEn;
    this.add('count', `${dayVi(day)}: ${vi}${noteVi}`, `${dayEn(day)}: ${en}${noteEn}`, { day });
    const last = this.#entries[this.#entries.length - 1];
    if (last && !makeup) last.run = { counted: true, ordVi, ordEn };
  }

  /** A non-working day passed over, with its reason and the document behind it. */
  skip(day: number, info: DayInfo): void {
    this.add('skip', `${dayVi(day)}: bỏ qua — ${reasonVi(info)}`, `${dayEn(day)}: skipped — ${reasonEn(info)}`, { day });
    const last = this.#entries[this.#entries.length - 1];
    if (last && info.reason === 'WEEKEND') last.run = { counted: false, ordVi: '', ordEn: '' };
  }

  /** Closes the explanation: warnings for non-official years, then the due instant as the last step. */
  finish(dueAt: Date, yearStatus: (year: number) => YearStatus): ExplanationStep[] {
    for (const year of [...this.#years].sort((a, b) => a - b)) {
      const status = yearStatus(year);
      if (status === 'COMPUTED') {
        this.add(
          'warning',
          `Năm ${year} chưa nhập thông báo lịch nghỉ chính thức: đã dùng ngày nghỉ lễ tính theo Bộ luật Lao động 2019 (Tết mặc định từ 30 tháng Chạp đến mùng 4); hạn có thể thay đổi khi có thông báo.`,
          `No official holiday notice has been entered for ${year}: holidays computed from the Labour Code 2019 were used (default Tết range); the due date may change once the notice is entered.`,
        );
      } else if (status === 'PROVISIONAL') {
        this.add(
          'warning',
          `Lịch nghỉ năm ${year} mới được nhập tạm thời, chưa phải thông báo chính thức; hạn có thể thay đổi.`,
          `The ${year} calendar is only provisional, not the official notice; the due date may change.`,
        );
      }
    }
    this.add('due', `Hạn: ${instantVi(dueAt)}`, `Due: ${instantEn(dueAt)}`, { at: dueAt });
    const dayLines = this.#entries.filter((e) => e.day !== undefined && (e.step.kind === 'count' || e.step.kind === 'skip'));
    return dayLines.length > MAX_DAY_LINES ? condense(this.#entries) : this.#entries.map((e) => e.step);
  }
}

/** Merges maximal runs of plain counted days and weekly rest days into one line each. */
function condense(entries: Entry[]): ExplanationStep[] {
  const out: ExplanationStep[] = [];
  let i = 0;
  while (i < entries.length) {
    const first = entries[i];
    if (!first) break;
    let j = i;
    while (j + 1 < entries.length && entries[j + 1]?.run) j++;
    if (!first.run || j === i) {
      out.push(first.step);
      i++;
      continue;
    }
    out.push(runStep(entries.slice(i, j + 1)));
    i = j + 1;
  }
  return out;
}

function runStep(run: Entry[]): ExplanationStep {
  const firstDay = run[0]?.day ?? 0;
  const lastDay = run[run.length - 1]?.day ?? firstDay;
  const counted = run.filter((e) => e.run?.counted);
  const rest = run.length - counted.length;
  const span = `${dayVi(firstDay)} → ${dayVi(lastDay)}`;
  const spanEn = `${dayEn(firstDay)} → ${dayEn(lastDay)}`;
  const a = counted[0]?.run;
  const b = counted[counted.length - 1]?.run;
  const partsVi: string[] = [];
  const partsEn: string[] = [];
  if (a && b) {
    partsVi.push(`tính ${counted.length} ngày (${a.ordVi} → ${b.ordVi})`);
    partsEn.push(`${counted.length} days counted (${a.ordEn} → ${b.ordEn})`);
  }
  if (rest > 0) {
    partsVi.push(`bỏ qua ${rest} ngày nghỉ hằng tuần`);
    partsEn.push(`${rest} weekly rest day${rest === 1 ? '' : 's'} skipped`);
  }
  return {
    kind: a ? 'count' : 'skip',
    date: localDate(firstDay),
    text: `${span}: ${partsVi.join('; ')}`,
    textEn: `${spanEn}: ${partsEn.join('; ')}`,
  };
}
