-- Officers search digitised papers by their OCR text, accent-insensitively ("giay khai sinh" finds
-- "Giấy khai sinh"). The text is folded when it is stored (ocr_folded), because an index expression
-- cannot call unaccent() under the restricted search path PostgreSQL uses while building indexes.
CREATE INDEX digitisations_ocr_folded_trgm_idx ON digitisations USING gin (ocr_folded gin_trgm_ops);
--> statement-breakpoint
-- What a stored file is never changes once recorded: its bytes are addressed by this hash.
CREATE TRIGGER stored_files_immutable BEFORE UPDATE OR DELETE ON stored_files
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_change();
