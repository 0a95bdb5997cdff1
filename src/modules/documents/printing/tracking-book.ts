/** Form 06, the tracking book: the dossiers an agency received in a period, in order of receipt. */
import type { Executor } from '../../../platform/db/database.ts';
import { VN_OFFSET_MS } from '../../../platform/clock.ts';
import { dossiersReceivedBetween } from '../../dossiers/index.ts';
import type { TrackingBookView } from '../forms/form-views.ts';
import type { FormContext } from './dossier-forms.ts';
import { agencyRefOf, applicantRefOf, placeOf } from './parties.ts';

/** A book holds at most this many rows per print; a longer period is printed in parts. */
export const TRACKING_BOOK_MAX_ROWS = 2000;

const vnMidnight = (day: string) => new Date(new Date(`${day}T00:00:00Z`).getTime() - VN_OFFSET_MS);

export async function buildTrackingBook(
  db: Executor,
  ctx: FormContext,
  agencyId: string,
  period: { from: string; to: string },
  signer: { name: string },
): Promise<TrackingBookView> {
  const end = new Date(vnMidnight(period.to).getTime() + 24 * 3600_000);
  const rows = await dossiersReceivedBetween(db, agencyId, { from: vnMidnight(period.from), to: end }, TRACKING_BOOK_MAX_ROWS);
  const agency = agencyRefOf(ctx.agencies, agencyId);
  return {
    form: 'trackingBook',
    regulation: ctx.regulation,
    agency,
    place: placeOf(ctx.agencies, agencyId),
    issuedAt: ctx.now,
    qr: { dossierCode: '', procedureCode: '', applicantId: '', documentName: `Sổ theo dõi hồ sơ ${period.from} – ${period.to}`, url: `${ctx.publicUrl}/` },
    signer: { name: signer.name, title: 'Người lập sổ', organisation: agency.name },
    book: period.from.slice(0, 4),
    year: Number(period.from.slice(0, 4)),
    rows: rows.map((d, i) => {
      const applicant = applicantRefOf(d);
      return {
        serial: i + 1,
        dossierCode: d.code ?? '',
        procedureName: d.title ?? d.procedureCode,
        sets: 1,
        applicantName: d.ownerName,
        ...(applicant.address ? { applicantAddress: applicant.address } : {}),
        ...(applicant.phone ? { applicantPhone: applicant.phone } : {}),
        leadAgency: ctx.agencies.byId(d.competentAgencyId)?.name ?? '',
        receivedAt: d.receivedAt!,
        appointmentAt: d.currentDueAt ?? d.receivedAt!,
        ...(d.finishedAt ? { resultReceivedAt: d.finishedAt } : {}),
        ...(d.returnedAt ? { returnedAt: d.returnedAt } : {}),
      };
    }),
  };
}
