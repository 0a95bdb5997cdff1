/**
 * The standard forms of one dossier (DOMAIN §7), built from what the dossier
 * and its action log record — never typed twice. Each builder says which
 * action the form is about (its author signs it) or why the dossier has no
 * such form yet.
 */
import { toVnIso } from '../../../platform/clock.ts';
import { UnprocessableError } from '../../../platform/errors.ts';
import { t, type MessageKey } from '../../../platform/i18n/index.ts';
import type { AgencySnapshot } from '../../agencies/index.ts';
import { legalLimitText, type LoadedVersion } from '../../catalog/index.ts';
import type { ActionRow, ComponentRow, DossierRow, SupplementRow } from '../../dossiers/index.ts';
import type { FormId, FormRegulation } from '../forms/form-catalog.ts';
import type { DossierFormViewBase, FormView, HandOver } from '../forms/form-views.ts';
import { agencyRefOf, applicantRefOf, placeOf } from './parties.ts';

export interface DossierRecord {
  dossier: DossierRow;
  version: LoadedVersion;
  actions: ActionRow[];
  components: ComponentRow[];
  supplements: SupplementRow[];
  deskName: string | undefined;
}

export interface FormContext {
  regulation: FormRegulation;
  publicUrl: string;
  agencies: AgencySnapshot;
  now: Date;
  /** The hotline printed for guidance on Form 02 (the agency register holds no phone numbers). */
  contactPhone: string;
}

/** A form and the action whose author signs it (null: the officer printing it signs). */
export interface BuiltForm {
  view: FormView;
  author: { id: string; name: string; kind: string } | null;
}

const lastOf = (actions: ActionRow[], ...types: string[]) => [...actions].reverse().find((a) => types.includes(a.type));

function notYet(form: FormId, reason: MessageKey): never {
  throw new UnprocessableError('documents.formNotYet', [], { form: t('vi', `documents.formName.${form}` as MessageKey), reason: t('vi', reason) });
}

function base(ctx: FormContext, r: DossierRecord, form: FormId, agencyId: string, at: Date, signer: { name: string; title: string }): DossierFormViewBase {
  const d = r.dossier;
  if (!d.code) notYet(form, 'documents.form.noCode');
  const agency = agencyRefOf(ctx.agencies, agencyId, r.deskName);
  const url = `${ctx.publicUrl}/tra-cuu/${encodeURIComponent(d.code!)}`;
  return {
    regulation: ctx.regulation,
    agency,
    place: placeOf(ctx.agencies, agencyId),
    issuedAt: at,
    qr: { dossierCode: d.code!, procedureCode: d.procedureCode, applicantId: d.ownerId, documentName: t('vi', `documents.formName.${form}` as MessageKey), url },
    signer: { ...signer, organisation: agency.name },
    dossierCode: d.code!,
    procedure: { code: r.version.procedure.code, name: r.version.procedure.name },
    applicant: applicantRefOf(d),
  };
}

const author = (a: ActionRow) => ({ id: a.actorId, name: a.actorName, kind: a.actorKind });
const officerTitle = 'Người tiếp nhận';

