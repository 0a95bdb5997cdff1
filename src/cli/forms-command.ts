/**
 * `motcua forms sample --out <dir>`: every standard form (01–06 and the 2025
 * stop notice) and an e-result, filled with demo data and signed with the
 * development certificates, written as PDF files so a template change can be
 * reviewed by eye and checked by tools (pdftotext, pdfsig) before it ships.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { systemClock } from '../platform/clock.ts';
import { openSystem, UsageError, type CommandSpec } from './cli-kit.ts';

const say = (s: string): void => void process.stdout.write(`${s}\n`);

export const formsCommand: CommandSpec = {
  name: 'forms',
  summary: 'Standard forms: forms sample --out DIR writes every form and a signed e-result as PDF',
  usage: `motcua forms sample --out DIR

Writes Forms 01–06 (and the stop notice of Circular 03/2025) and a signed sample
e-result, filled with demo data, as PDF files in DIR. Signatures use the signing
set-up of the configuration (by default the development certificates kept in the
configured database).`,
  options: { out: { type: 'string' } },
  async run(values, positionals) {
    // The PDF and signing machinery loads only when forms are made (it is the heaviest part of the CLI).
    const { signPdf } = await import('../platform/crypto/signing/index.ts');
    const { checkFonts } = await import('../platform/pdf/fonts.ts');
    const { renderForm, renderResult, sampleForms, sampleResult } = await import('../modules/documents/index.ts');
    const { createSigningKeys } = await import('../modules/signing/index.ts');
    if (positionals[0] !== 'sample' || typeof values.out !== 'string') throw new UsageError(formsCommand.usage);
    checkFonts();
    const out = path.resolve(values.out);
    fs.mkdirSync(out, { recursive: true });
    const config = loadConfig();
    // The development keys live in the database (ADR 0022): the samples are signed by the installation's own root.
    const system = await openSystem(config);
    try {
      const keys = await createSigningKeys(config.signing, systemClock, { db: system.database.db, secretKey: system.services.secretKey });
      const now = systemClock.now();
      // Forms are signed by an officer, the e-result by the agency (TT 01/2018; Decree 45/2020).
      const result = sampleResult();
      const documents = [
        ...sampleForms().map((view) => ({ name: `mau-${view.form}.pdf`, view, kind: 'officer' as const, render: () => renderForm(view) })),
        { name: 'mau-ket-qua-dien-tu.pdf', view: result, kind: 'agency' as const, render: () => renderResult(result) },
      ];
      for (const doc of documents) {
        const signerRef = doc.view.signer;
        const kind = doc.kind;
        const signer = await keys.signerFor({ kind, key: `sample-${kind}`, commonName: kind === 'agency' ? signerRef.organisation : signerRef.name, organisation: signerRef.organisation });
        const pdf = await signPdf(await doc.render(), signer, { name: kind === 'agency' ? signerRef.organisation : signerRef.name, reason: 'Mẫu biểu để xem trước (motcua forms sample)', location: doc.view.place, signedAt: now });
        fs.writeFileSync(path.join(out, doc.name), pdf);
        say(`${doc.name}  ${(pdf.length / 1024).toFixed(0)} KB`);
      }
      say(`Đã ghi ${documents.length} tệp PDF vào ${out}`);
      return 0;
    } finally {
      await system.database.close();
    }
  },
};
