-- The citizen's notifications inbox (issue 4). One message per domain event that concerns the
-- applicant; the (dossier, source event) pair is unique so a retried job never writes it twice.
-- The wording lives in notification_templates (one row per event kind, {placeholders} filled at
-- write time) so administrators can change it without a release.
CREATE TABLE notification_templates (
  kind text PRIMARY KEY,
  title text NOT NULL,
  body text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text
);
--> statement-breakpoint
CREATE TABLE citizen_notifications (
  id uuid PRIMARY KEY,
  owner_id_type text NOT NULL,
  owner_id text NOT NULL,
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  source_event_id uuid NOT NULL,
  kind text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  link text NOT NULL,
  created_at timestamptz NOT NULL,
  read_at timestamptz,
  CONSTRAINT citizen_notifications_event_uq UNIQUE (dossier_id, source_event_id)
);
--> statement-breakpoint
CREATE INDEX citizen_notifications_owner_idx ON citizen_notifications (owner_id_type, owner_id, created_at DESC);
--> statement-breakpoint
INSERT INTO notification_templates (kind, title, body) VALUES
  ('dossier.submitted', 'Đã gửi hồ sơ {procedure}', 'Hồ sơ "{procedure}" của bạn đã được gửi lúc {date}. Bộ phận Một cửa sẽ kiểm tra và tiếp nhận; bạn sẽ nhận được mã hồ sơ và ngày hẹn trả kết quả.'),
  ('dossier.received', 'Hồ sơ {code} đã được tiếp nhận', 'Hồ sơ "{procedure}" đã được tiếp nhận lúc {date} với mã số {code}. Ngày hẹn trả kết quả: {dueDate}.'),
  ('dossier.intake_supplement_requested', 'Hồ sơ cần bổ sung trước khi tiếp nhận', 'Bộ phận Một cửa đề nghị bạn bổ sung hồ sơ "{procedure}": {items}. Lý do: {reason}. Vui lòng bổ sung trên Cổng dịch vụ công.'),
  ('dossier.intake_supplemented', 'Đã nhận phần bổ sung', 'Phần bổ sung cho hồ sơ "{procedure}" đã được gửi lúc {date}; hồ sơ sẽ được kiểm tra lại để tiếp nhận.'),
  ('dossier.supplement_requested', 'Hồ sơ {code} cần bổ sung', 'Cơ quan giải quyết đề nghị bạn bổ sung hồ sơ {code}: {items}. Lý do: {reason}. Thời hạn giải quyết tạm dừng cho đến khi nhận đủ phần bổ sung.'),
  ('dossier.supplemented', 'Đã nhận phần bổ sung của hồ sơ {code}', 'Phần bổ sung của hồ sơ {code} đã được nhận lúc {date}. Hồ sơ tiếp tục được giải quyết; ngày hẹn trả kết quả mới: {dueDate}.'),
  ('dossier.extended', 'Xin lỗi: hồ sơ {code} được gia hạn', 'Cơ quan giải quyết xin lỗi vì hồ sơ {code} chưa giải quyết được đúng hạn. Lý do: {reason}. Ngày hẹn trả kết quả mới: {dueDate}.'),
  ('dossier.refused', 'Hồ sơ {code} không được chấp thuận', 'Hồ sơ "{procedure}" ({code}) không được chấp thuận. Lý do: {reason}. Văn bản trả lời sẽ được gửi cho bạn.'),
  ('dossier.rejected_at_intake', 'Hồ sơ không được tiếp nhận', 'Hồ sơ "{procedure}" không được tiếp nhận. Lý do: {reason}.'),
  ('dossier.payment_requested', 'Hồ sơ {code}: đề nghị nộp phí, lệ phí', 'Hồ sơ {code} cần nộp phí, lệ phí {amount} đồng để tiếp tục được giải quyết.'),
  ('result.signed', 'Đã có kết quả hồ sơ {code}', 'Kết quả "{result}" của hồ sơ {code} đã được ký số lúc {date}. Bạn có thể tải về và kiểm tra tại trang hồ sơ; bản điện tử cũng được lưu vào kho dữ liệu của bạn.'),
  ('result.revoked', 'Kết quả {result} đã bị thu hồi', 'Kết quả {result} của hồ sơ {code} đã bị cơ quan có thẩm quyền thu hồi lúc {date}.'),
  ('dossier.returned', 'Đã trả kết quả hồ sơ {code}', 'Kết quả hồ sơ {code} đã được trả lúc {date}. Cảm ơn bạn đã sử dụng dịch vụ; mời bạn đánh giá mức độ hài lòng.'),
  ('dossier.withdrawn', 'Hồ sơ {code} đã được rút', 'Hồ sơ "{procedure}" ({code}) đã được rút theo đề nghị của bạn lúc {date}. Lý do: {reason}.'),
  ('dossier.stopped', 'Hồ sơ {code} đã dừng giải quyết', 'Hồ sơ {code} đã dừng giải quyết lúc {date}. Lý do: {reason}.');
