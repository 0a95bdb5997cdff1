/** The agency a change names by code, from the directory's current snapshot; 404 when there is none. */
import { NotFoundError } from '../../platform/errors.ts';
import type { Agency, AgencyDirectory, AgencySnapshot } from './agency-directory.ts';

export async function agencyByCode(directory: AgencyDirectory, code: string): Promise<{ agencies: AgencySnapshot; agency: Agency }> {
  const agencies = await directory.current();
  const agency = agencies.resolve(code)?.agency;
  if (!agency) throw new NotFoundError('agency.notFound', { code });
  return { agencies, agency };
}
