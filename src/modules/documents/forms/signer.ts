/** The visible e-signature mark of the officer who issues a form, dated with the form's date. */
import type { SignatureMark } from '../../../platform/pdf/signature-block.ts';
import type { FormViewBase } from './form-views.ts';

export function signatureBlockMark(view: FormViewBase): SignatureMark {
  return { signer: view.signer.name, organisation: view.signer.organisation, signedAt: view.issuedAt };
}

/** The signer's position as printed over an agency signature, upper case line by line. */
export function signerTitle(view: FormViewBase): string {
  return view.signer.title.toLocaleUpperCase('vi-VN');
}
