/**
 * Which events concern the applicant, and where each message finds its details:
 * the reason comes from the action that caused the event, the asked items from
 * the supplement round. `dossier.action` (every action) is deliberately not
 * here: internal steps (assignment, forwarding, opinions) are not the citizen's
 * business, and the specific events below already say what changed for them.
 */
export interface KindSpec {
  /** Action types whose reason is quoted as {reason}. */
  reasonFrom?: string[];
  /** The supplement round whose items and reason are quoted. */
  supplementStage?: 'INTAKE' | 'PROCESSING';
}

export const NOTIFIED_KINDS: Record<string, KindSpec> = {
  'dossier.submitted': {},
  'dossier.received': {},
  'dossier.intake_supplement_requested': { supplementStage: 'INTAKE' },
  'dossier.intake_supplemented': {},
  'dossier.supplement_requested': { supplementStage: 'PROCESSING' },
  'dossier.supplemented': {},
  'dossier.extended': { reasonFrom: ['extend'] },
  'dossier.refused': { reasonFrom: ['refuse'] },
  'dossier.rejected_at_intake': { reasonFrom: ['reject_intake'] },
  'dossier.payment_requested': {},
  'result.signed': {},
  'result.revoked': {},
  'dossier.returned': {},
  'dossier.withdrawn': { reasonFrom: ['withdraw'] },
  'dossier.stopped': { reasonFrom: ['stop'] },
};

/** Replaces `{name}` with its value; unknown placeholders stay visible so an editing mistake is noticed. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The placeholders a template may use (shown to administrators editing them). */
export const PLACEHOLDERS = ['code', 'procedure', 'date', 'dueDate', 'items', 'reason', 'result', 'amount'] as const;
