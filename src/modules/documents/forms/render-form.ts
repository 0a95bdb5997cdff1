/** Renders any standard form from its view; the `form` field picks the renderer. */
import { UnprocessableError } from '../../../platform/errors.ts';
import { renderApologyExtension } from './apology-extension.ts';
import { renderControlSlip } from './control-slip.ts';
import type { FormView } from './form-views.ts';
import { renderReceiptSlip } from './receipt-slip.ts';
import { renderRefusalNotice } from './refusal-notice.ts';
import { renderStopNotice } from './stop-notice.ts';
import { renderSupplementRequest } from './supplement-request.ts';
import { renderTrackingBook } from './tracking-book.ts';

export function renderForm(view: FormView): Promise<Buffer> {
  switch (view.form) {
    case 'receiptSlip':
      return renderReceiptSlip(view);
    case 'supplementRequest':
      return renderSupplementRequest(view);
    case 'refusalNotice':
      return renderRefusalNotice(view);
    case 'apologyExtension':
      return renderApologyExtension(view);
    case 'stopNotice':
      return renderStopNotice(view);
    case 'controlSlip':
      return renderControlSlip(view);
    case 'trackingBook':
      return renderTrackingBook(view);
    default: {
      // Views may come from stored JSON, so an unknown id is a caller error, not a crash.
      const unknown: { form?: unknown } = view;
      return Promise.reject(new UnprocessableError('pdf.unknownForm', [], { form: String(unknown.form) }));
    }
  }
}
