/**
 * The public verification page: what the QR code on an e-result opens, and a
 * form where anyone can upload a signed PDF. Plain server-rendered HTML in the
 * shared page shell, working without JavaScript, readable on a cheap phone.
 * Checking a file changes nothing, so the upload needs no session or CSRF
 * token; its size is capped by the configured upload limit.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Readable } from 'node:stream';
import {
  signedRevisionOfUpload,
  verifyResultByCode,
  verifyUploadedPdf,
  type PublicResultStatus,
  type SignatureReport,
  type SigningDeps,
  type UploadVerdict,
} from '../../modules/signing/index.ts';
import { AppError } from '../../platform/errors.ts';
import { readSmallFilePart, sendFile } from '../../platform/http/file-transfer.ts';
import type { App } from '../../platform/http/server.ts';
import { t, type Locale } from '../../platform/i18n/index.ts';
import { button, fileInput, textInput } from '../components/forms.ts';
import { html, type Html } from '../html.ts';
import '../i18n/index.ts'; // registers the page texts: this page is registered by the app, outside web/index.ts
import { pageLocale, sendPage } from '../web-page.ts';

export interface VerifyPageDeps extends SigningDeps {
  uploadMaxBytes: number;
}

interface PublicResult {
  code: string;
  title: string;
  status: PublicResultStatus;
  issuer: string | null;
  issuedAt: string | null;
  holder: string | null;
  replacedBy: string | null;
  replaces: string | null;
}

/**
 * This page's own policy, stricter than the site's: it shows what strangers
 * upload (names, signer fields), so nothing but the site's stylesheet and
 * script may load, forms post only here, and nothing may frame it. Set on
 * every answer of these routes, whatever the global hooks add.
 */
export const VERIFY_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

function signatureBlock(locale: Locale, s: SignatureReport, i: number): Html {
  // A signature valid for an earlier revision says nothing about what was added after it.
  const onlyRevision = s.valid && s.modifiedAfterSigning;
  const verdict = s.valid && !onlyRevision ? 'ok' : 'bad';
  const message = onlyRevision ? 'verify.signatureValidForRevision' : s.valid ? 'verify.signatureValid' : 'verify.signatureInvalid';
  return html`<section class="card check ${verdict}"><h2>${t(locale, 'verify.signature', { n: i + 1 })}</h2>
<p class="verdict ${verdict}"><strong>${t(locale, message)}</strong></p>
<dl class="summary">
<dt>${t(locale, 'verify.signer')}</dt><dd>${s.signerName}${s.signerOrganisation ? ` – ${s.signerOrganisation}` : ''}</dd>
<dt>${t(locale, 'verify.signedAt')}</dt><dd>${s.signedAt ?? t(locale, 'verify.signedAtUnknown')}</dd>
<dt>${t(locale, 'verify.content')}</dt><dd>${t(locale, s.intact ? 'verify.intact' : 'verify.changed')}${s.modifiedAfterSigning ? ` ${t(locale, 'verify.appended')}` : ''}</dd>
<dt>${t(locale, 'verify.certificate')}</dt><dd>${t(locale, s.chainTrusted ? 'verify.trusted' : 'verify.untrusted')} (${s.issuerName})</dd>
</dl>${s.problems.length > 0 ? html`<ul>${s.problems.map((p) => html`<li>${p}</li>`)}</ul>` : ''}</section>`;
}

function resultBlock(locale: Locale, r: PublicResult): Html {
  const verdict = r.status === 'VALID' ? 'ok' : 'bad';
  const link = (code: string) => html`<a href="/verify/${encodeURIComponent(code)}">${code}</a>`;
  return html`<section class="card check ${verdict}"><h2>${t(locale, 'verify.result', { code: r.code })}</h2>
<p class="verdict ${verdict}"><strong>${t(locale, `verify.status.${r.status}`)}</strong></p>
<dl class="summary">
<dt>${t(locale, 'verify.documentTitle')}</dt><dd>${r.title}</dd>
<dt>${t(locale, 'verify.issuer')}</dt><dd>${r.issuer ?? ''}</dd>
<dt>${t(locale, 'verify.issuedAt')}</dt><dd>${r.issuedAt ?? ''}</dd>
<dt>${t(locale, 'verify.holder')}</dt><dd>${r.holder ?? ''}</dd>
${r.replacedBy ? html`<dt>${t(locale, 'verify.replacedBy')}</dt><dd>${link(r.replacedBy)}</dd>` : ''}
${r.replaces ? html`<dt>${t(locale, 'verify.replaces')}</dt><dd>${link(r.replaces)}</dd>` : ''}
</dl></section>`;
}

type UploadVerification = Awaited<ReturnType<typeof verifyUploadedPdf>>;

