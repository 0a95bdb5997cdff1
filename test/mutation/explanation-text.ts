/**
 * Which mutants can only change the words of a due-date explanation (issue 22): they are left out
 * of the logic score and kept in the total score by check-mutation-score.ts. This file is the
 * exclusion's configuration and its reason.
 *
 * Why they are left out of the logic score: each explanation line is written in Vietnamese and
 * English by the call that records a decision (`ex.add(kind, vi, en, …)`,
 * `ex.count(day, info, vi, en)`). Changing those sentences — emptying a template, dropping a
 * phrase, flipping a condition that only picks a phrase — leaves every due date, count and
 * validity as it was. Killing every such mutant would take tests that copy the sentences, which
 * prove nothing about the rules. What an explanation is *about* (its kinds, its dates, the order
 * of its steps, that no line is empty) is not excluded: those mutants count as logic.
 *
 * A mutant is explanation text when it lies wholly inside:
 * - a string or template literal passed to a method of `ex` (the Explanation being written),
 *   except its first argument (the kind of step, or the counted day: what the line is about);
 * - the English noun given to `plural(n, 'working day')`;
 * - the initialiser of a local named `…Vi` or `…En` (`whyVi`, `firstEn`): a piece of a sentence
 *   computed only to be printed.
 */
import ts from 'typescript';

export const EXPLANATION_TEXT_REASON = 'explanation text only: the words of a line, not the decision it records';

export interface Position {
  line: number;
  column: number;
}

/** [start, end) character offsets of the explanation text in a TypeScript source. */
export function explanationTextRanges(source: string): [number, number][] {
  const file = ts.createSourceFile('engine.ts', source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out: [number, number][] = [];
  const isText = (n: ts.Node) => ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateExpression(n);
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const onEx = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'ex';
      const isPlural = ts.isIdentifier(callee) && callee.text === 'plural';
      // The first argument of an `ex` method is what the line is about (its kind, or the counted
      // day), not its words; the noun of plural() is its second.
      for (const arg of onEx || isPlural ? node.arguments.slice(1) : []) if (isText(arg)) out.push([arg.getStart(file), arg.getEnd()]);
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && /[a-z](Vi|En)$/.test(node.name.text) && node.initializer) {
      out.push([node.initializer.getStart(file), node.initializer.getEnd()]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** A classifier for one file's mutants, by their 1-based line and column (Stryker's JSON report). */
export function explanationTextClassifier(source: string): (start: Position, end: Position) => boolean {
  const file = ts.createSourceFile('engine.ts', source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const ranges = explanationTextRanges(source);
  const offset = (p: Position) => file.getPositionOfLineAndCharacter(p.line - 1, p.column - 1);
  return (start, end) => {
    const s = offset(start);
    const e = offset(end);
    return ranges.some(([lo, hi]) => s >= lo && e <= hi);
  };
}
