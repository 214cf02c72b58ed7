// Files a multiple-sales report. A dealer files for one of its own licences; an agency that received a copy files
// for any dealer (linked to the record holder when the licence is known). The report is held by the tracing
// centre of the dealer's country, and refused unless the sales make a multiple sale under the form's rule. A listed
// firearm already recovered gives match notices.
import type { z } from 'zod';
import { addYears, checkMultipleSale, compareDates, parseIsoDate } from '../../../../../core/firearms';
import { actorHasAbility, type Actor } from '../../../../../core/sharing';
import type { Db } from '../../../../db/connect';
import type { AuditActorContext } from '../../../../platform/audit';
import { AppError, invalidFields, type FieldError } from '../../../../platform/errors';
import { checkSharingChoice } from '../../../../platform/policy';
import { inTransaction } from '../../../../platform/transaction';
import { TRACING_CENTRE_AGENCY } from '../../../traces/commands/requestTrace';
import { describeFirearm, serialColumns } from '../../firearmInput';
import { recordMatchNotices } from '../../match-notices/recordMatches';
import type { fileMultipleSalesBody } from '../schemas';
import '../../../traces/tables';

/** No licensee may sell a firearm to anyone under 18 (21 for handguns in the US); a younger purchaser is an error. */
const MINIMUM_PURCHASER_AGE = 18;

/** A birth date the sales contradict: after the first sale, or too young at it. */
function birthDateError(birthDate: string, firstSale: string): FieldError | null {
  const field = 'purchaser.birthDate';
  if (birthDate > firstSale) return { field, message: 'birth_after_sale', params: { soldOn: firstSale } };
  const born = parseIsoDate(birthDate);
  const sold = parseIsoDate(firstSale);
  return born.ok && sold.ok && compareDates(addYears(born.value, MINIMUM_PURCHASER_AGE), sold.value) > 0
    ? { field, message: 'purchaser_under_age', params: { minimumAge: MINIMUM_PURCHASER_AGE } }
    : null;
}

export async function fileMultipleSalesReport(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  input: z.infer<typeof fileMultipleSalesBody>,
): Promise<string> {
  // Agencies that record firearms file for any dealer; a dealer (record holder) files for its own licences.
  if (!actorHasAbility(actor, 'record_recoveries') && !actorHasAbility(actor, 'answer_trace_hops'))
    throw new AppError('forbidden');
  const sharingGroupId = checkSharingChoice(actor, input.distribution, input.sharingGroupId);
  const holderQuery = db
    .selectFrom('record_holders')
    .selectAll()
    .where('licence_number', '=', input.dealer.licence.trim());
  const holder = actor.recordHolder
    ? await holderQuery.where('agency_id', '=', actor.agencyId).executeTakeFirst()
    : await holderQuery.executeTakeFirst();
  const errors: FieldError[] = [];
  if (actor.recordHolder && !holder)
    errors.push({ field: 'dealer.licence', message: 'dealer_licence_not_yours' });
  const dealerName = holder?.name ?? input.dealer.name ?? '';
  if (!dealerName) errors.push({ field: 'dealer.name', message: 'required' });
  const dealerState = holder?.us_state ?? input.dealer.state ?? null;
  const dealerCountry = holder?.country ?? input.dealer.country;

  const lines = input.firearms.map((f, index) => {
    const serial = serialColumns('intact', f.serial, `firearms.${index}.serial`);
    if (!serial.ok) errors.push(serial.error);
    return {
      line: index + 1,
      make: f.make,
      make_key: describeFirearm({ make: f.make }).make_key ?? '',
      model: f.model ?? null,
      caliber: f.caliber ?? null,
      type: f.type,
      serial_raw: f.serial,
      serial_folded: serial.ok ? serial.value.serial_folded! : '',
      sold_on: f.soldOn,
    };
  });
  for (const problem of checkMultipleSale(
    input.form,
    input.firearms.map((f) => ({ type: f.type, soldOn: f.soldOn })),
    dealerState,
  )) {
    if (problem.code === 'multiple_sales_wrong_type')
      errors.push({
        field: `firearms.${problem.index}.type`,
        message: problem.code,
        params: { expected: input.form === 'handguns' ? 'P' : 'R' },
      });
    else if (problem.code === 'multiple_sales_window')
      errors.push({
        field: 'firearms',
        message: problem.code,
        params: { businessDays: problem.businessDays },
      });
    else
      errors.push({
        field: problem.code === 'multiple_sales_too_few' ? 'firearms' : 'dealer.state',
        message: problem.code,
      });
  }
  const dates = input.firearms.map((f) => f.soldOn).sort();
  const birth = input.purchaser.birthDate ? birthDateError(input.purchaser.birthDate, dates[0]!) : null;
  if (birth) errors.push(birth);
  if (errors.length) throw invalidFields(...errors);

  const centre = await db
    .selectFrom('agencies')
    .select('id')
    .where('code', '=', TRACING_CENTRE_AGENCY[dealerCountry])
    .executeTakeFirst();
  return inTransaction(db, context, async (tx, audit) => {
    const report = await tx
      .insertInto('multiple_sales_reports')
      .values({
        owner_agency_id: actor.agencyId,
        distribution: input.distribution,
        sharing_group_id: sharingGroupId,
        tlp: input.tlp,
        discoverable: input.discoverable,
        form: input.form,
        centre_agency_id: centre?.id ?? null,
        dealer_holder_id: holder?.id ?? null,
        dealer_name: dealerName,
        dealer_licence: input.dealer.licence.trim(),
        dealer_country: dealerCountry,
        dealer_state: dealerState,
        purchaser_name: input.purchaser.name,
        purchaser_birth_date: input.purchaser.birthDate ?? null,
        purchaser_address: input.purchaser.address ?? null,
        first_sale_on: dates[0]!,
        last_sale_on: dates[dates.length - 1]!,
        created_by_user_id: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('multiple_sales_firearms')
      .values(lines.map((l) => ({ ...l, report_id: report.id })))
      .execute();
    await audit({
      action: 'multiple_sales.create',
      recordType: 'multiple_sales',
      recordId: report.id,
      ownerAgencyId: actor.agencyId,
      details: { form: input.form, firearms: lines.length, centre: centre?.id ?? null },
    });
    // A listed firearm already recovered: both sides hear of it now, as a later recovery would tell them.
    await recordMatchNotices(tx, audit, 'multiple_sales', [report.id]);
    return report.id;
  });
}
