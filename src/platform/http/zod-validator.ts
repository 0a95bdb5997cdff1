/**
 * Request validation with zod. Issues keep the offending input (reportInput),
 * so a missing field and a field of the wrong type get different messages; the
 * input itself is never echoed back. A JSON body of `null` counts as absent,
 * so schemas with a default body apply it.
 */
import type { FastifySchema, FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';

export class RequestValidationError extends Error {
  readonly issues: z.core.$ZodIssue[];
  validationContext?: string;
  constructor(issues: z.core.$ZodIssue[]) {
    super('request validation failed');
    this.issues = issues;
  }
}

export const zodValidatorCompiler: FastifySchemaCompiler<FastifySchema> = ({ schema }) => {
  const zod = schema as unknown as z.ZodType;
  return (data: unknown) => {
    const result = zod.safeParse(data === null ? undefined : data, { reportInput: true });
    return result.success ? { value: result.data } : { error: new RequestValidationError(result.error.issues) };
  };
};
