// Turns one validated recovery (from JSON or a CSV row) into the columns stored, with the serial normalised and the
// description resolved against the reference table.
import type { Actor } from '../../../../core/sharing';
import { invalidFields } from '../../../platform/errors';
import { describeFirearm, serialColumns } from '../firearmInput';
import type { RecoveryTable } from '../tables';
import type { Insertable } from 'kysely';
import type { RecoveryFields } from './schemas';

type Fields = RecoveryFields;

export interface Sharing {
  distribution: RecoveryTable['distribution'];
  sharingGroupId: string | null;
  tlp: RecoveryTable['tlp'];
  discoverable: boolean;
}

export function recoveryValues(actor: Actor, input: Fields, sharing: Sharing): Insertable<RecoveryTable> {
  const serial = serialColumns(input.serialState, input.serial);
  if (!serial.ok) throw invalidFields(serial.error);
  // A recovered gun's markings are described (null when not given), so a missing origin is warned about.
  const description = describeFirearm({ ...input, importer: input.importer ?? null });
  return {
    owner_agency_id: actor.agencyId,
    distribution: sharing.distribution,
    sharing_group_id: sharing.sharingGroupId,
    tlp: sharing.tlp,
    discoverable: sharing.discoverable,
    serial_state: input.serialState,
    ...serial.value,
    make: input.make ?? null,
    make_id: description.make_id,
    make_key: description.make_key,
    model: input.model ?? null,
    caliber: input.caliber ?? null,
    caliber_id: description.caliber_id,
    type: input.type ?? null,
    free_text_description: description.free_text_description,
    country_of_manufacture: input.countryOfManufacture ?? null,
    importer: input.importer ?? null,
    other_markings: input.otherMarkings ?? null,
    recovered_on: input.recoveredOn,
    recovery_country: input.recoveryCountry,
    recovery_state: input.recoveryState ?? null,
    recovery_municipality: input.recoveryMunicipality ?? null,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    crime_code: input.crimeCode ?? null,
    case_number: input.caseNumber ?? null,
    possessor_name: input.possessor?.name ?? null,
    possessor_birth_date: input.possessor?.birthDate ?? null,
    description_warnings: JSON.stringify(description.warnings),
    created_by_user_id: actor.userId,
  };
}
