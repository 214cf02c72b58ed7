// Uploads that arrive as raw bytes (CSV, spreadsheets, attachments): the command decides what they are (encoding,
// magic bytes), so the body is handed over as a Buffer. A content type is registered once per app, by whichever
// module comes first; each upload route sets its own `bodyLimit`, which Fastify applies before the parser's.
import type { FastifyInstance } from 'fastify';

export function acceptRawBodies(app: FastifyInstance, types: readonly string[], bodyLimit: number): void {
  for (const type of types)
    if (!app.hasContentTypeParser(type))
      app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit }, (_request, body, done) =>
        done(null, body),
      );
}
