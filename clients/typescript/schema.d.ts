// Generated from motcua's OpenAPI document by `npm run api:client` (clients/typescript/generate.ts). Do not edit.
export interface paths {
    "/api/v1/admin-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Administrative units (province → communes/wards), with their history on request */
        get: operations["listAdminUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/agencies/{code}/working-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set an agency's own office hours (null: back to its calendar's hours); due dates use them from now on */
        put: operations["setWorkingHours"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an API client; the token is shown once */
        post: operations["createApiClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit/{entityType}/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entity's audit entries, oldest first */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute every link of the audit chains; reports changed, missing or re-ordered entries */
        get: operations["verifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/calendar/{calendar}/days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enter or change one calendar row (a holiday, substitute day, make-up Saturday or closure) */
        put: operations["setCalendarDay"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Switch a row on or off (e.g. the optional 24/11 holiday) */
        patch: operations["updateCalendarDay"];
        trace?: never;
    };
    "/api/v1/admin/calendar/{calendar}/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record that a year's notice has been entered (its rows become the whole truth for that year) */
        put: operations["setCalendarYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs by status — `dead` is the dead-letter view (failed after all retries) */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a dead job three more attempts */
        post: operations["retryJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an officer account with scoped roles */
        post: operations["createOfficer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/procedures/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft a new version of a procedure (creates the procedure on its first version) */
        post: operations["createProcedureVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/procedures/{code}/versions/{version}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a drafted version: its workflow budgets must fit the legal time limit; it is frozen afterwards */
        post: operations["publishProcedureVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save a draft workflow version */
        post: operations["createWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/workflows/{key}/{version}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft workflow after validation (unreachable steps, dead ends and bad moves are refused) */
        post: operations["publishWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/workflows/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a definition without saving it (optionally against a legal time limit) */
        post: operations["validateWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agencies, optionally filtered; by default those active today */
        get: operations["listAgencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agency by code; legacy right-to-left codes are accepted and normalised */
        get: operations["getAgency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}/tracking-book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Form 06, the tracking book of the dossiers an agency received in a period, as a signed A4 PDF */
        get: operations["printTrackingBook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Officer sign-in (password); returns a bearer token */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revokes the bearer token */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{calendar}/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stored calendar rows between two dates (including switched-off optional days) */
        get: operations["listCalendarDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/due-date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Due date for a time limit from a start instant, explained step by step */
        get: operations["computeDueDate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Holidays, substitute days and make-up working days of a year (entered notice, or computed from the Labour Code) */
        get: operations["listHolidays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/desks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One-stop desks */
        get: operations["listDesks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/digitisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search digitised papers by their OCR text (accent-insensitive), within the caller's dossiers */
        get: operations["searchDigitisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/digitisations/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm (or enter) the metadata: issues the digitisation code and stores the scan in the owner's data warehouse */
        post: operations["confirmDigitisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/digitisations/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The officer-signed scan (PDF) */
        get: operations["downloadDigitisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dossiers in the caller's scope, or (view=work) the caller's work queue, soonest due first */
        get: operations["listDossiers"];
        put?: never;
        /** Register a dossier (online, at a desk, by post or kiosk); it is received with a separate action */
        post: operations["createDossier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One dossier in full, with its action log, due-date explanation and the actions the caller may take (the read is audited) */
        get: operations["getDossier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take an action (receive, assign, approve, request_supplement, extend, return_result, …); 409 lists the allowed actions */
        post: operations["actOnDossier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/components/{code}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file for a component (multipart field "file"); checked by content, type and size before it is stored */
        post: operations["uploadComponentFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/components/{code}/reuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the component from the owner's data warehouse (marked reused) */
        post: operations["reuseWarehouseItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/components/{code}/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Digitise a paper component (TT 01/2023): upload the scan, which is signed by the officer; OCR then proposes the metadata */
        post: operations["uploadComponentScan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Files, digitisations and the digitised/reused flags of each component (DVCQG DuocSoHoa, DuocLayTuKhoDMQG) */
        get: operations["listDossierDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/files/{fileId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one file of the dossier */
        get: operations["downloadDossierFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/files/{fileId}/digitise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Digitise a file already attached to a component (signed by the officer; OCR follows as a job) */
        post: operations["digitiseDossierFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/forms/{form}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A standard form of the dossier as a signed PDF (A5): receiptSlip, supplementRequest, refusalNotice, apologyExtension, stopNotice, controlSlip */
        get: operations["printDossierForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive a dossier: allocates its code and due date (shortcut for the receive action) */
        post: operations["receiveDossier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/reuse-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Documents of the dossier's owner that its components may take from the data warehouse instead of an upload */
        get: operations["listReuseOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fields (lĩnh vực) of the catalogue */
        get: operations["listFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service details for operators and administrators: job counts, outbox backlog, database kind and pool */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers (restart it if not). Touches nothing else. */
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: 200 when the database answers and every migration is applied, 503 otherwise (send no traffic here) */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller and its scoped roles */
        get: operations["getCurrentOfficer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search procedures: accent-insensitive, typo-tolerant, ranked ("cap giay phep in" finds "Cấp giấy phép hoạt động in") */
        get: operations["listProcedures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/procedures/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current published version of a procedure (or ?version=n), with components, fees and e-form */
        get: operations["getProcedure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/procedures/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All versions of a procedure */
        get: operations["listProcedureVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/dossiers/{dossierCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public look-up by dossier code (or QR): status and dates only; the owner name is masked */
        get: operations["lookUpDossier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/results/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify an e-result by its code: status (valid, replaced, revoked), issuer, who signed and when, integrity and trust */
        get: operations["verifyResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the signatures of any PDF (multipart field "file"); says whether motcua issued this very file */
        post: operations["verifyUploadedPdf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/verify/signed-revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The signed revision of an uploaded PDF (multipart field "file"): the file exactly as its newest valid signature (or ?signature=n) signed it, without anything added later */
        post: operations["extractSignedRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/{code}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed e-result PDF, for those who may see the dossier */
        get: operations["downloadResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/{code}/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a replacement result (the old one is kept, marked REPLACED, and linked to the new one); leaders of the competent agency */
        post: operations["replaceResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/{code}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a result (kept, marked REVOKED, also in the owner’s data warehouse); leaders of the competent agency */
        post: operations["revokeResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/validation/personal-id/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a 12-digit personal identification number (layout, province, century/sex, birth year) */
        get: operations["validatePersonalId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/validation/tax-code/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a tax code (10-digit check digit, 13-digit dependent unit, or 12-digit personal id) */
        get: operations["validateTaxCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warehouse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An owner's data warehouse, for the owner's own channel (the portal acting for the signed-in citizen); the read is audited */
        get: operations["listWarehouseItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Workflow definitions and their versions */
        get: operations["listWorkflows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{key}/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One workflow definition */
        get: operations["getWorkflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAdminUnits: {
        parameters: {
            query?: {
                history?: "true" | "false";
                parent?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            kind: string;
                            legalBasis: string | null;
                            name: string;
                            validFrom: string;
                            validTo: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    setWorkingHours: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    workingHours: {
                        intervals: [
                            string,
                            string
                        ][];
                        weekdays: number[];
                    } | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        workingHours: {
                            intervals: [
                                string,
                                string
                            ][];
                            weekdays: number[];
                        } | null;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    createApiClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    grants: {
                        agencyCode: string;
                        /** @default true */
                        includeSubtree?: boolean;
                        /** @enum {string} */
                        role: "DESK_OFFICER" | "SPECIALIST" | "DEPARTMENT_HEAD" | "LEADER" | "RECORDS_CLERK" | "SUPERVISOR" | "ADMIN" | "POSTAL_AGENT" | "OPERATOR" | "INTEGRATION" | "KIOSK";
                        /** Format: date */
                        validFrom?: string;
                        /** Format: date */
                        validTo?: string;
                    }[];
                    name: string;
                    tokenDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiresAt: string | null;
                        id: string;
                        token: string;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entityId: string;
                entityType: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actorId: string;
                            actorKind: string;
                            chain: number;
                            hash: string;
                            occurredAt: string;
                            payload: unknown;
                            seq: number;
                        }[];
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    verifyAuditChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        anchor?: {
                            createdAt: string;
                            sha256: string;
                            slot: string;
                        } | null;
                        chains: {
                            chain: number;
                            headHash: string;
                            seq: number;
                        }[];
                        entries: number;
                        ok: boolean;
                        problems: {
                            chain: number;
                            detail?: string;
                            id?: number;
                            problem: string;
                            seq: number;
                        }[];
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    setCalendarDay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path: {
                calendar: string;
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    label: string;
                    /** @default false */
                    optional?: boolean;
                    sourceDocument: string;
                    /** @enum {string} */
                    type: "HOLIDAY" | "SUBSTITUTE_HOLIDAY" | "MAKEUP_WORKDAY" | "CLOSURE";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        date: string;
                        label: string;
                        optional: boolean;
                        sourceDocument: string | null;
                        type: string;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    updateCalendarDay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path: {
                calendar: string;
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        date: string;
                        label: string;
                        optional: boolean;
                        sourceDocument: string | null;
                        type: string;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    setCalendarYear: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path: {
                calendar: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sourceDocument: string;
                    /** @enum {string} */
                    status: "OFFICIAL" | "PROVISIONAL";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sourceDocument: string;
                        status: string;
                        year: number;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    listJobs: {
        parameters: {
            query?: {
                limit?: number;
                status?: "queued" | "running" | "done" | "dead";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            handler: string;
                            id: string;
                            lastError: string | null;
                            maxAttempts: number;
                            runAfter: string;
                            status: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    retryJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "queued";
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    createOfficer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email?: string;
                    fullName: string;
                    grants: {
                        agencyCode: string;
                        /** @default true */
                        includeSubtree?: boolean;
                        /** @enum {string} */
                        role: "DESK_OFFICER" | "SPECIALIST" | "DEPARTMENT_HEAD" | "LEADER" | "RECORDS_CLERK" | "SUPERVISOR" | "ADMIN" | "POSTAL_AGENT" | "OPERATOR" | "INTEGRATION" | "KIOSK";
                        /** Format: date */
                        validFrom?: string;
                        /** Format: date */
                        validTo?: string;
                    }[];
                    password: string;
                    phone?: string;
                    title?: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    createProcedureVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    competentAgencies: string[];
                    /** @default 15:00 */
                    cutoffTime?: string;
                    details: {
                        channels: ("DESK" | "POST" | "PORTAL" | "DVCQG" | "KIOSK")[];
                        components: {
                            /** @default false */
                            acceptsReuse?: boolean;
                            code: string;
                            /** @enum {string} */
                            copyType: "ORIGINAL" | "COPY" | "CERTIFIED_COPY";
                            documentType?: string;
                            name: string;
                            note?: string;
                            quantity: number;
                            required: boolean;
                            sampleForm?: {
                                name: string;
                                reference?: string;
                            };
                            upload?: {
                                maxMb?: number;
                                officeFormats?: ("docx" | "xlsx" | "odt" | "ods" | "doc" | "xls")[];
                            };
                        }[];
                        durationText?: string;
                        fees: {
                            amount: number;
                            code: string;
                            description?: string;
                            /** @enum {string} */
                            kind: "FEE" | "CHARGE";
                            name: string;
                            /**
                             * @default DOSSIER
                             * @enum {string}
                             */
                            per?: "DOSSIER" | "COPY" | "PAGE" | "ITEM";
                        }[];
                        legalBases: {
                            /** Format: date */
                            issuedOn?: string;
                            number: string;
                            title: string;
                        }[];
                        requirements?: string;
                        resultTypes: {
                            code: string;
                            documentType?: string;
                            /** @default true */
                            electronic?: boolean;
                            name: string;
                        }[];
                        steps: string[];
                        targetDescription?: string;
                        targetGroups: ("CITIZEN" | "ORGANISATION")[];
                    };
                    durationAmount: number;
                    /** @enum {string} */
                    durationUnit: "HOUR" | "WORKING_DAY" | "DAY" | "MONTH";
                    eform: {
                        pages: {
                            fields: {
                                help?: string;
                                label: string;
                                labelEn?: string;
                                max?: number;
                                maxLength?: number;
                                min?: number;
                                minLength?: number;
                                name: string;
                                options?: {
                                    label: string;
                                    value: string;
                                }[];
                                /** @enum {string} */
                                prefill?: "owner.name" | "owner.personalId" | "owner.birthDate" | "owner.address" | "owner.phone" | "owner.email" | "organisation.taxCode" | "organisation.name";
                                /** @default false */
                                required?: boolean;
                                showIf?: {
                                    field: string;
                                    /** @enum {string} */
                                    op: "equals" | "notEquals" | "in" | "isTrue" | "isFalse";
                                    value?: string | number | boolean | string[];
                                };
                                /** @enum {string} */
                                type: "text" | "textarea" | "number" | "date" | "select" | "checkbox" | "personalId" | "taxCode" | "phone" | "email";
                            }[];
                            id: string;
                            showIf?: {
                                field: string;
                                /** @enum {string} */
                                op: "equals" | "notEquals" | "in" | "isTrue" | "isFalse";
                                value?: string | number | boolean | string[];
                            };
                            title: string;
                        }[];
                        version: number;
                    };
                    fieldCode: string;
                    /** @enum {string} */
                    level: "CENTRAL" | "PROVINCE" | "COMMUNE";
                    /** @default [] */
                    lifeEvents?: ("birth" | "marriage" | "death" | "school" | "business" | "media" | "residence" | "documents")[];
                    name: string;
                    /** @enum {string} */
                    onlineLevel: "FULL" | "PARTIAL" | "NONE";
                    /**
                     * @default BEFORE_RESULT
                     * @enum {string}
                     */
                    paymentTiming?: "BEFORE_PROCESSING" | "BEFORE_RESULT" | "AT_RETURN";
                    serviceTargetAmount?: number;
                    /**
                     * @default RESTART
                     * @enum {string}
                     */
                    supplementMode?: "RESTART" | "PAUSE";
                    workflow: {
                        key: string;
                        version: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** @enum {string} */
                        status: "DRAFT";
                        version: number;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    publishProcedureVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path: {
                code: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** @enum {string} */
                        status: "PUBLISHED";
                        version: number;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    createWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    interagency?: {
                        /** @default false */
                        crossLevel?: boolean;
                        modes: ("SEQUENTIAL" | "PARALLEL")[];
                    };
                    key: string;
                    name: string;
                    start: string;
                    steps: {
                        /** @default [] */
                        actions?: {
                            /** @enum {string} */
                            agency?: "RECEIVING" | "COMPETENT";
                            /** @default [] */
                            guards?: ({
                                /** @enum {string} */
                                kind: "assignedToActor";
                            } | {
                                actions: string[];
                                /** @enum {string} */
                                kind: "notSameActorAs";
                            } | {
                                /** @enum {string} */
                                kind: "paymentSettled";
                                /** @enum {string} */
                                stage?: "PROCESSING" | "RESULT" | "RETURN";
                            } | {
                                /** @enum {string} */
                                kind: "paymentDue";
                            } | {
                                /** @enum {string} */
                                kind: "noOpenConsultations";
                            } | {
                                /** @enum {string} */
                                kind: "allTasksCompleted";
                            } | {
                                /** @enum {string} */
                                kind: "maxExtensions";
                                max: number;
                            } | {
                                days: number;
                                /** @enum {string} */
                                kind: "beforeDueByWorkingDays";
                            } | {
                                /** @enum {string} */
                                kind: "maxSupplementRounds";
                                max: number;
                                /**
                                 * @default PROCESSING
                                 * @enum {string}
                                 */
                                stage?: "INTAKE" | "PROCESSING";
                            } | {
                                days: number;
                                /** @enum {string} */
                                kind: "withinWorkingDaysOfReceipt";
                            } | {
                                /** @enum {string} */
                                kind: "requiredComponentsProvided";
                            } | {
                                /** @enum {string} */
                                kind: "hasResult";
                            })[];
                            id: string;
                            label?: string;
                            /** @enum {boolean} */
                            returnToOrigin?: true;
                            roles?: ("DESK_OFFICER" | "SPECIALIST" | "DEPARTMENT_HEAD" | "LEADER" | "RECORDS_CLERK" | "SUPERVISOR" | "ADMIN" | "POSTAL_AGENT" | "OPERATOR" | "APPLICANT")[];
                            to?: string;
                            /** @enum {string} */
                            type: "receive" | "request_intake_supplement" | "complete_intake_supplement" | "reject_intake" | "transfer" | "assign" | "forward" | "request_supplement" | "complete_supplement" | "consult" | "reply_consultation" | "start_interagency" | "complete_task" | "approve" | "refuse" | "sign" | "issue_result" | "request_payment" | "record_payment" | "return_result" | "extend" | "stop" | "withdraw";
                        }[];
                        /** @enum {string} */
                        agency: "RECEIVING" | "COMPETENT";
                        budget?: {
                            amount: number;
                            /** @enum {string} */
                            unit: "WORKING_HOUR" | "WORKING_DAY";
                        };
                        id: string;
                        name: string;
                        nameEn?: string;
                        role: ("DESK_OFFICER" | "SPECIALIST" | "DEPARTMENT_HEAD" | "LEADER" | "RECORDS_CLERK" | "SUPERVISOR" | "ADMIN" | "POSTAL_AGENT" | "OPERATOR" | "APPLICANT") | null;
                        /** @enum {string} */
                        state: "SUBMITTED" | "INTAKE_SUPPLEMENT" | "RECEIVED" | "REJECTED_AT_INTAKE" | "ASSIGNED" | "APPRAISAL" | "VERIFICATION" | "CONSULTATION" | "INTERAGENCY" | "AWAITING_APPROVAL" | "SIGNING" | "ISSUING" | "SUPPLEMENT_REQUESTED" | "AWAITING_PAYMENT" | "WITHDRAWN" | "STOPPED" | "RESULT_READY" | "RETURNED";
                        /** @default false */
                        terminal?: boolean;
                    }[];
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: string;
                        name: string;
                        publishedAt: string | null;
                        status: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    publishWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path: {
                key: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: string;
                        name: string;
                        publishedAt: string | null;
                        status: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    validateWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    definition: {
                        interagency?: {
                            /** @default false */
                            crossLevel?: boolean;
                            modes: ("SEQUENTIAL" | "PARALLEL")[];
                        };
                        key: string;
                        name: string;
                        start: string;
                        steps: {
                            /** @default [] */
                            actions?: {
                                /** @enum {string} */
                                agency?: "RECEIVING" | "COMPETENT";
                                /** @default [] */
                                guards?: ({
                                    /** @enum {string} */
                                    kind: "assignedToActor";
                                } | {
                                    actions: string[];
                                    /** @enum {string} */
                                    kind: "notSameActorAs";
                                } | {
                                    /** @enum {string} */
                                    kind: "paymentSettled";
                                    /** @enum {string} */
                                    stage?: "PROCESSING" | "RESULT" | "RETURN";
                                } | {
                                    /** @enum {string} */
                                    kind: "paymentDue";
                                } | {
                                    /** @enum {string} */
                                    kind: "noOpenConsultations";
                                } | {
                                    /** @enum {string} */
                                    kind: "allTasksCompleted";
                                } | {
                                    /** @enum {string} */
                                    kind: "maxExtensions";
                                    max: number;
                                } | {
                                    days: number;
                                    /** @enum {string} */
                                    kind: "beforeDueByWorkingDays";
                                } | {
                                    /** @enum {string} */
                                    kind: "maxSupplementRounds";
                                    max: number;
                                    /**
                                     * @default PROCESSING
                                     * @enum {string}
                                     */
                                    stage?: "INTAKE" | "PROCESSING";
                                } | {
                                    days: number;
                                    /** @enum {string} */
                                    kind: "withinWorkingDaysOfReceipt";
                                } | {
                                    /** @enum {string} */
                                    kind: "requiredComponentsProvided";
                                } | {
                                    /** @enum {string} */
                                    kind: "hasResult";
                                })[];
                                id: string;
                                label?: string;
                                /** @enum {boolean} */
                                returnToOrigin?: true;
                                roles?: ("DESK_OFFICER" | "SPECIALIST" | "DEPARTMENT_HEAD" | "LEADER" | "RECORDS_CLERK" | "SUPERVISOR" | "ADMIN" | "POSTAL_AGENT" | "OPERATOR" | "APPLICANT")[];
                                to?: string;
                                /** @enum {string} */
                                type: "receive" | "request_intake_supplement" | "complete_intake_supplement" | "reject_intake" | "transfer" | "assign" | "forward" | "request_supplement" | "complete_supplement" | "consult" | "reply_consultation" | "start_interagency" | "complete_task" | "approve" | "refuse" | "sign" | "issue_result" | "request_payment" | "record_payment" | "return_result" | "extend" | "stop" | "withdraw";
                            }[];
                            /** @enum {string} */
                            agency: "RECEIVING" | "COMPETENT";
                            budget?: {
                                amount: number;
                                /** @enum {string} */
                                unit: "WORKING_HOUR" | "WORKING_DAY";
                            };
                            id: string;
                            name: string;
                            nameEn?: string;
                            role: ("DESK_OFFICER" | "SPECIALIST" | "DEPARTMENT_HEAD" | "LEADER" | "RECORDS_CLERK" | "SUPERVISOR" | "ADMIN" | "POSTAL_AGENT" | "OPERATOR" | "APPLICANT") | null;
                            /** @enum {string} */
                            state: "SUBMITTED" | "INTAKE_SUPPLEMENT" | "RECEIVED" | "REJECTED_AT_INTAKE" | "ASSIGNED" | "APPRAISAL" | "VERIFICATION" | "CONSULTATION" | "INTERAGENCY" | "AWAITING_APPROVAL" | "SIGNING" | "ISSUING" | "SUPPLEMENT_REQUESTED" | "AWAITING_PAYMENT" | "WITHDRAWN" | "STOPPED" | "RESULT_READY" | "RETURNED";
                            /** @default false */
                            terminal?: boolean;
                        }[];
                        version: number;
                    };
                    legalLimit?: {
                        amount: number;
                        /** @enum {string} */
                        unit: "HOUR" | "WORKING_DAY" | "DAY" | "MONTH";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        issues: {
                            message: string;
                            path: string;
                        }[];
                        valid: boolean;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    listAgencies: {
        parameters: {
            query?: {
                activeOn?: string;
                includeInactive?: "true" | "false";
                kind?: "PEOPLES_COMMITTEE" | "MINISTRY" | "SERVICE_CENTRE" | "DEPARTMENT" | "DIVISION" | "POST" | "OFFICE" | "VERTICAL_UNIT";
                level?: "CENTRAL" | "PROVINCE" | "COMMUNE";
                parent?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            kind: string;
                            level: string;
                            name: string;
                            parentCode: string | null;
                            shortName: string | null;
                            validFrom: string;
                            validTo: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    getAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activeToday: boolean;
                        children: {
                            code: string;
                            kind: string;
                            level: string;
                            name: string;
                            parentCode: string | null;
                            shortName: string | null;
                            validFrom: string;
                            validTo: string | null;
                        }[];
                        code: string;
                        desks: {
                            address: string | null;
                            agencyCode: string;
                            code: string;
                            name: string;
                        }[];
                        kind: string;
                        level: string;
                        /** @enum {string} */
                        matchedBy: "CODE" | "ALIAS" | "MECHANICAL";
                        name: string;
                        parentCode: string | null;
                        predecessors: {
                            code: string;
                            kind: string;
                            level: string;
                            name: string;
                            parentCode: string | null;
                            shortName: string | null;
                            validFrom: string;
                            validTo: string | null;
                        }[];
                        requestedCode: string;
                        shortName: string | null;
                        successors: {
                            code: string;
                            kind: string;
                            level: string;
                            name: string;
                            parentCode: string | null;
                            shortName: string | null;
                            validFrom: string;
                            validTo: string | null;
                        }[];
                        validFrom: string;
                        validTo: string | null;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    printTrackingBook: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "motcua.tinh",
                 *       "password": "••••••••"
                 *     }
                 */
                "application/json": {
                    password: string;
                    totpCode?: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "c2Vzc2lvbi10b2tlbg",
                     *       "expiresAt": "2026-03-02T10:00:00.000Z",
                     *       "officer": {
                     *         "id": "7f1c1f0e-3c1b-4e8e-9a51-0d3f6f1f2a10",
                     *         "fullName": "Nguyễn Văn An"
                     *       }
                     *     }
                     */
                    "application/json": {
                        expiresAt: string;
                        officer: {
                            fullName: string;
                            id: string;
                        };
                        token: string;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Account locked */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Too many requests from this address; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    listCalendarDays: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path: {
                calendar: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            date: string;
                            label: string;
                            optional: boolean;
                            sourceDocument: string | null;
                            type: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    computeDueDate: {
        parameters: {
            query: {
                agency?: string;
                amount: number;
                procedure?: string;
                start: string;
                unit: "working_days" | "working_hours" | "days" | "hours" | "months";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: string | null;
                        cutoff: string;
                        dueAt: string;
                        explanation: {
                            at?: string;
                            date?: string;
                            kind: string;
                            text: string;
                        }[];
                        procedure: string | null;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    listHolidays: {
        parameters: {
            query: {
                agency?: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        days: {
                            date: string;
                            label?: string;
                            reason: string;
                            source?: string;
                            weekday: number;
                            working: boolean;
                        }[];
                        lunar: {
                            hungKings: string;
                            tet: string;
                        };
                        /** @enum {string} */
                        status: "OFFICIAL" | "PROVISIONAL" | "COMPUTED";
                        year: number;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    listDesks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            address: string | null;
                            agencyCode: string;
                            code: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    searchDigitisations: {
        parameters: {
            query: {
                limit?: number;
                /** @description Words from the paper, with or without diacritics */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string | null;
                            componentCode: string;
                            dossierId: string;
                            id: string;
                            snippet: string;
                            status: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    confirmDigitisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The metadata the officer confirms (TT 01/2023 Art. 9) */
        requestBody: {
            content: {
                "application/json": {
                    documentNumber?: string;
                    /** @description Document type slug matched by components, e.g. "giay-khai-sinh" */
                    documentType: string;
                    /** Format: date */
                    issuedOn?: string;
                    issuer?: string;
                    /** @description Defaults to the dossier's owner */
                    owner?: {
                        id: string;
                        /** @enum {string} */
                        idType: "PERSONAL_ID" | "TAX_CODE" | "PASSPORT";
                    };
                    /** @description Name of the document as people say it, e.g. "Giấy khai sinh" */
                    title: string;
                    /** Format: date */
                    validFrom?: string;
                    /** Format: date */
                    validTo?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Digitisation result code (TT 01/2023 Art. 10), once confirmed */
                        code: string | null;
                        componentCode: string;
                        id: string;
                        metadata: {
                            [key: string]: unknown;
                        } | null;
                        ocrConfidence: number | null;
                        ocrFailure: string | null;
                        ocrText: string | null;
                        /** @description Metadata proposed by OCR: each field has value, confidence and source snippet */
                        proposal: {
                            [key: string]: unknown;
                        } | null;
                        signedAt: string;
                        signedBy: string;
                        signedDownloadUrl: string;
                        /** @enum {string} */
                        status: "OCR_PENDING" | "AWAITING_CONFIRMATION" | "OCR_FAILED" | "CONFIRMED";
                        warehouseItemId: string | null;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    downloadDigitisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    listDossiers: {
        parameters: {
            query?: {
                code?: string;
                cursor?: string;
                limit?: number;
                open?: "true" | "false";
                owner?: string;
                procedure?: string;
                risk?: "NONE" | "WARN" | "AT_RISK" | "OVERDUE";
                state?: string;
                view?: "work" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            assigneeId: string | null;
                            channel: string;
                            code: string | null;
                            competentAgency: {
                                code: string;
                                name: string;
                            } | null;
                            /** @description ISO-8601 with +07:00 */
                            dueAt: string | null;
                            dueSoon: boolean;
                            id: string;
                            /** @description DVCQG TrangThaiHoSo 1–10 */
                            nationalStatus: number;
                            overdue: boolean;
                            ownerName: string;
                            procedure: {
                                code: string;
                                name: string | null;
                            };
                            /** @description ISO-8601 with +07:00 */
                            queueDueAt: string | null;
                            /** @description ISO-8601 with +07:00 */
                            receivedAt: string | null;
                            risk: string;
                            /** @description Internal business state */
                            state: string;
                            stateLabel: string;
                            step: string;
                            /** @description ISO-8601 with +07:00 */
                            submittedAt: string | null;
                            timeliness: ("EARLY" | "ON_TIME" | "LATE") | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    createDossier: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    applicant: {
                        organisation?: {
                            address?: string;
                            /** Format: email */
                            email?: string;
                            name: string;
                            phone?: string;
                            taxCode: string;
                        };
                        person: {
                            address?: string;
                            /** Format: date */
                            birthDate?: string;
                            /** Format: email */
                            email?: string;
                            fullName: string;
                            passport?: string;
                            personalId?: string;
                            phone?: string;
                            /** @enum {string} */
                            sex?: "male" | "female";
                        };
                        representative?: {
                            mandate: {
                                document: string;
                                /** Format: date */
                                validUntil?: string;
                            };
                            person: {
                                address?: string;
                                /** Format: date */
                                birthDate?: string;
                                /** Format: email */
                                email?: string;
                                fullName: string;
                                passport?: string;
                                personalId?: string;
                                phone?: string;
                                /** @enum {string} */
                                sex?: "male" | "female";
                            };
                        };
                        /** @enum {string} */
                        type: "CITIZEN" | "ORGANISATION";
                    };
                    /** @enum {string} */
                    channel: "DESK" | "POST" | "PORTAL" | "DVCQG" | "KIOSK";
                    competentAgencyCode?: string;
                    /** @default [] */
                    components?: {
                        code: string;
                        /** @enum {string} */
                        copyType?: "ORIGINAL" | "COPY" | "CERTIFIED_COPY";
                        note?: string;
                        /** @default false */
                        provided?: boolean;
                        quantity?: number;
                        /** @default false */
                        reused?: boolean;
                    }[];
                    deliveryAddress?: string;
                    /**
                     * @default AT_DESK
                     * @enum {string}
                     */
                    deliveryMethod?: "AT_DESK" | "BY_POST" | "ONLINE";
                    /** @default {} */
                    formData?: {
                        [key: string]: unknown;
                    };
                    procedureCode: string;
                    receivingDeskCode?: string;
                    /** Format: date-time */
                    submittedAt?: string;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeId: string | null;
                        channel: string;
                        code: string | null;
                        competentAgency: {
                            code: string;
                            name: string;
                        } | null;
                        deliveryState: string;
                        /** @description ISO-8601 with +07:00 */
                        dueAt: string | null;
                        dueSoon: boolean;
                        id: string;
                        /** @description DVCQG TrangThaiHoSo 1–10 */
                        nationalStatus: number;
                        overdue: boolean;
                        ownerName: string;
                        paymentState: string;
                        procedure: {
                            code: string;
                            name: string | null;
                        };
                        /** @description ISO-8601 with +07:00 */
                        queueDueAt: string | null;
                        /** @description ISO-8601 with +07:00 */
                        receivedAt: string | null;
                        risk: string;
                        seq: number;
                        /** @description Internal business state */
                        state: string;
                        stateLabel: string;
                        step: string;
                        /** @description ISO-8601 with +07:00 */
                        submittedAt: string | null;
                        timeliness: ("EARLY" | "ON_TIME" | "LATE") | null;
                        /** @description Number of actions so far; send it back as expectedVersion */
                        version: number;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    getDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Internal id (UUID) or dossier code */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: {
                            actionId: string | null;
                            actor: {
                                id: string;
                                kind: string;
                                name: string;
                                role: string | null;
                            };
                            /** @description ISO-8601 with +07:00 */
                            at: string | null;
                            from: {
                                agency: {
                                    code: string;
                                    name: string;
                                } | null;
                                state: string | null;
                                step: string | null;
                            };
                            note: string | null;
                            onBehalfOf: string | null;
                            reason: string | null;
                            seq: number;
                            to: {
                                agency: {
                                    code: string;
                                    name: string;
                                } | null;
                                state: string;
                                step: string;
                            };
                            type: string;
                        }[];
                        allowedActions: {
                            allowed: boolean;
                            id: string;
                            label: string | null;
                            reasons: string[];
                            to: string | null;
                            type: string;
                        }[];
                        applicant: {
                            organisation?: {
                                address?: string;
                                /** Format: email */
                                email?: string;
                                name: string;
                                phone?: string;
                                taxCode: string;
                            };
                            person: {
                                address?: string;
                                /** Format: date */
                                birthDate?: string;
                                /** Format: email */
                                email?: string;
                                fullName: string;
                                passport?: string;
                                personalId?: string;
                                phone?: string;
                                /** @enum {string} */
                                sex?: "male" | "female";
                            };
                            representative?: {
                                mandate: {
                                    document: string;
                                    /** Format: date */
                                    validUntil?: string;
                                };
                                person: {
                                    address?: string;
                                    /** Format: date */
                                    birthDate?: string;
                                    /** Format: email */
                                    email?: string;
                                    fullName: string;
                                    passport?: string;
                                    personalId?: string;
                                    phone?: string;
                                    /** @enum {string} */
                                    sex?: "male" | "female";
                                };
                            };
                            /** @enum {string} */
                            type: "CITIZEN" | "ORGANISATION";
                        };
                        applicantType: string;
                        assigneeId: string | null;
                        channel: string;
                        code: string | null;
                        competentAgency: {
                            code: string;
                            name: string;
                        } | null;
                        components: {
                            code: string;
                            copyType: string;
                            name: string;
                            note: string | null;
                            provided: boolean;
                            quantity: number;
                            required: boolean;
                            reused: boolean;
                        }[];
                        consultations: {
                            agency: {
                                code: string;
                                name: string;
                            } | null;
                            answer: string | null;
                            /** @description ISO-8601 with +07:00 */
                            answeredAt: string | null;
                            /** @description ISO-8601 with +07:00 */
                            dueAt: string | null;
                            id: string;
                            question: string;
                        }[];
                        dates: {
                            [key: string]: string | null;
                        };
                        decision: string | null;
                        deliveryMethod: string | null;
                        deliveryState: string;
                        dueExplanation: {
                            at: string | null;
                            date: string | null;
                            kind: string;
                            text: string;
                        }[];
                        dueSoon: boolean;
                        extensionCount: number;
                        fees: {
                            items: unknown[];
                            total: number;
                        };
                        formData: {
                            [key: string]: unknown;
                        };
                        id: string;
                        /** @description DVCQG TrangThaiHoSo 1–10 */
                        nationalStatus: number;
                        overdue: boolean;
                        owner: {
                            id: string;
                            idType: string;
                            name: string;
                        };
                        pausedMs: number;
                        paymentState: string;
                        procedure: {
                            code: string;
                            name: string;
                            version: number;
                        };
                        receivingAgency: {
                            code: string;
                            name: string;
                        } | null;
                        receivingDesk: {
                            code: string;
                            name: string;
                        } | null;
                        results: {
                            code: string;
                            documentNumber: string | null;
                            id: string;
                            /** @description ISO-8601 with +07:00 */
                            issuedAt: string | null;
                            kind: string;
                            status: string;
                            title: string;
                        }[];
                        risk: string;
                        /** @description Internal business state */
                        state: string;
                        stateLabel: string;
                        step: {
                            id: string;
                            name: string;
                        };
                        supplementCount: number;
                        supplements: unknown[];
                        syncState: string;
                        tasks: {
                            agency: {
                                code: string;
                                name: string;
                            } | null;
                            /** @description ISO-8601 with +07:00 */
                            completedAt: string | null;
                            crossLevel: boolean;
                            /** @description ISO-8601 with +07:00 */
                            dueAt: string | null;
                            id: string;
                            instructions: string;
                            mode: string;
                            outcome: string | null;
                            position: number;
                            role: string;
                            status: string;
                        }[];
                        timeliness: string | null;
                        title: string | null;
                        version: number;
                        workflow: {
                            key: string;
                            version: number;
                        };
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    actOnDossier: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Internal id (UUID) or dossier code */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "receive",
                 *       "expectedVersion": 0
                 *     }
                 */
                "application/json": {
                    actionId?: string;
                    componentsProvided?: string[];
                    expectedVersion?: number;
                    note?: string;
                    /** @enum {string} */
                    type: "receive";
                } | {
                    actionId?: string;
                    expectedVersion?: number;
                    items: {
                        componentCode?: string;
                        description: string;
                        fieldKey?: string;
                        reason: string;
                    }[];
                    note?: string;
                    reason: string;
                    /** @enum {string} */
                    type: "request_intake_supplement";
                } | {
                    actionId?: string;
                    componentsProvided?: string[];
                    expectedVersion?: number;
                    formData?: {
                        [key: string]: unknown;
                    };
                    note?: string;
                    /** @enum {string} */
                    type: "complete_intake_supplement";
                } | {
                    actionId?: string;
                    expectedVersion?: number;
                    note?: string;
                    reason: string;
                    /** @enum {string} */
                    type: "reject_intake";
                } | {
                    actionId?: string;
                    expectedVersion?: number;
                    note?: string;
                    /** @enum {string} */
                    type: "transfer";
                } | {
                    actionId?: string;
                    /** Format: uuid */
                    assigneeId: string;
                    expectedVersion?: number;
                    note?: string;
                    /** @enum {string} */
                    type: "assign";
                } | {
                    actionId?: string;
                    expectedVersion?: number;
                    note?: string;
                    opinion?: {
                        /** @enum {string} */
                        proposal: "APPROVE" | "REFUSE";
                        text: string;
                    };
                    /** @enum {string} */
                    type: "forward";
                } | {
                    actionId?: string;
                    expectedVersion?: number;
                    items: {
                        componentCode?: string;
                        description: string;
                        fieldKey?: string;
                        reason: string;
                    }[];
                    note?: string;
                    reason: string;
                    /** @enum {string} */
                    type: "request_supplement";
                } | {
                    actionId?: string;
                    componentsProvided?: string[];
                    expectedVersion?: number;
                    formData?: {
                        [key: string]: unknown;
                    };
                    note?: string;
                    /** @enum {string} */
                    type: "complete_supplement";
                } | {
                    actionId?: string;
                    agencyCode: string;
                    /** @default 5 */
                    dueInWorkingDays?: number;
                    expectedVersion?: number;
                    note?: string;
                    question: string;
                    /** @enum {string} */
                    type: "consult";
                } | {
                    actionId?: string;
                    answer: string;
                    /** Format: uuid */
                    consultationId: string;
                    expectedVersion?: number;
                    note?: string;
                    /** @enum {string} */
                    type: "reply_consultation";
                } | {
                    actionId?: string;
                    expectedVersion?: number;
                    /** @enum {string} */
                    mode: "SEQUENTIAL" | "PARALLEL";
                    note?: string;
                    participants: {
                        agencyCode: string;
                        budget: {
                            amount: number;
                            /** @enum {string} */
                            unit: "WORKING_DAY" | "WORKING_HOUR";
                        };
                        instructions: string;
                        /** @enum {string} */
                        role: "LEAD" | "COOPERATING";
                    }[];
                    /** @enum {string} */
                    type: "start_interagency";
                } | {
                    actionId?: string;
                    expectedVersion?: number;
                    note?: string;
                    outcome: string;
                    /** Format: uuid */
                    taskId: string;
                    /** @enum {string} */
                    type: "complete_task";
                } | {
                    actionId?: string;
                    expectedVersion?: number;
                    note?: string;
                    /** @enum {string} */
                    type: "approve";
                } | {
                    actionId?: string;
                    expectedVersion?: number;
                    note?: string;
                    reason: string;
                    /** @enum {string} */
                    type: "refuse";
                } | {
                    actionId?: string;
                    expectedVersion?: number;
                    note?: string;
                    /** @enum {string} */
                    type: "sign";
                } | {
                    actionId?: string;
                    documentNumber?: string;
                    expectedVersion?: number;
                    note?: string;
                    /** @enum {string} */
                    type: "issue_result";
                } | {
                    actionId?: string;
                    expectedVersion?: number;
                    note?: string;
                    /** @enum {string} */
                    type: "request_payment";
                } | {
                    actionId?: string;
                    amount: number;
                    expectedVersion?: number;
                    /** @enum {string} */
                    method: "CASH" | "BANK_TRANSFER" | "POSTAL" | "WAIVED";
                    note?: string;
                    reference?: string;
                    /** @enum {string} */
                    type: "record_payment";
                } | {
                    actionId?: string;
                    expectedVersion?: number;
                    /** @enum {string} */
                    method: "AT_DESK" | "BY_POST" | "ONLINE";
                    note?: string;
                    postalTracking?: string;
                    receivedBy?: string;
                    /** @enum {string} */
                    type: "return_result";
                } | {
                    actionId?: string;
                    expectedVersion?: number;
                    extraWorkingDays?: number;
                    /** Format: date-time */
                    newDueAt?: string;
                    note?: string;
                    reason: string;
                    /** @enum {string} */
                    type: "extend";
                } | {
                    actionId?: string;
                    expectedVersion?: number;
                    note?: string;
                    reason: string;
                    /** @enum {string} */
                    type: "stop";
                } | {
                    actionId?: string;
                    expectedVersion?: number;
                    note?: string;
                    reason: string;
                    /** @enum {string} */
                    type: "withdraw";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeId: string | null;
                        channel: string;
                        code: string | null;
                        competentAgency: {
                            code: string;
                            name: string;
                        } | null;
                        deliveryState: string;
                        /** @description ISO-8601 with +07:00 */
                        dueAt: string | null;
                        dueSoon: boolean;
                        id: string;
                        /** @description DVCQG TrangThaiHoSo 1–10 */
                        nationalStatus: number;
                        overdue: boolean;
                        ownerName: string;
                        paymentState: string;
                        procedure: {
                            code: string;
                            name: string | null;
                        };
                        /** @description ISO-8601 with +07:00 */
                        queueDueAt: string | null;
                        /** @description ISO-8601 with +07:00 */
                        receivedAt: string | null;
                        risk: string;
                        seq: number;
                        /** @description Internal business state */
                        state: string;
                        stateLabel: string;
                        step: string;
                        /** @description ISO-8601 with +07:00 */
                        submittedAt: string | null;
                        timeliness: ("EARLY" | "ON_TIME" | "LATE") | null;
                        /** @description Number of actions so far; send it back as expectedVersion */
                        version: number;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    uploadComponentFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Component code, e.g. TP01 */
                code: string;
                /** @description Internal id (UUID) or dossier code */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description The one file part (application/pdf, image/jpeg, image/png, image/tiff); at most the component's own limit, and never more than 20 MiB. Checked by its content, not its name. */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addedAt: string;
                        addedBy: string;
                        componentCode: string | null;
                        contentType: string;
                        /** @description False once a newer file replaced it for the same component */
                        current: boolean;
                        downloadUrl: string;
                        fileName: string;
                        id: string;
                        pages: number | null;
                        sha256: string;
                        size: number;
                        /** @enum {string} */
                        source: "UPLOAD" | "SCAN" | "KHO" | "ERESULT";
                        warehouseItemId: string | null;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    reuseWarehouseItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Component code, e.g. TP01 */
                code: string;
                /** @description Internal id (UUID) or dossier code */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    itemId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addedAt: string;
                        addedBy: string;
                        componentCode: string | null;
                        contentType: string;
                        /** @description False once a newer file replaced it for the same component */
                        current: boolean;
                        downloadUrl: string;
                        fileName: string;
                        id: string;
                        pages: number | null;
                        sha256: string;
                        size: number;
                        /** @enum {string} */
                        source: "UPLOAD" | "SCAN" | "KHO" | "ERESULT";
                        warehouseItemId: string | null;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    uploadComponentScan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Component code, e.g. TP01 */
                code: string;
                /** @description Internal id (UUID) or dossier code */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description The one file part (application/pdf, image/jpeg, image/png, image/tiff); at most the component's own limit, and never more than 20 MiB. Checked by its content, not its name. */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        digitisation: {
                            /** @description Digitisation result code (TT 01/2023 Art. 10), once confirmed */
                            code: string | null;
                            componentCode: string;
                            id: string;
                            metadata: {
                                [key: string]: unknown;
                            } | null;
                            ocrConfidence: number | null;
                            ocrFailure: string | null;
                            ocrText: string | null;
                            /** @description Metadata proposed by OCR: each field has value, confidence and source snippet */
                            proposal: {
                                [key: string]: unknown;
                            } | null;
                            signedAt: string;
                            signedBy: string;
                            signedDownloadUrl: string;
                            /** @enum {string} */
                            status: "OCR_PENDING" | "AWAITING_CONFIRMATION" | "OCR_FAILED" | "CONFIRMED";
                            warehouseItemId: string | null;
                        };
                        file: {
                            addedAt: string;
                            addedBy: string;
                            componentCode: string | null;
                            contentType: string;
                            /** @description False once a newer file replaced it for the same component */
                            current: boolean;
                            downloadUrl: string;
                            fileName: string;
                            id: string;
                            pages: number | null;
                            sha256: string;
                            size: number;
                            /** @enum {string} */
                            source: "UPLOAD" | "SCAN" | "KHO" | "ERESULT";
                            warehouseItemId: string | null;
                        };
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    listDossierDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Internal id (UUID) or dossier code */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string | null;
                        components: {
                            acceptsReuse: boolean;
                            code: string;
                            digitised: boolean;
                            documentType: string | null;
                            name: string;
                            provided: boolean;
                            required: boolean;
                            reusedFromWarehouse: boolean;
                        }[];
                        digitisations: {
                            /** @description Digitisation result code (TT 01/2023 Art. 10), once confirmed */
                            code: string | null;
                            componentCode: string;
                            id: string;
                            metadata: {
                                [key: string]: unknown;
                            } | null;
                            ocrConfidence: number | null;
                            ocrFailure: string | null;
                            ocrText: string | null;
                            /** @description Metadata proposed by OCR: each field has value, confidence and source snippet */
                            proposal: {
                                [key: string]: unknown;
                            } | null;
                            signedAt: string;
                            signedBy: string;
                            signedDownloadUrl: string;
                            /** @enum {string} */
                            status: "OCR_PENDING" | "AWAITING_CONFIRMATION" | "OCR_FAILED" | "CONFIRMED";
                            warehouseItemId: string | null;
                        }[];
                        dossierId: string;
                        files: {
                            addedAt: string;
                            addedBy: string;
                            componentCode: string | null;
                            contentType: string;
                            /** @description False once a newer file replaced it for the same component */
                            current: boolean;
                            downloadUrl: string;
                            fileName: string;
                            id: string;
                            pages: number | null;
                            sha256: string;
                            size: number;
                            /** @enum {string} */
                            source: "UPLOAD" | "SCAN" | "KHO" | "ERESULT";
                            warehouseItemId: string | null;
                        }[];
                        hasDigitisedComponents: boolean;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    downloadDossierFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                /** @description Internal id (UUID) or dossier code */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stored file, with its own type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/tiff": string;
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    digitiseDossierFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path: {
                fileId: string;
                /** @description Internal id (UUID) or dossier code */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Digitisation result code (TT 01/2023 Art. 10), once confirmed */
                        code: string | null;
                        componentCode: string;
                        id: string;
                        metadata: {
                            [key: string]: unknown;
                        } | null;
                        ocrConfidence: number | null;
                        ocrFailure: string | null;
                        ocrText: string | null;
                        /** @description Metadata proposed by OCR: each field has value, confidence and source snippet */
                        proposal: {
                            [key: string]: unknown;
                        } | null;
                        signedAt: string;
                        signedBy: string;
                        signedDownloadUrl: string;
                        /** @enum {string} */
                        status: "OCR_PENDING" | "AWAITING_CONFIRMATION" | "OCR_FAILED" | "CONFIRMED";
                        warehouseItemId: string | null;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    printDossierForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                form: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    receiveDossier: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Internal id (UUID) or dossier code */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "componentsProvided": [
                 *         "TP01"
                 *       ],
                 *       "expectedVersion": 0
                 *     }
                 */
                "application/json": {
                    componentsProvided?: string[];
                    expectedVersion?: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeId: string | null;
                        channel: string;
                        code: string | null;
                        competentAgency: {
                            code: string;
                            name: string;
                        } | null;
                        deliveryState: string;
                        /** @description ISO-8601 with +07:00 */
                        dueAt: string | null;
                        dueSoon: boolean;
                        id: string;
                        /** @description DVCQG TrangThaiHoSo 1–10 */
                        nationalStatus: number;
                        overdue: boolean;
                        ownerName: string;
                        paymentState: string;
                        procedure: {
                            code: string;
                            name: string | null;
                        };
                        /** @description ISO-8601 with +07:00 */
                        queueDueAt: string | null;
                        /** @description ISO-8601 with +07:00 */
                        receivedAt: string | null;
                        risk: string;
                        seq: number;
                        /** @description Internal business state */
                        state: string;
                        stateLabel: string;
                        step: string;
                        /** @description ISO-8601 with +07:00 */
                        submittedAt: string | null;
                        timeliness: ("EARLY" | "ON_TIME" | "LATE") | null;
                        /** @description Number of actions so far; send it back as expectedVersion */
                        version: number;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    listReuseOffers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Internal id (UUID) or dossier code */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        offers: {
                            componentCode: string;
                            componentName: string;
                            items: {
                                documentNumber: string | null;
                                documentType: string;
                                id: string;
                                issuedOn: string | null;
                                issuer: string | null;
                                /** @enum {string} */
                                kind: "ERESULT" | "DIGITISED" | "CERTIFIED_COPY";
                                sha256: string;
                                source: {
                                    at: string;
                                    by: string;
                                    dossierId: string | null;
                                    ref: string;
                                    system: string;
                                };
                                /** @enum {string} */
                                status: "VALID" | "REPLACED" | "REVOKED";
                                title: string;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    listFields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                            sector: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        database: "pglite" | "postgresql";
                        jobs: {
                            [key: string]: number;
                        };
                        outboxBacklog: number;
                        pool: {
                            idle: number;
                            max: number;
                            total: number;
                            waiting: number;
                        };
                        /** @enum {string} */
                        status: "ok";
                        time: string;
                        version: string;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    checkLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "unavailable";
                    };
                };
            };
        };
    };
    getCurrentOfficer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        grants: {
                            agency: {
                                code: string;
                                name: string;
                            } | null;
                            includeSubtree: boolean;
                            role: string;
                        }[];
                        id: string;
                        kind: string;
                        name: string;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    listProcedures: {
        parameters: {
            query?: {
                agency?: string;
                field?: string;
                level?: "CENTRAL" | "PROVINCE" | "COMMUNE";
                lifeEvent?: "birth" | "marriage" | "death" | "school" | "business" | "media" | "residence" | "documents";
                limit?: number;
                offset?: number;
                online?: "FULL" | "PARTIAL" | "NONE";
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            field: {
                                code: string;
                                name: string;
                            };
                            level: string;
                            name: string;
                            onlineLevel: string;
                            score: number;
                        }[];
                        limit: number;
                        offset: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    getProcedure: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channels: string[];
                        code: string;
                        competentAgencies: {
                            code: string;
                            name: string;
                        }[];
                        components: {
                            /** @default false */
                            acceptsReuse: boolean;
                            code: string;
                            /** @enum {string} */
                            copyType: "ORIGINAL" | "COPY" | "CERTIFIED_COPY";
                            documentType?: string;
                            name: string;
                            note?: string;
                            quantity: number;
                            required: boolean;
                            sampleForm?: {
                                name: string;
                                reference?: string;
                            };
                            upload?: {
                                maxMb?: number;
                                officeFormats?: ("docx" | "xlsx" | "odt" | "ods" | "doc" | "xls")[];
                            };
                        }[];
                        cutoffTime: string;
                        eform: {
                            pages: {
                                fields: {
                                    help?: string;
                                    label: string;
                                    labelEn?: string;
                                    max?: number;
                                    maxLength?: number;
                                    min?: number;
                                    minLength?: number;
                                    name: string;
                                    options?: {
                                        label: string;
                                        value: string;
                                    }[];
                                    /** @enum {string} */
                                    prefill?: "owner.name" | "owner.personalId" | "owner.birthDate" | "owner.address" | "owner.phone" | "owner.email" | "organisation.taxCode" | "organisation.name";
                                    /** @default false */
                                    required: boolean;
                                    showIf?: {
                                        field: string;
                                        /** @enum {string} */
                                        op: "equals" | "notEquals" | "in" | "isTrue" | "isFalse";
                                        value?: string | number | boolean | string[];
                                    };
                                    /** @enum {string} */
                                    type: "text" | "textarea" | "number" | "date" | "select" | "checkbox" | "personalId" | "taxCode" | "phone" | "email";
                                }[];
                                id: string;
                                showIf?: {
                                    field: string;
                                    /** @enum {string} */
                                    op: "equals" | "notEquals" | "in" | "isTrue" | "isFalse";
                                    value?: string | number | boolean | string[];
                                };
                                title: string;
                            }[];
                            version: number;
                        };
                        fees: {
                            amount: number;
                            code: string;
                            description?: string;
                            /** @enum {string} */
                            kind: "FEE" | "CHARGE";
                            name: string;
                            /**
                             * @default DOSSIER
                             * @enum {string}
                             */
                            per: "DOSSIER" | "COPY" | "PAGE" | "ITEM";
                        }[];
                        feeTotal: number;
                        field: {
                            code: string;
                        };
                        legalBases: {
                            /** Format: date */
                            issuedOn?: string;
                            number: string;
                            title: string;
                        }[];
                        level: string;
                        lifeEvents: string[];
                        name: string;
                        /** @enum {string} */
                        onlineLevel: "FULL" | "PARTIAL" | "NONE";
                        paymentTiming: string;
                        publishedAt: string | null;
                        requirements: string | null;
                        resultTypes: {
                            code: string;
                            documentType?: string;
                            /** @default true */
                            electronic: boolean;
                            name: string;
                        }[];
                        status: string;
                        steps: string[];
                        supplementMode: string;
                        targetDescription: string | null;
                        targetGroups: string[];
                        timeLimit: {
                            amount: number;
                            published: string | null;
                            text: string;
                            unit: string;
                        };
                        version: number;
                        workflowId: string;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    listProcedureVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            publishedAt: string | null;
                            status: string;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    lookUpDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        competentAgency: string | null;
                        /** @description ISO-8601 with +07:00 */
                        dueAt: string | null;
                        extended: boolean;
                        /** @description ISO-8601 with +07:00 */
                        finishedAt: string | null;
                        /** @description DVCQG TrangThaiHoSo 1–10 */
                        nationalStatus: number;
                        /** @description ISO-8601 with +07:00 */
                        originalDueAt: string | null;
                        overdue: boolean;
                        /** @description Masked: family name and initials */
                        ownerName: string;
                        procedure: {
                            code: string;
                            name: string;
                        };
                        /** @description ISO-8601 with +07:00 */
                        receivedAt: string | null;
                        receivingAgency: string | null;
                        /** @description ISO-8601 with +07:00 */
                        returnedAt: string | null;
                        /** @description Internal business state */
                        state: string;
                        stateLabel: string;
                        /** @description ISO-8601 with +07:00 */
                        submittedAt: string | null;
                        timeliness: string | null;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Too many requests from this address; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    verifyResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Result code, e.g. H21.10-260302-0001-KQ1 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            code: string;
                            /** @description Masked */
                            holder: string | null;
                            issuedAt: string | null;
                            issuer: string | null;
                            procedureCode: string | null;
                            replacedBy: string | null;
                            replaces: string | null;
                            sha256: string | null;
                            /** @enum {string} */
                            status: "VALID" | "REPLACED" | "REVOKED" | "PENDING_SIGNATURE" | "PAPER_ONLY";
                            statusChangedAt: string | null;
                            title: string;
                        };
                        signatures: {
                            certificateValidAt: boolean;
                            chain: string[];
                            /** @description The certificate chains to the configured trust list */
                            chainTrusted: boolean;
                            coversWholeDocument: boolean;
                            cryptoValid: boolean;
                            /** @description The signed bytes are unchanged */
                            intact: boolean;
                            issuerName: string;
                            /** @description Content was appended after this signature */
                            modifiedAfterSigning: boolean;
                            problems: string[];
                            /** @description The file as this signature signed it is its first revisionLength bytes; null if the byte range is not one revision */
                            revisionLength: number | null;
                            serialNumber: string;
                            signedAt: string | null;
                            signerName: string;
                            signerOrganisation: string | null;
                            subFilter: string;
                            valid: boolean;
                        }[];
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Too many requests from this address; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    verifyUploadedPdf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description The one file part (application/pdf); at most 20 MiB. Checked by its content, not its name. */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The e-result this very file is (byte for byte), if motcua issued it */
                        result: {
                            code: string;
                            /** @description Masked */
                            holder: string | null;
                            issuedAt: string | null;
                            issuer: string | null;
                            procedureCode: string | null;
                            replacedBy: string | null;
                            replaces: string | null;
                            sha256: string | null;
                            /** @enum {string} */
                            status: "VALID" | "REPLACED" | "REVOKED" | "PENDING_SIGNATURE" | "PAPER_ONLY";
                            statusChangedAt: string | null;
                            title: string;
                        } | null;
                        sha256: string;
                        signatures: {
                            certificateValidAt: boolean;
                            chain: string[];
                            /** @description The certificate chains to the configured trust list */
                            chainTrusted: boolean;
                            coversWholeDocument: boolean;
                            cryptoValid: boolean;
                            /** @description The signed bytes are unchanged */
                            intact: boolean;
                            issuerName: string;
                            /** @description Content was appended after this signature */
                            modifiedAfterSigning: boolean;
                            problems: string[];
                            /** @description The file as this signature signed it is its first revisionLength bytes; null if the byte range is not one revision */
                            revisionLength: number | null;
                            serialNumber: string;
                            signedAt: string | null;
                            signerName: string;
                            signerOrganisation: string | null;
                            subFilter: string;
                            valid: boolean;
                        }[];
                        /** @description With FILE_DIFFERS: the file as it was signed; download it with POST /api/v1/public/verify/signed-revision */
                        signedRevision: {
                            /** @description The e-result the signed revision is, if motcua issued it */
                            result: {
                                code: string;
                                /** @description Masked */
                                holder: string | null;
                                issuedAt: string | null;
                                issuer: string | null;
                                procedureCode: string | null;
                                replacedBy: string | null;
                                replaces: string | null;
                                sha256: string | null;
                                /** @enum {string} */
                                status: "VALID" | "REPLACED" | "REVOKED" | "PENDING_SIGNATURE" | "PAPER_ONLY";
                                statusChangedAt: string | null;
                                title: string;
                            } | null;
                            sha256: string;
                            /** @description Which signature (1-based) signed this revision */
                            signature: number;
                            size: number;
                        } | null;
                        size: number;
                        /**
                         * @description VALID: the newest trusted signature covers the whole file. FILE_DIFFERS: a trusted signature verifies but content was added after it — the file is NOT the document as signed (see signedRevision). UNTRUSTED: signatures verify but none chains to the trust list. INVALID: signed content was changed or a signature does not verify. NO_SIGNATURE.
                         * @enum {string}
                         */
                        verdict: "VALID" | "FILE_DIFFERS" | "UNTRUSTED" | "INVALID" | "NO_SIGNATURE";
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The file is not of an accepted type, or fails its content checks */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Too many requests from this address; retry after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    extractSignedRevision: {
        parameters: {
            query?: {
                /** @description Which signature’s revision (1-based); by default the newest valid one */
                signature?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description The one file part (application/pdf); at most 20 MiB. Checked by its content, not its name. */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The file is not of an accepted type, or fails its content checks */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    downloadResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Result code, e.g. H21.10-260302-0001-KQ1 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    replaceResult: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Result code, e.g. H21.10-260302-0001-KQ1 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Register number of the replacement, if it has a new one */
                    documentNumber?: string;
                    /** @description Why the result is replaced or revoked (kept with the old result) */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        replacement: string | null;
                        status: string;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    revokeResult: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per operation (8–128 characters); a replay returns the original response */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Result code, e.g. H21.10-260302-0001-KQ1 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the result is replaced or revoked (kept with the old result) */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        replacement: string | null;
                        status: string;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not possible in the current state; lists the allowed actions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The body (or the uploaded file) is larger than allowed */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Wrong Content-Type: JSON operations take application/json, uploads multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Well-formed but against a business rule, or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    validatePersonalId: {
        parameters: {
            query?: {
                birthDate?: string;
                sex?: "male" | "female";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        decoded?: {
                            birthCentury: number;
                            birthYear: number;
                            province: string | null;
                            provinceCode: string;
                            /** @enum {string} */
                            sex: "male" | "female";
                        };
                        legacy: boolean;
                        reasons: {
                            code: string;
                            message: string;
                        }[];
                        valid: boolean;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    validateTaxCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string | null;
                        normalised: string | null;
                        reasons: {
                            code: string;
                            message: string;
                        }[];
                        valid: boolean;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    listWarehouseItems: {
        parameters: {
            query: {
                id: string;
                idType: "PERSONAL_ID" | "TAX_CODE" | "PASSPORT";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            documentNumber: string | null;
                            documentType: string;
                            id: string;
                            issuedOn: string | null;
                            issuer: string | null;
                            /** @enum {string} */
                            kind: "ERESULT" | "DIGITISED" | "CERTIFIED_COPY";
                            sha256: string;
                            source: {
                                at: string;
                                by: string;
                                dossierId: string | null;
                                ref: string;
                                system: string;
                            };
                            /** @enum {string} */
                            status: "VALID" | "REPLACED" | "REVOKED";
                            title: string;
                            validFrom: string | null;
                            validTo: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    listWorkflows: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            name: string;
                            publishedAt: string | null;
                            status: string;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
    getWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        definition: unknown;
                        key: string;
                        name: string;
                        publishedAt: string | null;
                        status: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input: each problem has a field path and a message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description Not found (also when the caller may not know it exists) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
            /** @description The database is unreachable or the server is shutting down; nothing was done, retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            allowedActions?: {
                                id: string;
                                to: string | null;
                                type: string;
                            }[];
                            /** @description Stable message key, e.g. dossier.illegalAction */
                            code: string;
                            /** @description With dossier.actionNotPermitted (403): the keys of the conditions not met */
                            guards?: string[];
                            issues?: {
                                message: string;
                                path: string;
                            }[];
                            /** @description Plain-language message (Vietnamese, or English with Accept-Language: en) */
                            message: string;
                            requestId: string;
                            /** @description With dossier.staleVersion (409): the current version, to send back as expectedVersion */
                            version?: number;
                        };
                    };
                };
            };
        };
    };
}
