CREATE TABLE "digitisations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"component_code" text NOT NULL,
	"source_sha256" text NOT NULL,
	"signed_sha256" text NOT NULL,
	"signed_by" text NOT NULL,
	"signed_by_name" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"ocr_text" text,
	"ocr_folded" text,
	"ocr_confidence" integer,
	"ocr_failure" text,
	"proposal" jsonb,
	"metadata" jsonb,
	"code" text,
	"n" integer NOT NULL,
	"confirmed_by" text,
	"confirmed_at" timestamp with time zone,
	"warehouse_item_id" uuid,
	CONSTRAINT "digitisations_code_unique" UNIQUE("code"),
	CONSTRAINT "digitisations_n_uq" UNIQUE("dossier_id","n"),
	CONSTRAINT "digitisations_status_chk" CHECK ("digitisations"."status" IN ('OCR_PENDING', 'AWAITING_CONFIRMATION', 'OCR_FAILED', 'CONFIRMED'))
);
--> statement-breakpoint
CREATE TABLE "dossier_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"component_code" text,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"source" text NOT NULL,
	"warehouse_item_id" uuid,
	"added_by" text NOT NULL,
	"added_by_name" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"superseded_at" timestamp with time zone,
	CONSTRAINT "dossier_files_source_chk" CHECK ("dossier_files"."source" IN ('UPLOAD', 'SCAN', 'KHO', 'ERESULT'))
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size" bigint NOT NULL,
	"content_type" text NOT NULL,
	"kind" text NOT NULL,
	"pages" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "warehouse_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_id_type" text NOT NULL,
	"owner_id" text NOT NULL,
	"kind" text NOT NULL,
	"document_type" text NOT NULL,
	"title" text NOT NULL,
	"document_number" text,
	"issuer" text,
	"issued_on" date,
	"valid_from" date,
	"valid_to" date,
	"sha256" text NOT NULL,
	"status" text NOT NULL,
	"source_system" text NOT NULL,
	"source_dossier_id" uuid,
	"source_ref" text NOT NULL,
	"created_by" text NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"status_changed_at" timestamp with time zone,
	CONSTRAINT "warehouse_items_source_uq" UNIQUE("source_system","source_ref"),
	CONSTRAINT "warehouse_items_kind_chk" CHECK ("warehouse_items"."kind" IN ('ERESULT', 'DIGITISED', 'CERTIFIED_COPY')),
	CONSTRAINT "warehouse_items_status_chk" CHECK ("warehouse_items"."status" IN ('VALID', 'REPLACED', 'REVOKED'))
);
--> statement-breakpoint
ALTER TABLE "dossier_results" DROP CONSTRAINT "dossier_results_status_chk";--> statement-breakpoint
ALTER TABLE "dossier_results" ADD COLUMN "electronic" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier_results" ADD COLUMN "sha256" text;--> statement-breakpoint
ALTER TABLE "dossier_results" ADD COLUMN "signer_name" text;--> statement-breakpoint
ALTER TABLE "dossier_results" ADD COLUMN "signed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossier_results" ADD COLUMN "replaced_by_id" uuid;--> statement-breakpoint
ALTER TABLE "dossier_results" ADD COLUMN "status_reason" text;--> statement-breakpoint
ALTER TABLE "dossier_results" ADD COLUMN "status_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossier_results" ADD COLUMN "status_changed_by" text;--> statement-breakpoint
ALTER TABLE "digitisations" ADD CONSTRAINT "digitisations_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digitisations" ADD CONSTRAINT "digitisations_source_sha256_stored_files_sha256_fk" FOREIGN KEY ("source_sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digitisations" ADD CONSTRAINT "digitisations_signed_sha256_stored_files_sha256_fk" FOREIGN KEY ("signed_sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_sha256_stored_files_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse_items" ADD CONSTRAINT "warehouse_items_sha256_stored_files_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "digitisations_dossier_idx" ON "digitisations" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_files_dossier_idx" ON "dossier_files" USING btree ("dossier_id","component_code");--> statement-breakpoint
CREATE INDEX "warehouse_items_owner_idx" ON "warehouse_items" USING btree ("owner_id_type","owner_id","document_type");--> statement-breakpoint
ALTER TABLE "dossier_results" ADD CONSTRAINT "dossier_results_status_chk" CHECK ("dossier_results"."status" IN ('DRAFT', 'SIGNED', 'ISSUED', 'CANCELLED', 'REPLACED', 'REVOKED'));