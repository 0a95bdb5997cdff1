/** What the agencies module's commands need, handed in by the composition root. */
import type { AgencyDirectory } from './agency-directory.ts';

export interface AgencyDeps {
  /** The directory changes are checked against, reloaded after each one commits. */
  agencies: AgencyDirectory;
}
