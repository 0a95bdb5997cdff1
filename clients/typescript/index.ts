/**
 * motcua's typed API client: openapi-fetch over the types generated from the
 * OpenAPI document (schema.d.ts). Paths, parameters, bodies and answers are
 * checked by the TypeScript compiler against the published contract.
 *
 *   const api = createMotcuaClient('https://dichvucong.example.gov.vn', token);
 *   const { data, error } = await api.GET('/api/v1/procedures/{code}', { params: { path: { code: '1.004230' } } });
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema.d.ts';

export type { components, operations, paths } from './schema.d.ts';

export function createMotcuaClient(baseUrl: string, token?: string, fetchImpl?: typeof fetch): Client<paths> {
  return createClient<paths>({
    baseUrl,
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
}
