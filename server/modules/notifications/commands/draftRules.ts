// Checks a draft against the database before it is written: the importing authority is another country's
// competent authority, the parties are the exporting authority's own, the chemicals exist, CAS numbers
// carry the right check digit and the dispatch date is ahead. Every problem is a field error, all at once.
import { parseCas } from '../../../../core/chemicals';
import { utcDay } from '../../../../core/chemicals/notificationStatus';
import type { Actor } from '../../../../core/sharing';
import { invalidFields, type FieldError } from '../../../platform/errors';
import type { LineInput } from '../schemas';
import type { NotificationDb, NotificationTx } from '../tables';

export interface DraftContent {
  importingAgencyId: string;
  exporterPartyId: string;
  importerPartyId: string;
  consigneePartyId: string | null;
  plannedDispatchDate: string;
  lines?: LineInput[] | undefined;
}

/**
 * A competent authority for pre-export notifications: an agency where regulators work (COFEPRIS, DEA
 * Diversion, Health Canada in the demo), in a country other than the exporter's.
 */
async function isForeignCompetentAuthority(
  db: NotificationDb | NotificationTx,
  actor: Actor,
  agencyId: string,
) {
  const row = await db
    .selectFrom('agencies as a')
    .select('a.id')
    .where('a.id', '=', agencyId)
    .where('a.country', '<>', actor.country)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('users as u')
          .select('u.id')
          .whereRef('u.agency_id', '=', 'a.id')
          .where('u.role', '=', 'regulator')
          .where('u.disabled', '=', false),
      ),
    )
    .executeTakeFirst();
  return row !== undefined;
}

export async function checkDraft(db: NotificationDb | NotificationTx, actor: Actor, draft: DraftContent) {
  const errors: FieldError[] = [];
  if (!(await isForeignCompetentAuthority(db, actor, draft.importingAgencyId)))
    errors.push({ field: 'importingAgencyId', message: 'not_competent_authority' });

  const partyFields = [
    ['exporterPartyId', draft.exporterPartyId],
    ['importerPartyId', draft.importerPartyId],
    ['consigneePartyId', draft.consigneePartyId],
  ] as const;
  const partyIds = partyFields.flatMap(([, id]) => (id ? [id] : []));
  const own = new Set(
    (
      await db
        .selectFrom('parties')
        .select('id')
        .where('id', 'in', partyIds)
        .where('owner_agency_id', '=', actor.agencyId)
        .execute()
    ).map((p) => p.id),
  );
  for (const [field, id] of partyFields)
    if (id && !own.has(id)) errors.push({ field, message: 'unknown_party' });

  if (draft.plannedDispatchDate <= utcDay(new Date()))
    errors.push({ field: 'plannedDispatchDate', message: 'date_in_past' });

  const lines = draft.lines ?? [];
  const chemicalIds = lines.flatMap((l) => (l.chemicalId ? [l.chemicalId] : []));
  const known = new Set(
    chemicalIds.length
      ? (await db.selectFrom('chemicals').select('id').where('id', 'in', chemicalIds).execute()).map(
          (c) => c.id,
        )
      : [],
  );
  for (const [i, line] of lines.entries()) {
    if (line.chemicalId && !known.has(line.chemicalId))
      errors.push({ field: `lines.${i}.chemicalId`, message: 'unknown_chemical' });
    if (line.cas !== undefined) {
      const parsed = parseCas(line.cas);
      if (!parsed.ok)
        errors.push(
          parsed.error.kind === 'check_digit'
            ? {
                field: `lines.${i}.cas`,
                message: 'cas_check_digit',
                params: { expected: parsed.error.expected },
              }
            : { field: `lines.${i}.cas`, message: 'invalid_cas' },
        );
    }
  }
  if (errors.length) throw invalidFields(...errors);
}

/** The line rows to insert for a notification (positions from 1, CAS in canonical form). */
export function lineRows(notificationId: string, lines: LineInput[]) {
  return lines.map((line, i) => {
    const cas = line.cas === undefined ? null : parseCas(line.cas);
    return {
      notification_id: notificationId,
      position: i + 1,
      chemical_id: line.chemicalId ?? null,
      substance_name: line.name ?? null,
      cas: cas ? (cas.ok ? cas.cas : line.cas!) : null,
      smiles: line.smiles ?? null,
      description: line.description,
      quantity: line.quantity,
      unit: line.unit,
    };
  });
}
