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
