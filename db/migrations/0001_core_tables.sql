CREATE TABLE "admin_unit_lineage" (
	"predecessor_id" uuid NOT NULL,
	"successor_id" uuid NOT NULL,
	"effective_on" date NOT NULL,
	"legal_basis" text,
	CONSTRAINT "admin_unit_lineage_predecessor_id_successor_id_pk" PRIMARY KEY("predecessor_id","successor_id")
);
--> statement-breakpoint
CREATE TABLE "admin_units" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"legal_basis" text,
	CONSTRAINT "admin_units_kind_chk" CHECK ("admin_units"."kind" IN ('PROVINCE', 'CITY', 'WARD', 'COMMUNE', 'SPECIAL_ZONE', 'DISTRICT'))
);
--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"parent_id" uuid,
	"path" text NOT NULL,
	"admin_unit_id" uuid,
	"calendar_code" text DEFAULT 'VN' NOT NULL,
	"working_hours" jsonb,
	"address" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agencies_code_unique" UNIQUE("code"),
	CONSTRAINT "agencies_kind_chk" CHECK ("agencies"."kind" IN ('PEOPLES_COMMITTEE', 'MINISTRY', 'SERVICE_CENTRE', 'DEPARTMENT', 'DIVISION', 'POST', 'OFFICE', 'VERTICAL_UNIT')),
	CONSTRAINT "agencies_level_chk" CHECK ("agencies"."level" IN ('CENTRAL', 'PROVINCE', 'COMMUNE')),
	CONSTRAINT "agencies_code_chk" CHECK ("agencies"."code" ~ '^[0-9A-Z.]{3,35}$')
);
--> statement-breakpoint
CREATE TABLE "agency_code_aliases" (
	"alias" text PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "agency_lineage" (
	"predecessor_id" uuid NOT NULL,
	"successor_id" uuid NOT NULL,
	"event" text NOT NULL,
	"effective_on" date NOT NULL,
	"legal_basis" text,
	CONSTRAINT "agency_lineage_predecessor_id_successor_id_pk" PRIMARY KEY("predecessor_id","successor_id"),
	CONSTRAINT "agency_lineage_event_chk" CHECK ("agency_lineage"."event" IN ('MERGER', 'SPLIT', 'RENAME', 'TRANSFER_OF_FUNCTIONS'))
);
--> statement-breakpoint
CREATE TABLE "one_stop_desks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"address" text,
	"admin_unit_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "one_stop_desks_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "audit_chain_heads" (
	"chain" integer PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"chain" integer NOT NULL,
	"seq" bigint DEFAULT 0 NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"request_id" text,
	"content_hash" "bytea" NOT NULL,
	"prev_hash" "bytea" DEFAULT '\x'::bytea NOT NULL,
	"hash" "bytea" DEFAULT '\x'::bytea NOT NULL,
	CONSTRAINT "audit_log_chain_seq_uq" UNIQUE("chain","seq")
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"calendar_code" text NOT NULL,
	"day" date NOT NULL,
	"type" text NOT NULL,
	"label" text NOT NULL,
	"source_document" text,
	"optional" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_days_calendar_code_day_pk" PRIMARY KEY("calendar_code","day"),
	CONSTRAINT "calendar_days_type_chk" CHECK ("calendar_days"."type" IN ('HOLIDAY', 'SUBSTITUTE_HOLIDAY', 'MAKEUP_WORKDAY', 'CLOSURE'))
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"calendar_code" text NOT NULL,
	"year" integer NOT NULL,
	"source_document" text NOT NULL,
	"status" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_years_calendar_code_year_pk" PRIMARY KEY("calendar_code","year"),
	CONSTRAINT "calendar_years_status_chk" CHECK ("calendar_years"."status" IN ('OFFICIAL', 'PROVISIONAL'))
);
--> statement-breakpoint
CREATE TABLE "calendars" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"working_hours" jsonb NOT NULL,
	"cutoff_time" text DEFAULT '15:00' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fields" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"sector" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedure_version_agencies" (
	"version_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "procedure_version_agencies_version_id_agency_id_pk" PRIMARY KEY("version_id","agency_id"),
	CONSTRAINT "procedure_version_agencies_role_chk" CHECK ("procedure_version_agencies"."role" IN ('COMPETENT', 'RECEIVING', 'COOPERATING'))
);
--> statement-breakpoint
CREATE TABLE "procedure_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"procedure_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"name" text NOT NULL,
	"online_level" text NOT NULL,
	"duration_amount" integer NOT NULL,
	"duration_unit" text NOT NULL,
	"service_target_amount" integer,
	"cutoff_time" text DEFAULT '15:00' NOT NULL,
	"supplement_mode" text DEFAULT 'RESTART' NOT NULL,
	"payment_timing" text DEFAULT 'BEFORE_RESULT' NOT NULL,
	"details" jsonb NOT NULL,
	"eform_schema" jsonb NOT NULL,
	"workflow_id" uuid NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedure_versions_number_uq" UNIQUE("procedure_id","version"),
	CONSTRAINT "procedure_versions_status_chk" CHECK ("procedure_versions"."status" IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
	CONSTRAINT "procedure_versions_unit_chk" CHECK ("procedure_versions"."duration_unit" IN ('HOUR', 'WORKING_DAY', 'DAY', 'MONTH')),
	CONSTRAINT "procedure_versions_amount_chk" CHECK ("procedure_versions"."duration_amount" >= 0),
	CONSTRAINT "procedure_versions_supplement_chk" CHECK ("procedure_versions"."supplement_mode" IN ('RESTART', 'PAUSE')),
	CONSTRAINT "procedure_versions_payment_chk" CHECK ("procedure_versions"."payment_timing" IN ('BEFORE_PROCESSING', 'BEFORE_RESULT', 'AT_RETURN')),
	CONSTRAINT "procedure_versions_cutoff_chk" CHECK ("procedure_versions"."cutoff_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"field_code" text NOT NULL,
	"level" text NOT NULL,
	"online_level" text NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"current_version_id" uuid,
	"life_events" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedures_code_unique" UNIQUE("code"),
	CONSTRAINT "procedures_code_chk" CHECK ("procedures"."code" ~ '^[1-9]\.[0-9]{6}(\.[0-9A-Z.]+)?$'),
	CONSTRAINT "procedures_level_chk" CHECK ("procedures"."level" IN ('CENTRAL', 'PROVINCE', 'COMMUNE')),
	CONSTRAINT "procedures_online_chk" CHECK ("procedures"."online_level" IN ('FULL', 'PARTIAL', 'NONE'))
);
--> statement-breakpoint
CREATE TABLE "dossier_actions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dossier_actions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dossier_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"action_id" text,
	"actor_kind" text NOT NULL,
	"actor_id" text NOT NULL,
	"actor_name" text NOT NULL,
	"actor_role" text,
	"on_behalf_of" text,
	"at" timestamp with time zone NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"from_step" text,
	"to_step" text NOT NULL,
	"from_agency_id" uuid,
	"to_agency_id" uuid,
	"note" text,
	"reason" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "dossier_actions_seq_uq" UNIQUE("dossier_id","seq")
);
--> statement-breakpoint
CREATE TABLE "dossier_code_counters" (
	"scope" text NOT NULL,
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "dossier_code_counters_scope_day_pk" PRIMARY KEY("scope","day")
);
--> statement-breakpoint
CREATE TABLE "dossier_components" (
	"dossier_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"required" boolean NOT NULL,
	"copy_type" text NOT NULL,
	"quantity" integer NOT NULL,
	"provided" boolean DEFAULT false NOT NULL,
	"reused" boolean DEFAULT false NOT NULL,
	"note" text,
	CONSTRAINT "dossier_components_dossier_id_code_pk" PRIMARY KEY("dossier_id","code"),
	CONSTRAINT "dossier_components_copy_chk" CHECK ("dossier_components"."copy_type" IN ('ORIGINAL', 'COPY', 'CERTIFIED_COPY'))
);
--> statement-breakpoint
CREATE TABLE "dossier_consultations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"question" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"answered_by" text
);
--> statement-breakpoint
CREATE TABLE "dossier_results" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"n" integer NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"result_type_code" text,
	"title" text NOT NULL,
	"document_number" text,
	"status" text NOT NULL,
	"issued_at" timestamp with time zone,
	"issued_by" text,
	"replaces_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_results_code_unique" UNIQUE("code"),
	CONSTRAINT "dossier_results_n_uq" UNIQUE("dossier_id","n"),
	CONSTRAINT "dossier_results_kind_chk" CHECK ("dossier_results"."kind" IN ('APPROVAL', 'REFUSAL')),
	CONSTRAINT "dossier_results_status_chk" CHECK ("dossier_results"."status" IN ('DRAFT', 'SIGNED', 'ISSUED', 'CANCELLED'))
);
--> statement-breakpoint
CREATE TABLE "dossier_supplements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"stage" text NOT NULL,
	"items" jsonb NOT NULL,
	"reason" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by" text NOT NULL,
	"previous_due_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"new_due_at" timestamp with time zone,
	CONSTRAINT "dossier_supplements_round_uq" UNIQUE("dossier_id","stage","round"),
	CONSTRAINT "dossier_supplements_stage_chk" CHECK ("dossier_supplements"."stage" IN ('INTAKE', 'PROCESSING'))
);
--> statement-breakpoint
CREATE TABLE "dossier_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"role" text NOT NULL,
	"mode" text NOT NULL,
	"cross_level" boolean DEFAULT false NOT NULL,
	"position" integer NOT NULL,
	"instructions" text NOT NULL,
	"status" text NOT NULL,
	"activated_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"budget_amount" integer NOT NULL,
	"budget_unit" text NOT NULL,
	"completed_at" timestamp with time zone,
	"completed_by" text,
	"outcome" text,
	CONSTRAINT "dossier_tasks_role_chk" CHECK ("dossier_tasks"."role" IN ('LEAD', 'COOPERATING')),
	CONSTRAINT "dossier_tasks_mode_chk" CHECK ("dossier_tasks"."mode" IN ('SEQUENTIAL', 'PARALLEL')),
	CONSTRAINT "dossier_tasks_status_chk" CHECK ("dossier_tasks"."status" IN ('WAITING', 'OPEN', 'DONE'))
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text,
	"parent_id" uuid,
	"procedure_id" uuid NOT NULL,
	"procedure_version_id" uuid NOT NULL,
	"procedure_code" text NOT NULL,
	"workflow_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"applicant_type" text NOT NULL,
	"owner_id_type" text NOT NULL,
	"owner_id" text NOT NULL,
	"owner_name" text NOT NULL,
	"applicant" jsonb NOT NULL,
	"title" text,
	"form_data" jsonb NOT NULL,
	"receiving_desk_id" uuid,
	"receiving_agency_id" uuid NOT NULL,
	"competent_agency_id" uuid NOT NULL,
	"agency_ids" uuid[] NOT NULL,
	"queue_agency_id" uuid,
	"queue_role" text,
	"queue_due_at" timestamp with time zone DEFAULT '9999-12-31T00:00:00Z' NOT NULL,
	"assignee_id" uuid,
	"state" text NOT NULL,
	"step" text NOT NULL,
	"origin_step" text,
	"is_open" boolean DEFAULT true NOT NULL,
	"payment_state" text NOT NULL,
	"delivery_state" text DEFAULT 'NONE' NOT NULL,
	"sync_state" text NOT NULL,
	"delivery_method" text,
	"fee_total" bigint DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"intake_due_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"transfer_due_at" timestamp with time zone,
	"original_due_at" timestamp with time zone,
	"current_due_at" timestamp with time zone,
	"due_explanation" jsonb,
	"step_started_at" timestamp with time zone NOT NULL,
	"step_due_at" timestamp with time zone,
	"extension_count" integer DEFAULT 0 NOT NULL,
	"supplement_count" integer DEFAULT 0 NOT NULL,
	"paused_since" timestamp with time zone,
	"paused_ms" bigint DEFAULT 0 NOT NULL,
	"decision" text,
	"finished_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"timeliness" text,
	"warn_at" timestamp with time zone,
	"alert_at" timestamp with time zone,
	"risk" text DEFAULT 'NONE' NOT NULL,
	"action_count" integer DEFAULT 0 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossiers_code_unique" UNIQUE("code"),
	CONSTRAINT "dossiers_channel_chk" CHECK ("dossiers"."channel" IN ('DESK', 'POST', 'PORTAL', 'DVCQG', 'KIOSK')),
	CONSTRAINT "dossiers_applicant_type_chk" CHECK ("dossiers"."applicant_type" IN ('CITIZEN', 'ORGANISATION')),
	CONSTRAINT "dossiers_payment_state_chk" CHECK ("dossiers"."payment_state" IN ('NOT_REQUIRED', 'DUE', 'PENDING', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED', 'WAIVED')),
	CONSTRAINT "dossiers_delivery_state_chk" CHECK ("dossiers"."delivery_state" IN ('NONE', 'READY', 'AT_DESK', 'POSTAL_ORDERED', 'IN_TRANSIT', 'DELIVERED', 'DELIVERY_FAILED', 'DOWNLOADED')),
	CONSTRAINT "dossiers_sync_state_chk" CHECK ("dossiers"."sync_state" IN ('NOT_REQUIRED', 'PENDING', 'SYNCED', 'FAILED', 'DRIFT')),
	CONSTRAINT "dossiers_timeliness_chk" CHECK ("dossiers"."timeliness" IS NULL OR "dossiers"."timeliness" IN ('EARLY', 'ON_TIME', 'LATE')),
	CONSTRAINT "dossiers_extension_chk" CHECK ("dossiers"."extension_count" BETWEEN 0 AND 1),
	CONSTRAINT "dossiers_received_code_chk" CHECK ("dossiers"."received_at" IS NULL OR "dossiers"."code" IS NOT NULL),
	CONSTRAINT "dossiers_fee_chk" CHECK ("dossiers"."fee_total" >= 0),
	CONSTRAINT "dossiers_decision_chk" CHECK ("dossiers"."decision" IS NULL OR "dossiers"."decision" IN ('APPROVED', 'REFUSED')),
	CONSTRAINT "dossiers_risk_chk" CHECK ("dossiers"."risk" IN ('NONE', 'WARN', 'AT_RISK', 'OVERDUE'))
);
--> statement-breakpoint
CREATE TABLE "access_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"officer_id" uuid,
	"client_id" uuid,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "access_tokens_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "access_tokens_principal_chk" CHECK (("access_tokens"."officer_id" IS NULL) <> ("access_tokens"."client_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "api_clients" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"full_name" text NOT NULL,
	"title" text,
	"email" text,
	"phone" text,
	"password_hash" text NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "officers_username_uq" UNIQUE("username"),
	CONSTRAINT "officers_username_chk" CHECK ("officers"."username" ~ '^[a-z0-9._-]{3,64}$')
);
--> statement-breakpoint
CREATE TABLE "role_grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"officer_id" uuid,
	"client_id" uuid,
	"role" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"include_subtree" boolean DEFAULT true NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"granted_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "role_grants_principal_chk" CHECK (("role_grants"."officer_id" IS NULL) <> ("role_grants"."client_id" IS NULL)),
	CONSTRAINT "role_grants_role_chk" CHECK ("role_grants"."role" IN ('DESK_OFFICER', 'SPECIALIST', 'DEPARTMENT_HEAD', 'LEADER', 'RECORDS_CLERK', 'SUPERVISOR', 'ADMIN', 'POSTAL_AGENT', 'INTEGRATION', 'KIOSK'))
);
--> statement-breakpoint
CREATE TABLE "workflow_definitions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"name" text NOT NULL,
	"definition" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workflow_definitions_key_version_uq" UNIQUE("key","version"),
	CONSTRAINT "workflow_definitions_status_chk" CHECK ("workflow_definitions"."status" IN ('DRAFT', 'PUBLISHED', 'RETIRED'))
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"principal" text NOT NULL,
	"key" text NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"request_hash" text NOT NULL,
	"response_status" integer,
	"response_body" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_principal_key_pk" PRIMARY KEY("principal","key")
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"handler" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer NOT NULL,
	"run_after" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"source_event_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "jobs_status_chk" CHECK ("jobs"."status" IN ('queued', 'running', 'done', 'dead'))
);
--> statement-breakpoint
CREATE TABLE "outbox_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"event_id" uuid NOT NULL,
	"type" text NOT NULL,
	"aggregate_type" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"relayed_at" timestamp with time zone,
	CONSTRAINT "outbox_events_event_id_unique" UNIQUE("event_id")
);
--> statement-breakpoint
ALTER TABLE "admin_unit_lineage" ADD CONSTRAINT "admin_unit_lineage_predecessor_id_admin_units_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_unit_lineage" ADD CONSTRAINT "admin_unit_lineage_successor_id_admin_units_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_admin_unit_id_admin_units_id_fk" FOREIGN KEY ("admin_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_code_aliases" ADD CONSTRAINT "agency_code_aliases_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_lineage" ADD CONSTRAINT "agency_lineage_predecessor_id_agencies_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_lineage" ADD CONSTRAINT "agency_lineage_successor_id_agencies_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_stop_desks" ADD CONSTRAINT "one_stop_desks_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_stop_desks" ADD CONSTRAINT "one_stop_desks_admin_unit_id_admin_units_id_fk" FOREIGN KEY ("admin_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_calendar_code_calendars_code_fk" FOREIGN KEY ("calendar_code") REFERENCES "public"."calendars"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_years" ADD CONSTRAINT "calendar_years_calendar_code_calendars_code_fk" FOREIGN KEY ("calendar_code") REFERENCES "public"."calendars"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_version_agencies" ADD CONSTRAINT "procedure_version_agencies_version_id_procedure_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_version_agencies" ADD CONSTRAINT "procedure_version_agencies_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_workflow_id_workflow_definitions_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."workflow_definitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_field_code_fields_code_fk" FOREIGN KEY ("field_code") REFERENCES "public"."fields"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_actions" ADD CONSTRAINT "dossier_actions_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_components" ADD CONSTRAINT "dossier_components_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_consultations" ADD CONSTRAINT "dossier_consultations_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_consultations" ADD CONSTRAINT "dossier_consultations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_results" ADD CONSTRAINT "dossier_results_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_supplements" ADD CONSTRAINT "dossier_supplements_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_tasks" ADD CONSTRAINT "dossier_tasks_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_tasks" ADD CONSTRAINT "dossier_tasks_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_procedure_version_id_procedure_versions_id_fk" FOREIGN KEY ("procedure_version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_workflow_id_workflow_definitions_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."workflow_definitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_receiving_desk_id_one_stop_desks_id_fk" FOREIGN KEY ("receiving_desk_id") REFERENCES "public"."one_stop_desks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_receiving_agency_id_agencies_id_fk" FOREIGN KEY ("receiving_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_competent_agency_id_agencies_id_fk" FOREIGN KEY ("competent_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_client_id_api_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."api_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_client_id_api_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."api_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admin_units_parent_idx" ON "admin_units" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "admin_units_current_code_uq" ON "admin_units" USING btree ("code") WHERE "admin_units"."valid_to" IS NULL;--> statement-breakpoint
CREATE INDEX "agencies_parent_idx" ON "agencies" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "agencies_path_idx" ON "agencies" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "one_stop_desks_agency_idx" ON "one_stop_desks" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "procedure_version_agencies_agency_idx" ON "procedure_version_agencies" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "procedures_search_trgm_idx" ON "procedures" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "procedures_field_idx" ON "procedures" USING btree ("field_code");--> statement-breakpoint
CREATE INDEX "dossier_consultations_dossier_idx" ON "dossier_consultations" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_tasks_dossier_idx" ON "dossier_tasks" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_tasks_agency_idx" ON "dossier_tasks" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "dossiers_queue_idx" ON "dossiers" USING btree ("queue_agency_id","queue_role","queue_due_at","id") WHERE "dossiers"."is_open";--> statement-breakpoint
CREATE INDEX "dossiers_assignee_idx" ON "dossiers" USING btree ("assignee_id","current_due_at") WHERE "dossiers"."is_open";--> statement-breakpoint
CREATE INDEX "dossiers_agency_ids_idx" ON "dossiers" USING gin ("agency_ids") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "dossiers_owner_idx" ON "dossiers" USING btree ("owner_id_type","owner_id");--> statement-breakpoint
CREATE INDEX "dossiers_competent_received_idx" ON "dossiers" USING btree ("competent_agency_id","received_at");--> statement-breakpoint
CREATE INDEX "dossiers_parent_idx" ON "dossiers" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "role_grants_officer_idx" ON "role_grants" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "role_grants_client_idx" ON "role_grants" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "jobs_ready_idx" ON "jobs" USING btree ("run_after") WHERE "jobs"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "jobs_running_idx" ON "jobs" USING btree ("locked_until") WHERE "jobs"."status" = 'running';--> statement-breakpoint
CREATE INDEX "jobs_dead_idx" ON "jobs" USING btree ("updated_at") WHERE "jobs"."status" = 'dead';--> statement-breakpoint
CREATE INDEX "outbox_events_pending_idx" ON "outbox_events" USING btree ("id") WHERE "outbox_events"."relayed_at" IS NULL;