/** The answer first, in plain words: is this file the document as signed (and issued)? */
function verdictBlock(locale: Locale, v: UploadVerification, maxBytes: number): Html {
  const verdict: UploadVerdict = v.verdict;
  const tone = verdict === 'VALID' ? 'ok' : 'bad';
  const head = html`<p class="verdict ${tone}" id="verdict" data-verdict="${verdict}"><strong>${t(locale, `verify.verdict.${verdict}`)}</strong></p>`;
  if (verdict !== 'FILE_DIFFERS' || !v.signedRevision) return html`<section class="card check ${tone}">${head}</section>`;
  const revision = v.signedRevision;
  const maxMb = Math.floor(maxBytes / 1024 / 1024);
  return html`<section class="card check bad">${head}
<p>${t(locale, 'verify.differsExplained', { n: revision.signature })}</p>
${revision.result ? html`<p>${t(locale, 'verify.signedIsIssued', { code: revision.result.code, title: revision.result.title })} <a href="/verify/${encodeURIComponent(revision.result.code)}">${t(locale, 'verify.seeIssued')}</a></p>` : html`<p>${t(locale, 'verify.signedNotIssued')}</p>`}
<h3>${t(locale, 'verify.revisionHeading')}</h3>
<p>${t(locale, 'verify.revisionHow')}</p>
<form method="post" action="/verify/signed-revision" enctype="multipart/form-data">
${fileInput({ name: 'file', label: t(locale, 'verify.fileLabel', { maxMb }), accept: 'application/pdf', required: true })}
${button(t(locale, 'verify.revisionDownload'))}</form>
</section>${revision.result ? resultBlock(locale, revision.result) : ''}`;
}

function checkForms(locale: Locale, maxBytes: number): Html {
  const maxMb = Math.floor(maxBytes / 1024 / 1024);
  return html`<h2>${t(locale, 'verify.uploadHeading')}</h2>
<form method="post" action="/verify" enctype="multipart/form-data">
${fileInput({ name: 'file', label: t(locale, 'verify.fileLabel', { maxMb }), accept: 'application/pdf', required: true })}
${button(t(locale, 'verify.check'))}</form>
<h2>${t(locale, 'verify.codeHeading')}</h2>
<form method="get" action="/verify">
${textInput({ name: 'code', label: t(locale, 'verify.codeLabel'), required: true, maxlength: 80 })}
${button(t(locale, 'verify.lookUp'))}</form>`;
}

export function registerVerifyPages(app: App, deps: VerifyPageDeps): void {
  const strictPolicy = { onSend: async (_request: FastifyRequest, reply: FastifyReply) => {
    // PDFs are left without one: Chromium's viewer stops rendering under object-src 'none'.
    if (!String(reply.getHeader('content-type') ?? '').startsWith('application/pdf')) reply.header('content-security-policy', VERIFY_CSP);
  } };
  const send = (request: FastifyRequest, reply: FastifyReply, title: string, content: Html, status = 200) => {
    const locale = pageLocale(request);
    return sendPage(reply, { title, area: 'portal', locale, width: 'narrow', body: html`<h1>${title}</h1>${content}${checkForms(locale, deps.uploadMaxBytes)}` }, status);
  };

  /** A refusal the visitor can act on (unknown code, not a PDF, too large) is shown on the page with the forms; anything else is a server error. */
  const failed = (request: FastifyRequest, reply: FastifyReply, err: unknown) => {
    if (!(err instanceof AppError)) throw err;
    const locale = pageLocale(request);
    return send(request, reply, t(locale, 'verify.failedTitle'), html`<p class="verdict bad">${t(locale, err.key, err.params)}</p>`, err.status);
  };

  const showCode = async (request: FastifyRequest, reply: FastifyReply, code: string) => {
    const locale = pageLocale(request);
    try {
      const v = await verifyResultByCode(deps, code.trim().toUpperCase(), locale);
      return send(request, reply, t(locale, 'verify.resultTitle'), html`${resultBlock(locale, v.result)}${v.signatures.map((s, i) => signatureBlock(locale, s, i))}`);
    } catch (err) {
      return failed(request, reply, err);
    }
  };

  app.get('/verify', { ...strictPolicy, schema: { hide: true, querystring: z.object({ code: z.string().max(80).optional() }) } }, async (request, reply) => {
    if (request.query.code) return showCode(request, reply, request.query.code);
    const locale = pageLocale(request);
    return send(request, reply, t(locale, 'verify.title'), html`<p class="lead">${t(locale, 'verify.lead')}</p>`);
  });

  app.get('/verify/:code', { ...strictPolicy, schema: { hide: true, params: z.object({ code: z.string().max(80) }) } }, async (request, reply) => showCode(request, reply, request.params.code));

  app.post('/verify', { ...strictPolicy, schema: { hide: true } }, async (request, reply) => {
    const locale = pageLocale(request);
    try {
      const { bytes, fileName } = await readSmallFilePart(request, deps.uploadMaxBytes);
      const v = await verifyUploadedPdf(deps, bytes, locale);
      return send(
        request,
        reply,
        t(locale, 'verify.fileTitle', { name: fileName }),
        html`${verdictBlock(locale, v, deps.uploadMaxBytes)}${v.result ? resultBlock(locale, v.result) : ''}${v.signatures.map((s, i) => signatureBlock(locale, s, i))}`,
      );
    } catch (err) {
      return failed(request, reply, err);
    }
  });

  /** The file as it was signed, cut from the upload again (nothing of a visitor's file is kept), shown in the browser's PDF viewer. */
  app.post('/verify/signed-revision', { ...strictPolicy, schema: { hide: true } }, async (request, reply) => {
    try {
      const { bytes } = await readSmallFilePart(request, deps.uploadMaxBytes);
      const revision = await signedRevisionOfUpload(deps, bytes);
      const fileName = revision.resultCode ? `${revision.resultCode}.pdf` : 'ban-da-ky.pdf';
      return sendFile(reply, { stream: Readable.from([revision.bytes]), fileName, contentType: 'application/pdf', size: revision.bytes.length }, true);
    } catch (err) {
      return failed(request, reply, err);
    }
  });
}
