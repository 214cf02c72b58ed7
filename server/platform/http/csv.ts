// CSV writing that spreadsheets cannot turn into formulas (cells starting with = + - @ are prefixed
// with an apostrophe, as OWASP advises) and that quotes what needs quoting (RFC 4180), sent with a UTF-8 byte order
// mark: Excel in Mexico and Canada reads a CSV without one as Windows-1252 and shows "JosÃ© PeÃ±a" for "José Peña".
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';

const FORMULA_START = /^[=+\-@\t\r]/;

/** The UTF-8 byte order mark that starts every CSV the API sends (importers strip it: see csvRead.ts). */
export const UTF8_BOM = '\uFEFF';
const BOM_BYTES = Buffer.from(UTF8_BOM, 'utf8');

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text =
    value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

async function* afterBom(body: Readable): AsyncGenerator<string | Buffer> {
  yield UTF8_BOM;
  for await (const chunk of body) yield chunk as string | Buffer;
}

/**
 * Starts every text/csv response with the byte order mark, whatever route built it (a string, a buffer or a
 * stream of csvLine()s): one place rather than a rule each export must remember.
 */
export function sendCsvWithBom(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    const type = reply.getHeader('content-type');
    if (typeof type !== 'string' || !type.toLowerCase().startsWith('text/csv')) return payload;
    if (typeof payload === 'string') return payload.startsWith(UTF8_BOM) ? payload : UTF8_BOM + payload;
    if (Buffer.isBuffer(payload))
      return payload.subarray(0, BOM_BYTES.length).equals(BOM_BYTES)
        ? payload
        : Buffer.concat([BOM_BYTES, payload]);
    if (payload instanceof Readable) return Readable.from(afterBom(payload));
    return payload;
  });
}
