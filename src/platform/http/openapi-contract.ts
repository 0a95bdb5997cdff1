/**
 * What the OpenAPI document says about each operation beyond its zod schemas
 * (issue 21), kept in one place so that it cannot drift operation by
 * operation:
 *
 * - `security` comes from the route's `config.public` marker — the same one
 *   the access guard reads (route-access.ts) — so the document and the guard
 *   agree by construction;
 * - the error statuses every route can answer (401/403 when signed-in, 413/415
 *   with a body, 429 when rate-limit.ts limits it, 503 when the database is
 *   down or the server is shutting down) are derived, not repeated per route;
 * - the operation ids, the file answers' media types, the multipart bodies and
 *   the examples are the table below. Generated clients name their methods
 *   after the ids, so an id, once published, is not renamed.
 *
 * It works as a wrapper around fastify-type-provider-zod's transform: routes
 * themselves are not changed (their validation and serialisation stay exactly
 * as declared), only what the document says about them.
 */
import type { FastifyRequest, RouteOptions } from 'fastify';
import { createJsonSchemaTransform } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';
import { isPublicRoute } from './route-access.ts';
import { ErrorBody } from './route-helpers.ts';

export interface OperationContract {
  /** Verb-noun camelCase; stable once published. */
  id: string;
  /** Answers with a file instead of JSON: its media types. */
  file?: readonly string[];
  /** A multipart upload of one part named `file`: the types it may be, and whether the limit is the per-component one. */
  upload?: { types: readonly string[]; componentLimit?: boolean };
  /** Error statuses the route's use case answers beyond the derived ones and those its schema lists. */
  errors?: readonly number[];
  /** An example request body and success answer (JSON). */
  example?: { request?: unknown; response?: unknown };
}

const PDF = ['application/pdf'] as const;
const STORED = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;

