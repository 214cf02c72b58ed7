// Edits a recovery. Changing who may see it (distribution, group, TLP, discoverability) is a share, which needs more
// than an edit. The serial and description are re-normalised and re-checked; the version check turns a lost update
// into a clear conflict.
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../../../../core/sharing';
import type { Db } from '../../../../db/connect';
import type { AuditActorContext } from '../../../../platform/audit';
import { AppError, invalidFields, notFound } from '../../../../platform/errors';
import { fieldText } from '../../../../../core/i18n/errors';
import type { Locale } from '../../../../../core/i18n/locale';
import { authorizeRecord, checkSharingChoice } from '../../../../platform/policy';
import { recordMatchNotices } from '../../match-notices/recordMatches';
import { inTransaction } from '../../../../platform/transaction';
import { findRecovery } from '../queries';
import { recoveryShapeErrors, type updateRecoveryBody } from '../schemas';
import { recoveryValues } from '../values';

export async function updateRecovery(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof updateRecoveryBody>,
  locale: Locale = 'en',
) {
  const before = await findRecovery(db, id);
  if (!before) throw notFound('recovery');
  const changesSharing =
    (input.distribution !== undefined && input.distribution !== before.distribution) ||
    (input.sharingGroupId !== undefined && input.sharingGroupId !== before.sharing_group_id) ||
    (input.tlp !== undefined && input.tlp !== before.tlp) ||
    (input.discoverable !== undefined && input.discoverable !== before.discoverable);
  await authorizeRecord(db, actor, 'update', 'recovery', before);
  if (changesSharing) await authorizeRecord(db, actor, 'share', 'recovery', before);
  const distribution = input.distribution ?? before.distribution;
  const sharingGroupId = checkSharingChoice(
    actor,
    distribution,
    input.sharingGroupId === undefined ? before.sharing_group_id : input.sharingGroupId,
  );
  const pick = <T>(given: T | undefined, stored: T): T => (given === undefined ? stored : given);
  const merged = {
    serialState: pick(input.serialState, before.serial_state),
    serial: pick(input.serial, before.serial_raw),
    make: pick(input.make, before.make),
    model: pick(input.model, before.model),
    caliber: pick(input.caliber, before.caliber),
    type: pick(input.type, before.type),
    countryOfManufacture: pick(input.countryOfManufacture, before.country_of_manufacture),
    importer: pick(input.importer, before.importer),
    otherMarkings: pick(input.otherMarkings, before.other_markings),
    recoveredOn: pick(input.recoveredOn, before.recovered_on_text),
    recoveryCountry: pick(input.recoveryCountry, before.recovery_country),
    recoveryState: pick(input.recoveryState, before.recovery_state),
    recoveryMunicipality: pick(input.recoveryMunicipality, before.recovery_municipality),
    latitude: pick(input.latitude, before.latitude),
    longitude: pick(input.longitude, before.longitude),
    crimeCode: pick(input.crimeCode, before.crime_code),
    caseNumber: pick(input.caseNumber, before.case_number),
    possessor: pick(
      input.possessor,
      before.possessor_name === null
        ? null
        : { name: before.possessor_name, birthDate: before.possessor_birth_date_text },
    ),
  };
  const shapeErrors = recoveryShapeErrors(merged);
  if (shapeErrors.length) throw invalidFields(...shapeErrors);
  const values = recoveryValues(actor, merged, {
    distribution,
    sharingGroupId,
    tlp: input.tlp ?? before.tlp,
    discoverable: input.discoverable ?? before.discoverable,
  });
  const { owner_agency_id: _owner, created_by_user_id: _creator, ...changes } = values;

  await inTransaction(db, context, async (tx, audit) => {
    const updated = await tx
      .updateTable('recoveries')
      .set({ ...changes, updated_at: new Date(), version: sql<number>`version + 1` })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw staleRecovery(locale, input.version, before.version);
    const { version: _version, possessor: _possessor, ...change } = input;
    await audit({
      action: changesSharing ? 'recovery.share' : 'recovery.update',
      recordType: 'recovery',
      recordId: id,
      ownerAgencyId: before.owner_agency_id,
      // The possessor is personal data: the audit says it changed, not what it is.
      details: { change, possessorChanged: input.possessor !== undefined },
    });
    // A corrected serial or make may now match a lost/stolen or multiple-sales report (existing notices are not
    // repeated).
    if (input.serial !== undefined || input.make !== undefined)
      await recordMatchNotices(tx, audit, 'recovery', [id]);
  });
}

/** A lost update: the detail says, in the caller's language, which version was edited and which is current. */
function staleRecovery(locale: Locale, yourVersion: number, currentVersion: number): AppError {
  const params = { yourVersion, currentVersion };
  return new AppError('conflict', { ...params, reason: fieldText(locale, 'stale_version', params) }, [
    { field: 'version', message: 'stale_version', params },
  ]);
}
