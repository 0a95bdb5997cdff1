/**
 * The row types of the dossier tables, apart from the SQL that reads them: the
 * module's commands, presenters and its neighbours (documents, signing) name
 * these types without depending on a repo.
 */
import type {
  dossierActions,
  dossierComponents,
  dossierConsultations,
  dossierResults,
  dossiers,
  dossierSupplements,
  dossierTasks,
} from './dossier.tables.ts';
import type { deskIntakes } from './desk-intake.tables.ts';

export type DossierRow = typeof dossiers.$inferSelect;
export type NewDossierRow = typeof dossiers.$inferInsert;
export type ActionRow = typeof dossierActions.$inferSelect;
export type NewActionRow = typeof dossierActions.$inferInsert;
export type ComponentRow = typeof dossierComponents.$inferSelect;
export type NewComponentRow = typeof dossierComponents.$inferInsert;
export type SupplementRow = typeof dossierSupplements.$inferSelect;
export type NewSupplementRow = typeof dossierSupplements.$inferInsert;
export type ConsultationRow = typeof dossierConsultations.$inferSelect;
export type NewConsultationRow = typeof dossierConsultations.$inferInsert;
export type TaskRow = typeof dossierTasks.$inferSelect;
export type NewTaskRow = typeof dossierTasks.$inferInsert;
export type ResultRow = typeof dossierResults.$inferSelect;
export type NewResultRow = typeof dossierResults.$inferInsert;
/** A desk officer's intake in progress (see desk-intake.tables.ts). */
export type DeskIntakeRow = typeof deskIntakes.$inferSelect;
