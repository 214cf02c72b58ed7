// A consignee's history for the extraordinary-quantity red flag: what this agency's recorded manifests declared
// per consignee and substance, plus the quantities on pre-export notifications it sent or received (read-only
// use of the notifications tables). Bounded: the most recent MAX_HISTORY_ROWS rows of each source.
import { sql } from 'kysely';
import { parseQuantity, partyKey, type BaseUnit, type HistoryStats } from '../../../core/chemicals/manifest';
import { normaliseName, type ReferenceList } from '../../../core/chemicals';
import type { Db } from '../../db/connect';
import { manifestDb } from './tables';

const MAX_HISTORY_ROWS = 50_000;

export type HistoryLookup = (consigneeKey: string, substanceKey: string) => HistoryStats | undefined;

interface Sample {
  consigneeKey: string;
  substanceKey: string;
  base: BaseUnit;
  quantity: number;
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Stats per consignee and substance from samples (kept per base unit; the line's unit picks one). */
export function historyFrom(samples: Iterable<Sample>): HistoryLookup {
  const groups = new Map<string, { base: BaseUnit; values: number[] }>();
  for (const s of samples) {
    const key = `${s.consigneeKey}\u0000${s.substanceKey}`;
    const group = groups.get(key);
    // One base unit per pair: the first seen (kg for solids, L for liquids); mixed units are not compared.
    if (!group) groups.set(key, { base: s.base, values: [s.quantity] });
    else if (group.base === s.base) group.values.push(s.quantity);
  }
  const stats = new Map<string, HistoryStats>();
  for (const [key, group] of groups) {
    const sorted = group.values.sort((a, b) => a - b);
    stats.set(key, {
      shipments: sorted.length,
      median: median(sorted),
      max: sorted[sorted.length - 1]!,
      base: group.base,
    });
  }
  return (consigneeKey, substanceKey) => stats.get(`${consigneeKey}\u0000${substanceKey}`);
}

interface NotificationLineRow {
  consignee: string;
  chemical_id: string | null;
  cas: string | null;
  substance_name: string | null;
  quantity: string;
  unit: string;
}

/** Loads the agency's history: recorded manifests and pre-export notifications naming a consignee. */
export async function loadHistory(
  db: Db,
  agencyId: string,
  reference: ReferenceList,
): Promise<HistoryLookup> {
  const samples: Sample[] = [];
  const shipments = await manifestDb(db)
    .selectFrom('manifest_shipments')
    .select(['consignee_key', 'substance_key', 'base_unit', 'quantity'])
    .where('owner_agency_id', '=', agencyId)
    .orderBy('shipped_at', 'desc')
    .limit(MAX_HISTORY_ROWS)
    .execute();
  for (const s of shipments)
    samples.push({
      consigneeKey: s.consignee_key,
      substanceKey: s.substance_key,
      base: s.base_unit,
      quantity: s.quantity,
    });

  const { rows } = await sql<NotificationLineRow>`
    SELECT p.name AS consignee, l.chemical_id, l.cas, l.substance_name, l.quantity::text AS quantity, l.unit
    FROM notification_lines l
    JOIN export_notifications n ON n.id = l.notification_id
    JOIN parties p ON p.id = coalesce(n.consignee_party_id, n.importer_party_id)
    WHERE (n.owner_agency_id = ${agencyId} OR (n.importing_agency_id = ${agencyId} AND n.status <> 'draft'))
      AND n.status NOT IN ('stopped', 'objected')
    ORDER BY n.created_at DESC
    LIMIT ${MAX_HISTORY_ROWS}`.execute(db);
  for (const r of rows) {
    const q = parseQuantity(r.quantity, r.unit);
    if (!q.ok || !q.quantity) continue;
    const byCas = r.cas ? reference.byCas(r.cas) : undefined;
    const byName = r.substance_name ? reference.byName(r.substance_name) : undefined;
    const substanceKey =
      r.chemical_id ??
      byCas?.id ??
      byName?.id ??
      (r.cas ? `cas:${r.cas}` : r.substance_name ? `name:${normaliseName(r.substance_name)}` : null);
    if (!substanceKey) continue;
    samples.push({
      consigneeKey: partyKey(r.consignee),
      substanceKey,
      base: q.quantity.base,
      quantity: q.quantity.baseValue,
    });
  }
  return historyFrom(samples);
}
