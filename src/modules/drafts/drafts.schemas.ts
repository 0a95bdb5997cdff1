/** The JSON kept in a draft: per component, an uploaded stored file or a reused warehouse item, or skipped. */
import { z } from 'zod';

export const DraftComponent = z.union([
  z.strictObject({ kind: z.literal('UPLOAD'), sha256: z.string().regex(/^[0-9a-f]{64}$/), fileName: z.string().min(1).max(255), size: z.number().int().min(0) }),
  z.strictObject({ kind: z.literal('REUSE'), itemId: z.uuid(), title: z.string().max(500) }),
]);
export type DraftComponent = z.infer<typeof DraftComponent>;

export const DraftComponents = z.record(z.string().max(40), DraftComponent);
export type DraftComponents = z.infer<typeof DraftComponents>;

/** The owner a draft belongs to: a person, or the organisation they act for. */
export interface DraftOwner {
  ownerIdType: 'PERSONAL_ID' | 'TAX_CODE';
  ownerId: string;
}

/** What one save may change in a draft. */
export interface DraftChanges {
  competentAgencyCode?: string | null;
  currentStep?: string;
  answers?: Record<string, unknown>;
  components?: DraftComponents;
  deliveryMethod?: 'AT_DESK' | 'BY_POST' | 'ONLINE' | null;
  deliveryAddress?: string | null;
}
