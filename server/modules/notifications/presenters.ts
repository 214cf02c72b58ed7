// Exactly the notification and party fields that leave the server, with what this user may do now.
import {
  availableActions,
  sendByDate,
  type NotificationAction,
} from '../../../core/chemicals/notificationStatus';
import { actorHasAbility, type Actor } from '../../../core/sharing';
import type { ScreeningView } from '../chemicals/schemas';
import { sideOf } from './commands/actingSide';
import type { AttachmentKind, AttachmentType } from './attachmentFiles';
import type { AttachmentRow, LineRow, NotificationRow, PartyRow } from './queries';
import type { NotificationSummaryView, NotificationView, PartyView } from './schemas';
import type { QuantityUnit } from './values';

export function presentParty(row: PartyRow): PartyView {
  return {
    id: row.id,
    name: row.name,
    country: row.country,
    identifiers: row.identifiers,
    address: row.address,
    createdAt: row.created_at.toISOString(),
  };
}

function actionsOf(actor: Actor, row: NotificationRow): NotificationAction[] {
  const side = sideOf(actor, row);
  if (!side || !actorHasAbility(actor, 'manage_notifications')) return [];
  return availableActions(row.status, side);
}

export function presentNotificationSummary(
  row: NotificationRow,
  actor: Actor,
  parties: Map<string, PartyRow>,
): NotificationSummaryView {
  const party = (id: string) => presentParty(parties.get(id)!);
  const counts = row.screening_counts;
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    voluntary: row.voluntary,
    tlp: row.tlp,
    exportingAgency: {
      id: row.owner_agency_id,
      code: row.owner_code,
      name: row.owner_name,
      country: row.owner_country,
    },
    importingAgency: {
      id: row.importing_agency_id,
      code: row.importing_code,
      name: row.importing_name,
      country: row.importing_country,
    },
    exporter: party(row.exporter_party_id),
    importer: party(row.importer_party_id),
    consignee: row.consignee_party_id ? party(row.consignee_party_id) : null,
    pointOfEntry: row.point_of_entry,
    plannedDispatchDate: row.planned_dispatch_date,
    sendBy: sendByDate(row.planned_dispatch_date),
    responseDueDate: row.response_due_date,
    overdue: row.overdue,
    transitCountries: row.transit_countries,
    objectionReason: row.objection_reason,
    screeningSummary: {
      controlled: counts.controlled,
      suspectedDesignerPrecursor: counts.suspected,
      unresolved: counts.unresolved,
      clear: counts.clear,
    },
    lineCount: row.line_count,
    sentAt: row.sent_at?.toISOString() ?? null,
    acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
    decidedAt: row.decided_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    side: row.owner_agency_id === actor.agencyId ? 'exporter' : 'importer',
    actions: actionsOf(actor, row),
  };
}

export function presentNotification(
  row: NotificationRow,
  actor: Actor,
  parties: Map<string, PartyRow>,
  lines: LineRow[],
  attachments: AttachmentRow[],
): NotificationView {
  const { lineCount: _count, ...summary } = presentNotificationSummary(row, actor, parties);
  return {
    ...summary,
    route: row.route,
    lines: lines.map((line) => ({
      id: line.id,
      position: line.position,
      chemical: line.chemical_id
        ? { id: line.chemical_id, name: line.chemical_name ?? line.chemical_id }
        : null,
      name: line.substance_name,
      cas: line.cas,
      smiles: line.smiles,
      description: line.description,
      quantity: Number(line.quantity),
      unit: line.unit as QuantityUnit,
      screening: (line.screening as ScreeningView | null) ?? null,
      screenedAt: line.screened_at?.toISOString() ?? null,
    })),
    attachments: attachments.map((a) => ({
      id: a.id,
      kind: a.kind as AttachmentKind,
      filename: a.filename,
      contentType: a.content_type as AttachmentType,
      sizeBytes: a.size_bytes,
      sha256: a.sha256,
      createdAt: a.created_at.toISOString(),
      url: `/api/v1/notifications/${row.id}/attachments/${a.id}`,
    })),
  };
}

export function partyIdsOf(rows: NotificationRow[]): string[] {
  return rows.flatMap((r) => [
    r.exporter_party_id,
    r.importer_party_id,
    ...(r.consignee_party_id ? [r.consignee_party_id] : []),
  ]);
}
