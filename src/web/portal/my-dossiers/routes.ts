/** My dossiers, supplements, withdrawal, results, the data warehouse and the notifications inbox (issue 4). */
import type { App } from '../../../platform/http/server.ts';
import type { WebDeps } from '../../web-deps.ts';
import { dossierDetailPage } from './detail-page.ts';
import { downloadDossierFile, downloadResult, downloadWarehouseItem } from './downloads.ts';
import { inboxPage, markReadPost } from './inbox-page.ts';
import { myDossiersPage } from './list-page.ts';
import { submitSupplement, supplementPage } from './supplement-page.ts';
import { uploadSupplementFile } from './supplement-upload.ts';
import { warehousePage } from './warehouse-page.ts';
import { submitWithdraw, withdrawPage } from './withdraw-page.ts';

type Params<P> = { Params: P };
type Id = { id: string };
const hide = { schema: { hide: true } } as const;

export function registerMyDossierPages(app: App, deps: WebDeps): void {
  app.get('/ho-so-cua-toi', hide, (request, reply) => myDossiersPage(deps, request, reply));
  app.get<Params<Id> & { Querystring: { tb?: string } }>('/ho-so-cua-toi/:id', hide, (request, reply) => dossierDetailPage(deps, request, reply));
  app.get<Params<Id> & { Querystring: { tai_len?: string } }>('/ho-so-cua-toi/:id/bo-sung', hide, (request, reply) => supplementPage(deps, request, reply));
  app.post<Params<Id>>('/ho-so-cua-toi/:id/bo-sung', hide, (request, reply) => submitSupplement(deps, request, reply));
  app.post<Params<Id & { code: string }>>('/ho-so-cua-toi/:id/bo-sung/tep/:code', hide, (request, reply) => uploadSupplementFile(deps, request, reply));
  app.get<Params<Id>>('/ho-so-cua-toi/:id/rut-ho-so', hide, (request, reply) => withdrawPage(deps, request, reply));
  app.post<Params<Id>>('/ho-so-cua-toi/:id/rut-ho-so', hide, (request, reply) => submitWithdraw(deps, request, reply));
  app.get<Params<Id & { fileId: string }>>('/ho-so-cua-toi/:id/tep/:fileId', hide, (request, reply) => downloadDossierFile(deps, request, reply));
  app.get<Params<Id & { code: string }>>('/ho-so-cua-toi/:id/ket-qua/:code', hide, (request, reply) => downloadResult(deps, request, reply));
  app.get('/kho-du-lieu', hide, (request, reply) => warehousePage(deps, request, reply));
  app.get<Params<{ itemId: string }>>('/kho-du-lieu/:itemId/tai-ve', hide, (request, reply) => downloadWarehouseItem(deps, request, reply));
  app.get('/thong-bao', hide, (request, reply) => inboxPage(deps, request, reply));
  app.post('/thong-bao/da-doc', hide, (request, reply) => markReadPost(deps, request, reply));
}
