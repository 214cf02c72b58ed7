-- Documents attached to a pre-export notification (commercial invoice, import permit, end-user certificate…),
-- stored in the database with their SHA-256 so both authorities can check they read the same bytes.
-- The content type is what the server recognised from the file's first bytes, never what the client declared.
-- Attached and removed only while the notice is a draft (server/modules/notifications/commands/attachments.ts);
-- read with the notification's own authorization.
CREATE TABLE notification_attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  notification_id uuid NOT NULL REFERENCES export_notifications(id) ON DELETE CASCADE,
  kind text NOT NULL
    CHECK (kind IN ('invoice', 'import_permit', 'end_user_certificate', 'export_licence', 'other')),
  filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 200),
  content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL,
  created_by_user_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (octet_length(content) = size_bytes)
);
CREATE INDEX notification_attachments_notification_idx ON notification_attachments (notification_id, created_at);
