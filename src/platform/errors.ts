/**
 * Errors that carry their meaning to the edge: each has an HTTP status and an
 * i18n message key, so the HTTP layer never guesses and never leaks internals.
 */
import type { MessageKey } from './i18n/index.ts';

export interface FieldIssue {
  path: (string | number)[];
  /** i18n key and parameters; rendered in the caller's language at the edge. */
  key: MessageKey;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly status: number;
  readonly key: MessageKey;
  readonly params: Record<string, string | number>;
  readonly details: Record<string, unknown>;

  constructor(
    status: number,
    key: MessageKey,
    params: Record<string, string | number> = {},
    details: Record<string, unknown> = {},
  ) {
    super(key);
    this.status = status;
    this.key = key;
    this.params = params;
    this.details = details;
  }
}

export class ValidationError extends AppError {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(400, 'error.validation', { count: issues.length });
    this.issues = issues;
  }
}

export class NotFoundError extends AppError {
  constructor(key: MessageKey = 'error.notFound', params: Record<string, string | number> = {}) {
    super(404, key, params);
  }
}

export class UnauthorizedError extends AppError {
  constructor(key: MessageKey = 'error.unauthorized', params: Record<string, string | number> = {}) {
    super(401, key, params);
  }
}

export class ForbiddenError extends AppError {
  constructor(
    key: MessageKey = 'error.forbidden',
    params: Record<string, string | number> = {},
    details: Record<string, unknown> = {},
  ) {
    super(403, key, params, details);
  }
}

export class ConflictError extends AppError {
  constructor(
    key: MessageKey,
    params: Record<string, string | number> = {},
    details: Record<string, unknown> = {},
  ) {
    super(409, key, params, details);
  }
}

/** A request that is well-formed but breaks a business rule (e.g. a budget over the legal limit). */
export class UnprocessableError extends AppError {
  readonly issues: FieldIssue[];
  constructor(key: MessageKey, issues: FieldIssue[] = [], params: Record<string, string | number> = {}) {
    super(422, key, params);
    this.issues = issues;
  }
}