/** Keyed by "METHOD url" exactly as the route is registered. */
export const OPERATIONS: Readonly<Record<string, OperationContract>> = {
  'POST /api/v1/auth/login': {
    id: 'signIn',
    example: {
      request: { username: 'motcua.tinh', password: '••••••••' },
      response: { token: 'c2Vzc2lvbi10b2tlbg', expiresAt: '2026-03-02T10:00:00.000Z', officer: { id: '7f1c1f0e-3c1b-4e8e-9a51-0d3f6f1f2a10', fullName: 'Nguyễn Văn An' } },
    },
  },
  'POST /api/v1/auth/logout': { id: 'signOut' },
  'GET /api/v1/me': { id: 'getCurrentOfficer' },
  'POST /api/v1/admin/officers': { id: 'createOfficer' },
  'POST /api/v1/admin/api-clients': { id: 'createApiClient' },
  'GET /api/v1/validation/personal-id/:id': { id: 'validatePersonalId' },
  'GET /api/v1/validation/tax-code/:code': { id: 'validateTaxCode' },
  'GET /api/v1/health/live': { id: 'checkLiveness' },
  'GET /api/v1/health/ready': { id: 'checkReadiness' },
  'GET /api/v1/health': { id: 'getHealth' },
  'GET /api/v1/admin/jobs': { id: 'listJobs' },
  'POST /api/v1/admin/jobs/:id/retry': { id: 'retryJob' },
  'GET /api/v1/agencies': { id: 'listAgencies' },
  'GET /api/v1/agencies/:code': { id: 'getAgency' },
  'GET /api/v1/desks': { id: 'listDesks' },
  'PUT /api/v1/admin/agencies/:code/working-hours': { id: 'setWorkingHours' },
  'GET /api/v1/admin-units': { id: 'listAdminUnits' },
  'GET /api/v1/calendar/due-date': { id: 'computeDueDate' },
  'GET /api/v1/calendar/holidays': { id: 'listHolidays' },
  'GET /api/v1/calendar/:calendar/days': { id: 'listCalendarDays' },
  'PUT /api/v1/admin/calendar/:calendar/days/:date': { id: 'setCalendarDay' },
  'PATCH /api/v1/admin/calendar/:calendar/days/:date': { id: 'updateCalendarDay' },
  'PUT /api/v1/admin/calendar/:calendar/years/:year': { id: 'setCalendarYear' },
  'GET /api/v1/procedures': { id: 'listProcedures' },
  'GET /api/v1/procedures/:code': { id: 'getProcedure' },
  'GET /api/v1/procedures/:code/versions': { id: 'listProcedureVersions' },
  'GET /api/v1/fields': { id: 'listFields' },
  'POST /api/v1/admin/procedures/:code/versions': { id: 'createProcedureVersion' },
  'POST /api/v1/admin/procedures/:code/versions/:version/publish': { id: 'publishProcedureVersion' },
  'GET /api/v1/workflows': { id: 'listWorkflows' },
  'GET /api/v1/workflows/:key/:version': { id: 'getWorkflow' },
  'POST /api/v1/admin/workflows/validate': { id: 'validateWorkflow' },
  'POST /api/v1/admin/workflows': { id: 'createWorkflow' },
  'POST /api/v1/admin/workflows/:key/:version/publish': { id: 'publishWorkflow' },
  'POST /api/v1/dossiers': { id: 'createDossier' },
  'GET /api/v1/dossiers': { id: 'listDossiers' },
  'GET /api/v1/dossiers/:id': { id: 'getDossier' },
  'POST /api/v1/dossiers/:id/actions': {
    id: 'actOnDossier',
    example: { request: { type: 'receive', expectedVersion: 0 } },
  },
  'POST /api/v1/dossiers/:id/receive': { id: 'receiveDossier', example: { request: { componentsProvided: ['TP01'], expectedVersion: 0 } } },
  'GET /api/v1/public/dossiers/:dossierCode': { id: 'lookUpDossier' },
  'GET /api/v1/admin/audit/verify': { id: 'verifyAuditChain' },
  'GET /api/v1/admin/audit/:entityType/:entityId': { id: 'listAuditEntries' },
  'POST /api/v1/dossiers/:id/components/:code/files': { id: 'uploadComponentFile', upload: { types: STORED, componentLimit: true } },
  'POST /api/v1/dossiers/:id/components/:code/scans': { id: 'uploadComponentScan', upload: { types: STORED, componentLimit: true } },
  'POST /api/v1/dossiers/:id/files/:fileId/digitise': { id: 'digitiseDossierFile' },
  'POST /api/v1/digitisations/:id/confirm': { id: 'confirmDigitisation' },
  'GET /api/v1/digitisations': { id: 'searchDigitisations' },
  'GET /api/v1/digitisations/:id/content': { id: 'downloadDigitisation', file: PDF },
  'GET /api/v1/dossiers/:id/documents': { id: 'listDossierDocuments' },
  'GET /api/v1/dossiers/:id/files/:fileId/content': { id: 'downloadDossierFile', file: STORED },
  'GET /api/v1/dossiers/:id/reuse-offers': { id: 'listReuseOffers' },
  'POST /api/v1/dossiers/:id/components/:code/reuse': { id: 'reuseWarehouseItem' },
  'GET /api/v1/warehouse': { id: 'listWarehouseItems' },
  'GET /api/v1/dossiers/:id/forms/:form': { id: 'printDossierForm', file: PDF },
  'GET /api/v1/agencies/:code/tracking-book': { id: 'printTrackingBook', file: PDF },
  'GET /api/v1/public/results/:code': { id: 'verifyResult' },
  'POST /api/v1/public/verify': { id: 'verifyUploadedPdf', upload: { types: PDF } },
  'POST /api/v1/public/verify/signed-revision': { id: 'extractSignedRevision', upload: { types: PDF }, file: PDF },
  'GET /api/v1/results/:code/content': { id: 'downloadResult', file: PDF },
  'POST /api/v1/results/:code/replace': { id: 'replaceResult' },
  'POST /api/v1/results/:code/revoke': { id: 'revokeResult' },
};

/** What each derived error status means, for the document. */
const DERIVED_ERRORS: Record<number, string> = {
  400: 'Invalid input: each problem has a field path and a message',
  401: 'Not signed in, or the token expired',
  403: 'Signed in but not allowed',
  413: 'The body (or the uploaded file) is larger than allowed',
  415: 'Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data',
  429: 'Too many requests from this address; retry after Retry-After seconds',
  503: 'The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds',
};
const OTHER_ERRORS: Record<number, string> = {
  404: 'Not found (also when the caller may not know it exists)',
  409: 'Not possible in the current state (lists the allowed actions), or a stale expectedVersion (gives the current version)',
  422: 'Well-formed but against a business rule, or an Idempotency-Key reused for another request',
  423: 'Account locked',
};

/** Whether rate-limit.ts limits a route (passed in: that module builds on the server this one configures). */
export type RateLimitedRoute = (method: string, url: string) => boolean;

type Schema = Record<string, unknown> & { response?: Record<string, unknown>; body?: unknown; consumes?: string[] };

/** The error statuses a route answers, with the zod error schema, added to what its schema declares. */
function withErrors(method: string, url: string, route: Pick<RouteOptions, 'config'>, schema: Schema, contract: OperationContract | undefined, isRateLimited: RateLimitedRoute): Schema {
  const response: Record<string, unknown> = { ...(schema.response ?? {}) };
  const add = (status: number, description: string) => {
    if (!(status in response)) response[status] = ErrorBody.describe(description);
  };
  add(400, DERIVED_ERRORS[400]!);
  if (!isPublicRoute(route)) {
    add(401, DERIVED_ERRORS[401]!);
    add(403, DERIVED_ERRORS[403]!);
  }
  if (schema.body !== undefined || contract?.upload) {
    add(413, DERIVED_ERRORS[413]!);
    add(415, DERIVED_ERRORS[415]!);
  }
  if (contract?.upload) add(422, 'The file is not of an accepted type, or fails its content checks');
  if (isRateLimited(method, url)) add(429, DERIVED_ERRORS[429]!);
  if (url !== '/api/v1/health/live') add(503, DERIVED_ERRORS[503]!);
  for (const status of contract?.errors ?? []) add(status, OTHER_ERRORS[status] ?? 'Error');
  return { ...schema, response };
}

