/** A refused command shown on its form: the field issues it carries, so the page puts each message next to its field. */
import { UnprocessableError, ValidationError, type FieldIssue } from '../platform/errors.ts';

/** The field issues of a refused command, or undefined when the error is of another kind (rethrow it). */
export function issuesOf(err: unknown): FieldIssue[] | undefined {
  if (err instanceof ValidationError || err instanceof UnprocessableError) return err.issues.length > 0 ? err.issues : [{ path: [], key: err.key, params: err.params }];
  return undefined;
}
