/**
 * The shape of a demo catalogue entry. Demo entries are real procedures of the
 * plans' agencies with realistic components, fees and limits; they are loaded by
 * `motcua seed` as version 1 of each procedure.
 */
import type { z } from 'zod';
import type { DurationUnit, EformSchema, ProcedureDetails } from '../catalog.schemas.ts';

export type LifeEvent = 'birth' | 'marriage' | 'death' | 'school' | 'business' | 'media' | 'residence' | 'documents';

/** Workflow templates built by the workflow module (see workflow/templates). */
export type WorkflowTemplate = 'province-standard' | 'province-interagency' | 'commune-standard' | 'commune-same-day';

export interface DemoField {
  /** Field code per TT 01/2018 Art. 20: level-1 agency code, hyphen, field code (demo values). */
  code: string;
  name: string;
  sector: string;
}

export interface DemoProcedure {
  code: string;
  name: string;
  fieldCode: string;
  level: 'PROVINCE' | 'COMMUNE';
  onlineLevel: 'FULL' | 'PARTIAL' | 'NONE';
  /** Codes of the competent agencies; 'COMMUNES' means every commune/ward People's Committee. */
  agencies: string[] | 'COMMUNES';
  durationAmount: number;
  durationUnit: DurationUnit;
  cutoffTime?: string;
  supplementMode?: 'RESTART' | 'PAUSE';
  paymentTiming?: 'BEFORE_PROCESSING' | 'BEFORE_RESULT' | 'AT_RETURN';
  workflow: WorkflowTemplate;
  lifeEvents: LifeEvent[];
  details: z.input<typeof ProcedureDetails>;
  eform: z.input<typeof EformSchema>;
}

/**
 * The body of "draft a version" for a demo entry: what the seed loads, and what tests send to the
 * admin API when they need a realistic procedure version. Absent options take the catalogue's
 * usual values (15:00 cut-off, supplement restarts the clock, fees due before the result).
 */
export function versionInputOf(p: DemoProcedure, workflow: { key: string; version: number }, competentAgencies: string[]) {
  return {
    name: p.name,
    fieldCode: p.fieldCode,
    level: p.level,
    onlineLevel: p.onlineLevel,
    lifeEvents: p.lifeEvents,
    durationAmount: p.durationAmount,
    durationUnit: p.durationUnit,
    cutoffTime: p.cutoffTime ?? '15:00',
    supplementMode: p.supplementMode ?? 'RESTART',
    paymentTiming: p.paymentTiming ?? 'BEFORE_RESULT',
    details: withPortal(p),
    eform: p.eform,
    workflow,
    competentAgencies,
  };
}

/**
 * Online submission on motcua's own portal is a per-procedure switch (DOMAIN §1.3): the demo turns it
 * on for the fully online procedures, beside DVCQG, so the portal can be tried end to end.
 */
function withPortal(p: DemoProcedure): DemoProcedure['details'] {
  const channels = p.details.channels ?? [];
  return p.onlineLevel === 'FULL' && !channels.includes('PORTAL') ? { ...p.details, channels: [...channels, 'PORTAL'] } : p.details;
}
