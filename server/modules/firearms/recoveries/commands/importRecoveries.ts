// Records a CSV batch of recovered firearms: each row is validated like a single recovery; bad rows are reported by
// line with the reason and good rows kept; a row already recorded (same agency, case number, serial and recovery
// date; for an obliterated serial, same content and occurrence in the file) is left unchanged, so re-uploading the
// same file changes nothing. One transaction, one audit row.
import { createHash } from 'node:crypto';
import {
  RECOVERY_CSV_COLUMNS,
  RECOVERY_CSV_HEADER_REQUIRED,
  RECOVERY_CSV_NUMERIC,
} from '../../../../../core/firearms/recoveryCsv';
import { actorHasAbility, type Actor } from '../../../../../core/sharing';
import type { Locale } from '../../../../../core/i18n/locale';
import type { Db } from '../../../../db/connect';
import type { AuditActorContext } from '../../../../platform/audit';
import { AppError, fieldErrorsFromZod, invalidFields } from '../../../../platform/errors';
import { readCsvTable } from '../../../../platform/http/csvImport';
import { checkSharingChoice } from '../../../../platform/policy';
import { inTransaction } from '../../../../platform/transaction';
import { recordMatchNotices } from '../../match-notices/recordMatches';
import { recoveryRow } from '../schemas';
import { recoveryValues, type Sharing } from '../values';

export const MAX_IMPORT_ROWS = 50_000;

/**
 * More data lines than `max` (header included in the count), decided by one pass over the bytes outside quoted
 * cells, so a huge file is refused before it is decoded and parsed. UTF-8 and Windows-1252 share `"` and LF.
 */
export function exceedsRows(bytes: Uint8Array, max: number): boolean {
  let quoted = false;
  let content = false;
  let lines = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x22) quoted = !quoted;
    if (quoted) continue;
    if (b === 0x0a) {
      if (content && ++lines > max + 1) return true;
      content = false;
    } else if (b !== 0x0d) content = true;
  }
  return false;
}

/** What identifies an obliterated-serial row across uploads: everything it says about the firearm and the case. */
function obliteratedKey(values: ReturnType<typeof recoveryValues>): string {
  const {
    owner_agency_id: _owner,
    distribution: _distribution,
    sharing_group_id: _group,
    tlp: _tlp,
    discoverable: _discoverable,
    created_by_user_id: _creator,
    description_warnings: _warnings,
    ...content
  } = values;
  return createHash('sha256').update(JSON.stringify(content)).digest('base64url');
}

// The columns, those the header must name and the numeric ones are declared with the file format
// (core/firearms/recoveryCsv.ts), which the web help, the README and the API reference show.
const COLUMNS: Readonly<Record<string, string>> = RECOVERY_CSV_COLUMNS;
const NUMERIC = new Set<string>(RECOVERY_CSV_NUMERIC);
const columnOf = (field: string) =>
  Object.entries(COLUMNS).find(([, f]) => f === field.split('.')[0])?.[0] ??
  (field.startsWith('possessor.')
    ? `possessor_${field.slice(10) === 'birthDate' ? 'birth_date' : 'name'}`
    : field);

export interface ImportResult {
  encoding: 'utf-8' | 'windows-1252';
  received: number;
  inserted: number;
  unchanged: number;
  rejected: number;
  errors: { line: number; field: string; code: string; message: string }[];
  ignoredColumns: string[];
}

export async function importRecoveries(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  locale: Locale,
  bytes: Uint8Array,
  sharingInput: {
    distribution: Sharing['distribution'];
    sharingGroupId?: string | undefined;
    tlp: Sharing['tlp'];
    discoverable: boolean;
  },
): Promise<ImportResult> {
  if (!actorHasAbility(actor, 'record_recoveries')) throw new AppError('forbidden');
  const sharing: Sharing = {
    ...sharingInput,
    sharingGroupId: checkSharingChoice(actor, sharingInput.distribution, sharingInput.sharingGroupId),
  };
  if (exceedsRows(bytes, MAX_IMPORT_ROWS))
    throw invalidFields({
      field: 'file',
      message: 'csv_too_many_rows',
      params: { maximum: MAX_IMPORT_ROWS },
    });
  const { encoding, names, rows, received, errors, report } = readCsvTable(bytes, {
    required: RECOVERY_CSV_HEADER_REQUIRED,
    maxRows: MAX_IMPORT_ROWS,
    locale,
    columnOf,
  });

  const seen = new Map<string, number>();
  const occurrences = new Map<string, number>();
  const valid: { line: number; values: ReturnType<typeof recoveryValues> }[] = [];
  for (const record of rows) {
    const raw: Record<string, unknown> = {};
    names.forEach((name, i) => {
      const cell = record.cells[i]?.trim() ?? '';
      const field = COLUMNS[name];
      if (!field || cell === '') return;
      raw[field] = NUMERIC.has(name) ? (/^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell) : cell;
    });
    const { possessorName, possessorBirthDate, ...fields } = raw;
    if (possessorName !== undefined || possessorBirthDate !== undefined)
      fields.possessor = {
        name: possessorName ?? '',
        ...(possessorBirthDate !== undefined ? { birthDate: possessorBirthDate } : {}),
      };
    const parsed = recoveryRow.safeParse(fields);
    if (!parsed.success) {
      for (const error of fieldErrorsFromZod(parsed.error.issues)) report(record.line, error);
      continue;
    }
    if (!parsed.data.caseNumber) {
      report(record.line, { field: 'caseNumber', message: 'required' });
      continue;
    }
    const values = recoveryValues(actor, parsed.data, sharing);
    if (values.serial_state === 'obliterated') {
      const content = obliteratedKey(values);
      const occurrence = (occurrences.get(content) ?? 0) + 1;
      occurrences.set(content, occurrence);
      values.import_key = `${content}#${occurrence}`;
    } else if (values.serial_folded) {
      const key = JSON.stringify([values.case_number, values.serial_folded, values.recovered_on]);
      const first = seen.get(key);
      if (first !== undefined) {
        report(record.line, { field: 'serial', message: 'duplicate_row', params: { line: first } });
        continue;
      }
      seen.set(key, record.line);
    }
    valid.push({ line: record.line, values });
  }

  const inserted = await inTransaction(db, context, async (tx, audit) => {
    const ids: string[] = [];
    for (let i = 0; i < valid.length; i += 500) {
      const chunk = valid.slice(i, i + 500).map((v) => v.values);
      const rows = await tx
        .insertInto('recoveries')
        .values(chunk)
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .execute();
      ids.push(...rows.map((r) => r.id));
    }
    await recordMatchNotices(tx, audit, 'recovery', ids);
    await audit({
      action: 'recovery.import',
      recordType: 'recovery',
      ownerAgencyId: actor.agencyId,
      details: {
        encoding,
        received,
        inserted: ids.length,
        rejected: errors.length,
        ids: ids.slice(0, 1000),
      },
    });
    return ids.length;
  });
  const rejectedLines = new Set(errors.map((e) => e.line));
  return {
    encoding,
    received,
    inserted,
    unchanged: valid.length - inserted,
    rejected: rejectedLines.size,
    errors: errors.sort((a, b) => a.line - b.line),
    ignoredColumns: names.filter((n) => n !== '' && !COLUMNS[n]),
  };
}
