/**
 * The demo procedure catalogue: every sector file, in catalogue order.
 */
import type { DemoProcedure } from '../demo-procedure.ts';
import { certificationProcedures } from './certification.ts';
import { civilStatusProcedures } from './civil-status.ts';
import { educationProcedures } from './education.ts';
import { justiceProcedures } from './justice.ts';
import { postalTelecomProcedures } from './postal-telecom.ts';
import { pressPublishingProcedures } from './press-publishing.ts';

export {
  certificationProcedures,
  civilStatusProcedures,
  educationProcedures,
  justiceProcedures,
  postalTelecomProcedures,
  pressPublishingProcedures,
};

export const demoProcedures: DemoProcedure[] = [
  ...pressPublishingProcedures,
  ...postalTelecomProcedures,
  ...educationProcedures,
  ...justiceProcedures,
  ...civilStatusProcedures,
  ...certificationProcedures,
];