function multipartBody(upload: NonNullable<OperationContract['upload']>, uploadMaxBytes: number) {
  const mb = Math.round((uploadMaxBytes / (1024 * 1024)) * 10) / 10;
  const limit = upload.componentLimit ? `at most the component's own limit, and never more than ${mb} MiB` : `at most ${mb} MiB`;
  return {
    type: 'object',
    required: ['file'],
    properties: {
      file: {
        type: 'string',
        contentMediaType: upload.types.length === 1 ? upload.types[0] : 'application/octet-stream',
        description: `The one file part (${upload.types.join(', ')}); ${limit}. Checked by its content, not its name.`,
      },
    },
    additionalProperties: false,
  };
}

function fileResponse(types: readonly string[]) {
  const content: Record<string, unknown> = {};
  for (const type of types) content[type] = { schema: { type: 'string', contentMediaType: type } };
  return { description: types.length === 1 && types[0] === 'application/pdf' ? 'The PDF' : 'The stored file, with its own type', content };
}

type TransformInput = Parameters<ReturnType<typeof createJsonSchemaTransform>>[0];

/**
 * The document transform: zod schemas to JSON Schema (fastify-type-provider-zod),
 * then this module's additions. `uploadMaxBytes` is the server's file limit, stated in the upload bodies.
 */
export function contractTransform(opts: { skipList: readonly string[]; uploadMaxBytes: number; isRateLimited?: RateLimitedRoute | undefined }) {
  const isRateLimited = opts.isRateLimited ?? (() => false);
  const zodTransform = createJsonSchemaTransform({ skipList: [...opts.skipList] });
  return (input: TransformInput) => {
    const route = (input as { route?: RouteOptions }).route;
    const url = input.url;
    if (!route || !url.startsWith('/api/') || !input.schema || (input.schema as { hide?: boolean }).hide || opts.skipList.includes(url)) return zodTransform(input);
    const method = [route.method].flat()[0]!;
    const contract = OPERATIONS[`${method} ${url}`];
    const schema = withErrors(method, url, route, input.schema as Schema, contract, isRateLimited);
    const out = zodTransform({ ...input, schema } as TransformInput) as { schema: Record<string, any>; url: string }; // eslint-disable-line @typescript-eslint/no-explicit-any -- the transformed schema is plain JSON Schema, walked by key
    const s = { ...out.schema };
    if (contract) {
      s.operationId = contract.id;
      if (contract.upload) {
        s.consumes = ['multipart/form-data'];
        s.body = multipartBody(contract.upload, opts.uploadMaxBytes);
      }
      if (contract.file) {
        const success = Object.keys(s.response ?? {}).find((k) => k.startsWith('2')) ?? '200';
        s.response = { ...s.response, [success]: fileResponse(contract.file) };
      }
      if (contract.example?.request !== undefined && s.body && !contract.upload) s.body = { ...s.body, examples: [contract.example.request] };
      if (contract.example?.response !== undefined) {
        const success = Object.keys(s.response ?? {}).find((k) => k.startsWith('2'));
        if (success) s.response = { ...s.response, [success]: { ...s.response[success], examples: [contract.example.response] } };
      }
    }
    s.security = isPublicRoute(route) ? [] : [{ bearer: [] }];
    return { ...out, schema: s };
  };
}

/**
 * One answer for a wrong Content-Type everywhere (issue 21): an API operation
 * that takes a JSON body refuses any other type with 415, as uploads refuse a
 * non-multipart body — instead of parsing text or a form and failing
 * validation with a 400. Runs in preValidation, after the access guard.
 */
export async function refuseNonJsonBody(request: FastifyRequest): Promise<void> {
  if (!request.url.startsWith('/api/')) return;
  const schema = request.routeOptions.schema as { body?: unknown; consumes?: string[] } | undefined;
  if (!schema?.body || schema.consumes?.includes('multipart/form-data')) return;
  const type = request.headers['content-type'];
  if (type === undefined && (request.body === undefined || request.body === null)) return;
  const essence = String(type ?? '').split(';')[0]!.trim().toLowerCase();
  if (essence === 'application/json' || /^application\/[\w.+-]+\+json$/.test(essence)) return;
  throw new AppError(415, 'error.unsupportedMediaType', { type: String(type ?? '').slice(0, 80) });
}
