// Files one lost/stolen report inside the caller's audited transaction: the serial's stored forms, the make's key
// (so a recovery of the same firearm finds it), a record holder's report held by its tracing centre, and the match
// notices for recoveries already recorded. The caller
// has checked the ability and the sharing choice; the demo seed files its reports through here too.
import type { z } from 'zod';
import { invalidFields } from '../../../../platform/errors';
import type { Audit, Tx } from '../../../../platform/transaction';
import { describeFirearm, serialColumns } from '../../firearmInput';
import { recordMatchNotices } from '../../match-notices/recordMatches';
import { holdAtTracingCentre } from './holdAtTracingCentre';
import type { createLostStolenBody } from '../schemas';

export type LostStolenInput = z.output<typeof createLostStolenBody>;

export async function reportLostStolen(
  tx: Tx,
  audit: Audit,
  reporter: { agencyId: string; userId: string },
  input: LostStolenInput,
  sharingGroupId: string | null,
): Promise<string> {
  const serial = serialColumns('intact', input.serial);
  if (!serial.ok) throw invalidFields(serial.error);
  const description = describeFirearm(input);
  const row = await tx
    .insertInto('lost_stolen_reports')
    .values({
      owner_agency_id: reporter.agencyId,
      distribution: input.distribution,
      sharing_group_id: sharingGroupId,
      tlp: input.tlp,
      discoverable: input.discoverable,
      kind: input.kind,
      serial_raw: serial.value.serial_raw!,
      serial_plain: serial.value.serial_plain!,
      serial_folded: serial.value.serial_folded!,
      make: input.make ?? null,
      make_id: description.make_id,
      make_key: description.make_key,
      model: input.model ?? null,
      caliber: input.caliber ?? null,
      type: input.type ?? null,
      reported_on: input.reportedOn,
      details: input.details ?? null,
      created_by_user_id: reporter.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit({
    action: 'lost_stolen.create',
    recordType: 'lost_stolen',
    recordId: row.id,
    ownerAgencyId: reporter.agencyId,
  });
  // Before the notices: the centre that holds the report is the one they go to.
  await holdAtTracingCentre(tx, audit, {
    id: row.id,
    ownerAgencyId: reporter.agencyId,
    userId: reporter.userId,
  });
  await recordMatchNotices(tx, audit, 'lost_stolen', [row.id]);
  return row.id;
}
