/** What a leader sends to replace or revoke a result. */
import { z } from 'zod';

export const ResultChangeInput = z.strictObject({
  reason: z.string().trim().min(5).max(1000).describe('Why the result is replaced or revoked (kept with the old result)'),
  documentNumber: z.string().trim().min(1).max(100).optional().describe('Register number of the replacement, if it has a new one'),
});
export type ResultChangeInput = z.infer<typeof ResultChangeInput>;
