// What both readers give: records (file line + cells) as a stream, and the header turned into a field mapping
// before the first row is screened, so a bad header is one clear error rather than a report of broken lines.
import type { Locale } from '../../../../core/i18n/locale';
import {
  mapHeader,
  rowOf,
  type HeaderMapping,
  type HeaderProblem,
  type ManifestRow,
} from '../../../../core/chemicals/manifest';

export interface CellRecord {
  /** 1-based line (CSV) or row number (XLSX) where the record starts. */
  line: number;
  cells: string[];
}

export type ManifestFormat = 'csv' | 'xlsx';

export class ManifestFileError extends Error {
  constructor(
    readonly code: 'manifest_unreadable' | 'manifest_empty' | 'manifest_too_many_lines' | 'header',
    readonly problems: readonly HeaderProblem[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(problems.map((p) => p.message).join(' ') || code);
  }
}

export interface OpenedManifest {
  mapping: HeaderMapping;
  rows: AsyncIterable<ManifestRow>;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Reads the header (the first non-blank record) and streams the rows after it, up to maxLines. */
export async function openManifest(
  records: AsyncIterable<CellRecord>,
  locale: Locale,
  maxLines: number,
): Promise<OpenedManifest> {
  const iterator = records[Symbol.asyncIterator]();
  let header: CellRecord | undefined;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    if (!isBlank(next.value.cells)) {
      header = next.value;
      break;
    }
  }
  if (!header) throw new ManifestFileError('manifest_empty');
  const mapped = mapHeader(header.cells, locale);
  if (!mapped.ok) throw new ManifestFileError('header', mapped.problems);
  const { mapping } = mapped;
  async function* rows(): AsyncGenerator<ManifestRow> {
    let count = 0;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      count += 1;
      if (count > maxLines) throw new ManifestFileError('manifest_too_many_lines', [], { maximum: maxLines });
      yield rowOf(next.value.line, next.value.cells, mapping);
    }
  }
  return { mapping, rows: rows() };
}

/** XLSX files are zip archives ("PK\x03\x04"); anything else is read as CSV text. */
export function sniffFormat(bytes: Uint8Array): ManifestFormat {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? 'xlsx' : 'csv';
}
