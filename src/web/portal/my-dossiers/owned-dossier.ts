/**
 * The portal's ownership rule, as the pages use it: a dossier is shown only to
 * whoever owns it as the person acts now (dossiers module, findOwnedDossier);
 * anything else is the same 404.
 */
import { findOwnedDossier, type DossierRow } from '../../../modules/dossiers/index.ts';
import type { WebDeps } from '../../web-deps.ts';
import { ownerKeys, type Citizen } from '../citizen-session.ts';

export function ownedDossier(deps: WebDeps, citizen: Citizen, id: string): Promise<DossierRow> {
  return findOwnedDossier(deps.db, ownerKeys(citizen), id);
}

export const dossierUrl = (id: string): string => `/ho-so-cua-toi/${id}`;
