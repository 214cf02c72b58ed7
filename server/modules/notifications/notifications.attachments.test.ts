// Pre-export notification attachments, on every test database: upload while a draft (type read from the
// magic bytes, name cleaned, SHA-256 kept), download by both authorities with audited reads, frozen after
// sending, and hostile uploads (wrong magic bytes, oversized, HTML names, another agency's notice).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../test/databases';
import { expectFieldErrors, expectProblem, rowCounts } from '../../test/problems';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from './attachmentFiles';
import type { NotificationView } from './schemas';
import { COFEPRIS, COFEPRIS_ANALYST, DEA, HC, useNotificationsWorld } from './testWorld';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('rest of a png'),
]);
const HTML = Buffer.from('<!doctype html><script>alert(document.cookie)</script>');

describe.each(DATABASE_KINDS)('notification attachments on %s', (kind) => {
  const world = useNotificationsWorld(kind);
  const { agencies, as, ok, draft, auditActions } = world;

  const upload = async (
    email: string,
    id: string,
    content: Buffer,
    query: { kind?: string; filename?: string } = {},
    contentType = 'application/pdf',
  ) => {
    const client = await as(email);
    const params = new URLSearchParams({ kind: 'invoice', filename: 'invoice.pdf', ...query });
    return world.t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${id}/attachments?${params.toString()}`,
      headers: {
        cookie: client.cookie!,
        'x-csrf-token': client.csrfToken!,
        'content-type': contentType,
        'accept-language': 'en',
      },
      payload: content,
    });
  };

  it('attach while a draft; both authorities download the same bytes; reads by the importer are audited', async () => {
    const d = await draft();
    const added = await upload(DEA, d.id, PDF, { filename: '../../etc/Factura comercial №7.pdf' });
    expect(added.statusCode, added.body).toBe(201);
    const withPdf = added.json<NotificationView>();
    expect(withPdf.attachments).toHaveLength(1);
    const [pdf] = withPdf.attachments;
    expect(pdf).toMatchObject({
      kind: 'invoice',
      filename: 'Factura comercial №7.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    // Declared as a PDF, but the bytes are a PNG: the bytes win, and the extension follows them.
    const png = await upload(
      DEA,
      d.id,
      PNG,
      { kind: 'end_user_certificate', filename: 'certificate.pdf' },
      'application/pdf',
    );
    expect(png.statusCode, png.body).toBe(201);
    const both = png.json<NotificationView>();
    expect(both.attachments.map((a) => [a.contentType, a.filename])).toEqual([
      ['application/pdf', 'Factura comercial №7.pdf'],
      ['image/png', 'certificate.pdf.png'],
    ]);
    // Remove the PNG while still a draft.
    const removed = await (await as(DEA)).delete(both.attachments[1]!.url);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json<NotificationView>().attachments.map((a) => a.id)).toEqual([pdf!.id]);

    // A draft's documents are the exporter's alone.
    expectProblem(await (await as(COFEPRIS)).get(pdf!.url), 404, 'not-found');

    const sent = await ok(DEA, removed.json<NotificationView>(), 'send');
    for (const email of [DEA, COFEPRIS, COFEPRIS_ANALYST]) {
      const response = await (await as(email)).get(pdf!.url);
      expect(response.statusCode, `${email}: ${response.body}`).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="Factura comercial No7.pdf"; filename*=UTF-8''${encodeURIComponent('Factura comercial №7.pdf')}`,
      );
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.rawPayload.equals(PDF)).toBe(true);
    }
    const importerView = (
      await (await as(COFEPRIS)).get(`/api/v1/notifications/${d.id}`)
    ).json<NotificationView>();
    expect(importerView.attachments).toEqual(sent.attachments);

    const trail = await auditActions(d.id);
    expect(trail.filter((e) => e.action === 'export_notification.attach')).toHaveLength(2);
    expect(trail.filter((e) => e.action === 'export_notification.detach')).toHaveLength(1);
    expect(trail).toContainEqual({
      action: 'export_notification.attachment_read',
      agency: agencies['MX-COFEPRIS'],
    });

    // Sent: frozen, for the exporter too (409, localized); the importer may not touch them at all.
    const before = await rowCounts(world.t.db);
    const late = expectProblem(await upload(DEA, d.id, PDF), 409, 'conflict');
    expect(late.detail).toContain('no longer a draft');
    const lateEs = await world.t.app.inject({
      method: 'DELETE',
      url: pdf!.url,
      headers: {
        cookie: (await as(DEA)).cookie!,
        'x-csrf-token': (await as(DEA)).csrfToken!,
        'accept-language': 'es',
      },
    });
    expect(expectProblem(lateEs, 409, 'conflict').detail).toContain('ya no es un borrador');
    expectProblem(await upload(COFEPRIS, d.id, PDF), 403, 'forbidden');
    expectProblem(await (await as(COFEPRIS)).delete(pdf!.url), 403, 'forbidden');
    expect(await rowCounts(world.t.db)).toEqual(before);
  });

  it('hostile uploads: wrong magic bytes, oversized, empty, HTML names, unknown kinds, other agencies', async () => {
    const d = await draft();
    const before = await rowCounts(world.t.db);
    // HTML named .pdf, sent as application/pdf: refused by content.
    const html = expectFieldErrors(await upload(DEA, d.id, HTML), ['file']);
    expect(html.errors![0]!.code).toBe('attachment_type');
    // A PDF signature not at the start is not a PDF.
    expectFieldErrors(await upload(DEA, d.id, Buffer.concat([Buffer.from(' '), PDF])), ['file']);
    expectFieldErrors(await upload(DEA, d.id, Buffer.alloc(0)), ['file']);
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    const oversized = expectFieldErrors(await upload(DEA, d.id, big), ['file']);
    expect(oversized.errors![0]!.code).toBe('attachment_too_large');
    expectProblem(await upload(DEA, d.id, Buffer.alloc(4 * MAX_ATTACHMENT_BYTES + 1)), 413, 'body-too-large');
    expectFieldErrors(await upload(DEA, d.id, PDF, { kind: 'selfie' }), ['querystring.kind']);
    expectProblem(await upload(DEA, d.id, PDF, {}, 'text/html'), 415, 'unsupported-media-type');
    const asJson = await (
      await as(DEA)
    ).post(`/api/v1/notifications/${d.id}/attachments?kind=invoice&filename=a.pdf`, {
      content: PDF.toString('base64'),
    });
    expectProblem(asJson, 415, 'unsupported-media-type');
    // Another agency's notification id (and an id that does not exist): 404, never a hint.
    expectProblem(await upload(HC, d.id, PDF), 404, 'not-found');
    expectProblem(await upload(COFEPRIS, d.id, PDF), 404, 'not-found');
    expectProblem(await upload(DEA, crypto.randomUUID(), PDF), 404, 'not-found');
    expect(await rowCounts(world.t.db)).toEqual(before);

    // A real PDF named like a web page is kept as a PDF, with a name that cannot become a page or a header.
    const named = await upload(DEA, d.id, PDF, {
      filename: 'C:\\Users\\x\\<script>alert(1)</script>"\r\nX-Evil: 1.html',
    });
    expect(named.statusCode, named.body).toBe(201);
    const stored = named.json<NotificationView>().attachments[0]!;
    // Only the part after the last slash survives; quotes, colons and line breaks cannot.
    expect(stored.filename).toBe('script__X-Evil_ 1.html.pdf');
    const download = await (await as(DEA)).get(stored.url);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-evil']).toBeUndefined();

    // Another agency's attachment id under this notice, and this attachment under another agency's notice.
    const hcClient = await as(HC);
    expectProblem(await hcClient.get(stored.url), 404, 'not-found');
    expectProblem(await hcClient.delete(stored.url), 404, 'not-found');
    const other = await draft();
    expectProblem(
      await (await as(DEA)).get(`/api/v1/notifications/${other.id}/attachments/${stored.id}`),
      404,
      'not-found',
    );
    expectFieldErrors(await (await as(DEA)).get(`/api/v1/notifications/${d.id}/attachments/x`), [
      'params.attachmentId',
    ]);

    // At most MAX_ATTACHMENTS documents per notice.
    for (let i = 1; i < MAX_ATTACHMENTS; i++)
      expect((await upload(DEA, d.id, PDF, { filename: `page-${i}.pdf` })).statusCode).toBe(201);
    const full = expectFieldErrors(await upload(DEA, d.id, PDF), ['file']);
    expect(full.errors![0]!.code).toBe('attachment_limit');
  });
});