export function buildDossierForm(form: Exclude<FormId, 'trackingBook'>, ctx: FormContext, r: DossierRecord, printedBy: { name: string }): BuiltForm {
  const d = r.dossier;
  switch (form) {
    case 'receiptSlip': {
      const a = lastOf(r.actions, 'receive');
      if (!a || !d.receivedAt || !d.currentDueAt) return notYet(form, 'documents.form.noCode');
      const v = r.version.version;
      return {
        author: author(a),
        view: {
          ...base(ctx, r, form, d.receivingAgencyId, a.at, { name: a.actorName, title: officerTitle }),
          form,
          components: r.components.filter((c) => c.provided).map((c) => ({ name: c.name, form: c.reused ? 'ELECTRONIC' : c.copyType === 'COPY' ? 'COPY' : c.copyType === 'CERTIFIED_COPY' ? 'CERTIFIED_COPY' : 'ORIGINAL', quantity: c.quantity })),
          sets: 1,
          legalTimeLimit: legalLimitText(v.durationAmount, v.durationUnit),
          receivedAt: d.receivedAt,
          appointmentAt: d.originalDueAt ?? d.currentDueAt,
          returnPlace: d.deliveryMethod === 'BY_POST' ? 'Qua dịch vụ bưu chính công ích' : d.deliveryMethod === 'ONLINE' ? 'Trực tuyến, trên Cổng dịch vụ công' : (r.deskName ?? agencyRefOf(ctx.agencies, d.receivingAgencyId).name),
          ...(d.feeTotal > 0 ? { feeStatus: `Phí, lệ phí: ${d.feeTotal.toLocaleString('vi-VN')} đồng (${d.paymentState === 'PAID' ? 'đã nộp' : 'chưa nộp'})` } : {}),
        },
      };
    }
    case 'supplementRequest': {
      const s = r.supplements[r.supplements.length - 1];
      const a = lastOf(r.actions, 'request_supplement', 'request_intake_supplement');
      if (!s || !a) return notYet(form, 'documents.form.noSupplement');
      const agencyId = s.stage === 'INTAKE' ? d.receivingAgencyId : d.competentAgencyId;
      return {
        author: author(a),
        view: {
          ...base(ctx, r, form, agencyId, s.requestedAt, { name: a.actorName, title: 'Người hướng dẫn' }),
          form,
          items: s.items.map((i) => ({ item: i.description, reason: i.reason })),
          contact: { name: a.actorName, phone: ctx.contactPhone || 'liên hệ Bộ phận Một cửa' },
        },
      };
    }
    case 'refusalNotice': {
      const a = lastOf(r.actions, 'reject_intake');
      if (!a) return notYet(form, 'documents.form.noRefusal');
      return {
        author: author(a),
        view: {
          ...base(ctx, r, form, d.receivingAgencyId, a.at, { name: a.actorName, title: officerTitle }),
          form,
          legalBasis: r.version.version.details.legalBases.map((b) => `${b.number} ${b.title}`),
          reason: a.reason ?? '',
        },
      };
    }
    case 'apologyExtension': {
      const a = lastOf(r.actions, 'extend');
      if (!a || !d.receivedAt || !d.originalDueAt || !d.currentDueAt) return notYet(form, 'documents.form.noExtension');
      return {
        author: author(a),
        view: {
          ...base(ctx, r, form, d.competentAgencyId, a.at, { name: a.actorName, title: 'Thủ trưởng cơ quan' }),
          form,
          receivedAt: d.receivedAt,
          originalAppointmentAt: d.originalDueAt,
          delayReason: a.reason ?? '',
          newAppointmentAt: d.currentDueAt,
        },
      };
    }
    case 'stopNotice': {
      const a = lastOf(r.actions, 'stop');
      if (!a) return notYet(form, 'documents.form.noStop');
      return {
        author: author(a),
        view: {
          ...base(ctx, r, form, d.competentAgencyId, a.at, { name: a.actorName, title: 'Thủ trưởng cơ quan' }),
          form,
          reason: a.reason ?? '',
          legalBasis: r.version.version.details.legalBases.map((b) => `${b.number} ${b.title}`),
        },
      };
    }
    case 'controlSlip':
      return {
        author: null,
        view: {
          ...base(ctx, r, form, d.receivingAgencyId, ctx.now, { name: printedBy.name, title: 'Người lập phiếu' }),
          form,
          leadUnit: agencyRefOf(ctx.agencies, d.competentAgencyId).name,
          handOvers: handOvers(ctx, r),
        },
      };
  }
}

/** Every step change of the log is a hand-over; its outcome compares it with the step's due time set by the move before. */
function handOvers(ctx: FormContext, r: DossierRecord): HandOver[] {
  const moves = r.actions.filter((a) => a.fromStep !== a.toStep);
  const unit = (agencyId: string | null) => (agencyId ? (ctx.agencies.byId(agencyId)?.name ?? '') : '');
  return moves.map((a, i) => {
    const previousDue = i > 0 ? (moves[i - 1]!.payload.changes as Record<string, unknown> | undefined)?.stepDueAt : undefined;
    const due = typeof previousDue === 'string' ? new Date(previousDue) : null;
    const next = r.actions.find((x) => x.seq > a.seq);
    const outcome = !due ? null : a.at.getTime() > due.getTime() ? 'LATE' : due.getTime() - a.at.getTime() >= 24 * 3600_000 ? 'EARLY' : 'ON_TIME';
    return {
      fromUnit: unit(a.fromAgencyId),
      toUnit: unit(a.toAgencyId ?? next?.fromAgencyId ?? a.fromAgencyId),
      handedAt: a.at,
      giver: a.actorName,
      receiver: next?.actorName ?? '',
      outcome,
      note: `${a.fromStep} → ${a.toStep}${due ? ` (hạn bước: ${toVnIso(due).slice(0, 16).replace('T', ' ')})` : ''}`,
    };
  });
}
