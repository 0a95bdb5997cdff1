/** The overview is for leaders, department heads and supervisors; other officers get 404, as if it did not exist. */
import { overviewScope } from '../../../modules/dossiers/index.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import type { Admit } from '../../guards.ts';
import type { Officer } from '../officer-session.ts';

export const admitOverviewOfficer: Admit<Officer> = async (officer) => {
  if (overviewScope(officer.actor).length === 0) throw new NotFoundError();
  return officer;
};
