/**
 * The page text of the web layer. Importing this file registers every page
 * catalogue; src/web/index.ts does, so the texts are there before a page renders.
 */
import './web.ts';
import './portal-sign-in.ts';
import './portal-catalogue.ts';
import './portal-submission.ts';
import './portal-my-dossiers.ts';
import './office-sign-in.ts';
import './office-dossier.ts';
import './office-intake.ts';
import './office-admin.ts';
import './office-news.ts';
import './public-verify.ts';
