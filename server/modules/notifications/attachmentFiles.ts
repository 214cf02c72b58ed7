// What an attached document is, judged by its bytes: the declared Content-Type and the file name are the
// sender's claims, so the type comes from the magic bytes and the name is cleaned to something safe to show
// and to put in a Content-Disposition header. Pure: no I/O.
import { createHash } from 'node:crypto';

export const ATTACHMENT_KINDS = [
  'invoice',
  'import_permit',
  'end_user_certificate',
  'export_licence',
  'other',
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** 5 MiB: a scanned certificate or invoice; larger files belong in the agencies' own document systems. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS = 20;

const SIGNATURES: { type: AttachmentType; bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The type the bytes show, or null when they are none of the accepted ones (HTML, scripts, archives…). */
export function sniffAttachmentType(content: Uint8Array): AttachmentType | null {
  for (const { type, bytes } of SIGNATURES)
    if (content.length >= bytes.length && bytes.every((b, i) => content[i] === b)) return type;
  return null;
}

const EXTENSIONS: Record<AttachmentType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
};

const MAX_NAME = 200;

/**
 * A file name safe to store, show and send back: no directories, no control or bidi characters, no
 * characters that mean something to a shell or a header, at most 200 characters, and an extension that
 * matches the recognised type (appended when missing or different, so "permit.html" becomes "permit.html.pdf").
 */
export function sanitizeFilename(given: string, type: AttachmentType): string {
  const lastPart = given.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = lastPart
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/["'`<>:|?*;%$&{}[\]^~#]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s-]+/, '');
  const stem = cleaned || 'document';
  const dot = stem.lastIndexOf('.');
  const extension = dot > 0 ? stem.slice(dot + 1).toLowerCase() : '';
  const wanted = EXTENSIONS[type];
  // Keep a matching extension as given; otherwise append the type's. Truncate the part before it.
  const [base, suffix] = wanted.includes(extension)
    ? [stem.slice(0, dot), stem.slice(dot)]
    : [stem, `.${wanted[0]}`];
  return [...base].slice(0, MAX_NAME - suffix.length).join('') + suffix;
}

/** An ASCII stand-in for the Content-Disposition filename parameter (the UTF-8 name goes in filename*). */
export function asciiFilename(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '_') || 'document'
  );
}

export function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
