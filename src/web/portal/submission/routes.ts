/** Online submission on the portal (issue 4): start, e-form steps, papers, delivery, check, confirmation, drafts. */
import type { App } from '../../../platform/http/server.ts';
import type { WebDeps } from '../../web-deps.ts';
import { autosavePost } from './autosave.ts';
import { checkPage, checkPost } from './check-page.ts';
import { removeComponent, reuseComponentItem, uploadComponentFile } from './component-actions.ts';
import { componentsPage, componentsPost } from './components-page.ts';
import { confirmationPage } from './confirmation-page.ts';
import { deliveryPage, deliveryPost } from './delivery-page.ts';
import { deleteDraftPage, deleteDraftPost, draftsPage } from './drafts-page.ts';
import { formStepPage, formStepPost } from './form-step-page.ts';
import { startPage, startPost } from './start-page.ts';

type P<T> = { Params: T };
type Id = { id: string };
const hide = { schema: { hide: true } } as const;

export function registerSubmissionPages(app: App, deps: WebDeps): void {
  app.get<P<{ dossierId: string }>>('/nop-ho-so/xac-nhan/:dossierId', hide, (request, reply) => confirmationPage(deps, request, reply));
  app.get<P<{ code: string }>>('/nop-ho-so/:code', hide, (request, reply) => startPage(deps, request, reply));
  app.post<P<{ code: string }>>('/nop-ho-so/:code', hide, (request, reply) => startPost(deps, request, reply));
  app.get<{ Querystring: { tb?: string } }>('/ho-so-nhap', hide, (request, reply) => draftsPage(deps, request, reply));
  app.get<P<Id & { page: string }>>('/ho-so-nhap/:id/buoc/:page', hide, (request, reply) => formStepPage(deps, request, reply));
  app.post<P<Id & { page: string }>>('/ho-so-nhap/:id/buoc/:page', hide, (request, reply) => formStepPost(deps, request, reply));
  app.post<P<Id>>('/ho-so-nhap/:id/luu-tu-dong', hide, (request, reply) => autosavePost(deps, request, reply));
  app.get<P<Id>>('/ho-so-nhap/:id/giay-to', hide, (request, reply) => componentsPage(deps, request, reply));
  app.post<P<Id>>('/ho-so-nhap/:id/giay-to', hide, (request, reply) => componentsPost(deps, request, reply));
  app.post<P<Id & { code: string }>>('/ho-so-nhap/:id/giay-to/:code/tai-len', hide, (request, reply) => uploadComponentFile(deps, request, reply));
  app.post<P<Id & { code: string }>>('/ho-so-nhap/:id/giay-to/:code/kho', hide, (request, reply) => reuseComponentItem(deps, request, reply));
  app.post<P<Id & { code: string }>>('/ho-so-nhap/:id/giay-to/:code/go-bo', hide, (request, reply) => removeComponent(deps, request, reply));
  app.get<P<Id>>('/ho-so-nhap/:id/nhan-ket-qua', hide, (request, reply) => deliveryPage(deps, request, reply));
  app.post<P<Id>>('/ho-so-nhap/:id/nhan-ket-qua', hide, (request, reply) => deliveryPost(deps, request, reply));
  app.get<P<Id>>('/ho-so-nhap/:id/kiem-tra', hide, (request, reply) => checkPage(deps, request, reply));
  app.post<P<Id>>('/ho-so-nhap/:id/kiem-tra', hide, (request, reply) => checkPost(deps, request, reply));
  app.get<P<Id>>('/ho-so-nhap/:id/xoa', hide, (request, reply) => deleteDraftPage(deps, request, reply));
  app.post<P<Id>>('/ho-so-nhap/:id/xoa', hide, (request, reply) => deleteDraftPost(deps, request, reply));
}
