// Exactly the recovery fields that leave the server. The possessor is personal data: only roles allowed to see
// personal data (investigators, tracing officers, agency admins) get the name and birth date; others see it masked.
import type { z } from 'zod';
import { can, actorHasAbility, type Actor } from '../../../../core/sharing';
import type { Locale } from '../../../../core/i18n/locale';
import type { DiscoveryHit } from '../../../platform/policy';
import { presentWarning } from '../reference/presenters';
import type { Related, SerialRecordRow } from '../serials/queries';
import { sharedRecordOfRecovery, type RecoveryRow } from './queries';
import type { recoveryDetailView, recoveryView, relatedRecordView } from './schemas';

export function presentPossessor(
  row: { possessor_name: string | null; possessor_birth_date_text: string | null },
  actor: Actor,
): z.infer<typeof recoveryView>['possessor'] {
  if (row.possessor_name === null) return null;
  if (!actorHasAbility(actor, 'read_personal_data')) return { name: null, birthDate: null, masked: true };
  return { name: row.possessor_name, birthDate: row.possessor_birth_date_text, masked: false };
}

export function presentRecovery(
  row: RecoveryRow,
  actor: Actor,
  grants: readonly string[],
  locale: Locale,
): z.infer<typeof recoveryView> {
  const record = sharedRecordOfRecovery(row, grants);
  return {
    id: row.id,
    serial: {
      state: row.serial_state,
      raw: row.serial_raw,
      plain: row.serial_plain,
      folded: row.serial_folded,
    },
    make: row.make,
    makeId: row.make_id,
    model: row.model,
    caliber: row.caliber,
    caliberId: row.caliber_id,
    type: row.type,
    freeTextDescription: row.free_text_description,
    countryOfManufacture: row.country_of_manufacture,
    importer: row.importer,
    otherMarkings: row.other_markings,
    recoveredOn: row.recovered_on_text,
    recovery: {
      country: row.recovery_country,
      state: row.recovery_state,
      municipality: row.recovery_municipality,
      latitude: row.latitude,
      longitude: row.longitude,
    },
    crimeCode: row.crime_code,
    caseNumber: row.case_number,
    possessor: presentPossessor(row, actor),
    descriptionWarnings: row.description_warnings.map((w) => presentWarning(w, locale)),
    tlp: row.tlp,
    distribution: row.distribution,
    sharingGroup:
      row.sharing_group_id && row.group_name ? { id: row.sharing_group_id, name: row.group_name } : null,
    discoverable: row.discoverable,
    ownerAgency: {
      id: row.owner_agency_id,
      code: row.owner_code,
      name: row.owner_name,
      country: row.owner_country,
    },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    abilities: {
      update: can(actor, 'update', record),
      share: can(actor, 'share', record),
      export: can(actor, 'export', record),
    },
  };
}

export function presentRelatedRecord(row: SerialRecordRow): z.infer<typeof relatedRecordView> {
  return {
    recordType: row.record_type,
    id: row.id,
    serial: row.serial_plain,
    make: row.make,
    model: row.model,
    date: row.date,
    kind: row.kind,
    ownerAgency: {
      id: row.owner_agency_id,
      code: row.owner_code,
      name: row.owner_name,
      country: row.owner_country,
    },
  };
}

export function presentRelated(related: Related): {
  readable: z.infer<typeof relatedRecordView>[];
  hidden: DiscoveryHit[];
} {
  return { readable: related.readable.map(presentRelatedRecord), hidden: related.hidden };
}

export function presentRecoveryDetail(
  row: RecoveryRow,
  actor: Actor,
  grants: readonly string[],
  locale: Locale,
  related: Related,
): z.infer<typeof recoveryDetailView> {
  return { ...presentRecovery(row, actor, grants, locale), related: presentRelated(related) };
}
