import { describe, expect, it } from 'vitest';
import { failures, scoreFile, type FileScore } from './check-mutation-score.ts';
import { explanationTextRanges } from './explanation-text.ts';

const SOURCE = [
  "function rule(ex, n, late) {",
  "  if (late) ex.add('cutoff', `Sau giờ chốt ${n}`, `After the cut-off ${n}`, { day: n });",
  "  const whyVi = late ? 'muộn' : 'đúng giờ';",
  "  return plural(n, 'working day') + n;",
  "}",
].join('\n');

/** A mutant covering `text` at its first occurrence in SOURCE (1-based line and column, as Stryker reports). */
function at(text: string, status: 'Killed' | 'Survived' | 'Ignored' | 'NoCoverage' | 'Timeout') {
  const offset = SOURCE.indexOf(text);
  const pos = (o: number) => {
    const before = SOURCE.slice(0, o).split('\n');
    return { line: before.length, column: before[before.length - 1]!.length + 1 };
  };
  return { status, location: { start: pos(offset), end: pos(offset + text.length) } };
}

describe('explanation text (excluded from the logic score)', () => {
  it('covers the sentences given to ex.*, plural nouns and …Vi/…En pieces, not the kind of step', () => {
    const texts = explanationTextRanges(SOURCE).map(([a, b]) => SOURCE.slice(a, b));
    expect(texts).toEqual(['`Sau giờ chốt ${n}`', '`After the cut-off ${n}`', "late ? 'muộn' : 'đúng giờ'", "'working day'"]);
  });
});

describe('per-file scores and floors', () => {
  it('leaves explanation text out of the logic score only, and disabled mutants out of both', () => {
    const s = scoreFile('f.ts', SOURCE, [
      at('if (late)', 'Killed'),
      at('{ day: n }', 'Survived'),
      at("'cutoff'", 'Timeout'),
      at('`Sau giờ chốt ${n}`', 'Survived'),
      at("'working day'", 'Killed'),
      at('plural(n', 'NoCoverage'),
      at('+ n', 'Ignored'),
    ]);
    expect(s).toEqual({ file: 'f.ts', mutants: 6, killed: 3, survived: 3, text: 2, textSurvived: 1, disabled: 1, logic: 50, total: 50 });
  });

  it('fails a file under either floor, or missing from the report', () => {
    const score = (logic: number, total: number): FileScore => ({ file: 'a.ts', mutants: 10, killed: 9, survived: 1, text: 0, textSurvived: 0, disabled: 0, logic, total });
    expect(failures(new Map([['a.ts', score(90, 80)]]), ['a.ts'])).toEqual([]);
    expect(failures(new Map([['a.ts', score(89.99, 95)]]), ['a.ts'])).toEqual(['a.ts: logic score 89.99 % < 90 %']);
    expect(failures(new Map([['a.ts', score(95, 79.99)]]), ['a.ts'])).toEqual(['a.ts: total score 79.99 % < 80 %']);
    expect(failures(new Map(), ['b.ts'])).toEqual(['b.ts: not in the report (was it mutated?)']);
  });
});
