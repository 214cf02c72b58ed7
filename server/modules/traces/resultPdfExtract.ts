// Reads the text back out of a PDF that pdfkit drew with its standard fonts: inflates the content streams and
// decodes the hex strings of each TJ array (WinAnsi). Enough for tests to check what a result PDF says and omits.
import { inflateSync } from 'node:zlib';

// A stream is read by the /Length of its dictionary: its compressed bytes may themselves end in "\r" or hold
// "endstream", so matching up to the keyword would cut the data now and then (about one stream in 256).
const STREAM = /\/Length (\d+)[^>]*>>\s*stream\r?\n/g;
const TJ = /\[((?:<[0-9a-fA-F]*>|\s|-?\d+(?:\.\d+)?)*)\]\s*TJ/g;
const HEX = /<([0-9a-fA-F]*)>/g;
/** The WinAnsi codes above 0x7F that Latin-1 does not share and the PDF uses. */
const WIN_ANSI: Record<number, string> = {
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
};
const decode = (hex: string) =>
  [...Buffer.from(hex, 'hex')].map((b) => WIN_ANSI[b] ?? String.fromCharCode(b)).join('');

export function pdfTextLines(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const stream of raw.matchAll(STREAM)) {
    const start = stream.index + stream[0].length;
    const bytes = Buffer.from(raw.slice(start, start + Number(stream[1])), 'latin1');
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = bytes.toString('latin1'); // an uncompressed stream
    }
    for (const array of content.matchAll(TJ)) {
      let line = '';
      for (const hex of array[1]!.matchAll(HEX)) line += decode(hex[1]!);
      lines.push(line);
    }
  }
  return lines;
}

/** All the PDF's text joined with newlines. */
export const pdfText = (pdf: Buffer): string => pdfTextLines(pdf).join('\n');
