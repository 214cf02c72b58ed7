// The pure checks behind attachments: the type from magic bytes only, and file names made safe.
import { describe, expect, it } from 'vitest';
import { asciiFilename, sanitizeFilename, sniffAttachmentType } from './attachmentFiles';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (s: string) => new TextEncoder().encode(s);

describe('attachment files', () => {
  it('recognises PDF, PNG and JPEG by their first bytes, and nothing else', () => {
    expect(sniffAttachmentType(text('%PDF-1.4\n…'))).toBe('application/pdf');
    expect(sniffAttachmentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(sniffAttachmentType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    for (const other of [
      text('<html><body>%PDF-</body></html>'),
      text(' %PDF-1.4'),
      text('%PDF'),
      bytes(0x89, 0x50, 0x4e, 0x47),
      bytes(0xff, 0xd8),
      text('PK\u0003\u0004 zip'),
      text('GIF89a'),
      bytes(),
    ])
      expect(sniffAttachmentType(other)).toBeNull();
  });

  it('cleans names: no folders, controls, bidi tricks or header characters; extension follows the content', () => {
    expect(sanitizeFilename('factura.pdf', 'application/pdf')).toBe('factura.pdf');
    expect(sanitizeFilename('FOTO.JPEG', 'image/jpeg')).toBe('FOTO.JPEG');
    expect(sanitizeFilename('scan.jpg', 'image/png')).toBe('scan.jpg.png');
    expect(sanitizeFilename('permit.html', 'application/pdf')).toBe('permit.html.pdf');
    expect(sanitizeFilename('../../../etc/passwd', 'application/pdf')).toBe('passwd.pdf');
    expect(sanitizeFilename('C:\\temp\\..\\boot.ini', 'application/pdf')).toBe('boot.ini.pdf');
    expect(sanitizeFilename('invoice\u202Efdp.exe', 'application/pdf')).toBe('invoicefdp.exe.pdf');
    expect(sanitizeFilename('a"b\r\nContent-Type: x.pdf', 'application/pdf')).toBe('a_bContent-Type_ x.pdf');
    expect(sanitizeFilename('...', 'image/png')).toBe('document.png');
    expect(sanitizeFilename('.htaccess', 'application/pdf')).toBe('htaccess.pdf');
    const long = sanitizeFilename(`${'é'.repeat(500)}.pdf`, 'application/pdf');
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('gives an ASCII stand-in for old clients', () => {
    expect(asciiFilename('Constancia de situación №3.pdf')).toBe('Constancia de situacion No3.pdf');
    expect(asciiFilename('合同.pdf')).toBe('.pdf');
    expect(asciiFilename('日本')).toBe('document');
  });
});
