// Exactly the multiple-sales fields that leave the server: the purchaser is personal data, masked for roles
// without the right to see it (as possessors and trace purchasers are), except in the dealer's own reports: those
// name its own customer, from its own records.
import type { z } from 'zod';
import { actorHasAbility, type Actor } from '../../../../core/sharing';
import type { firearmsOf, MultipleSalesRow } from './queries';
import type { multipleSalesView } from './schemas';

type FirearmRow = Awaited<ReturnType<typeof firearmsOf>>[number];

export function presentMultipleSales(
  row: MultipleSalesRow,
  firearms: readonly FirearmRow[],
  actor: Actor,
): z.infer<typeof multipleSalesView> {
  const personal =
    actorHasAbility(actor, 'read_personal_data') ||
    (actor.recordHolder && row.owner_agency_id === actor.agencyId);
  return {
    id: row.id,
    form: row.form,
    dealer: {
      name: row.dealer_name,
      licence: row.dealer_licence,
      state: row.dealer_state,
      country: row.dealer_country,
    },
    purchaser: personal
      ? {
          name: row.purchaser_name,
          birthDate: row.birth_date_text,
          address: row.purchaser_address,
          masked: false,
        }
      : { name: null, birthDate: null, address: null, masked: true },
    firstSaleOn: row.first_sale_text,
    lastSaleOn: row.last_sale_text,
    firearms: firearms
      .filter((f) => f.report_id === row.id)
      .map((f) => ({
        line: f.line,
        make: f.make,
        model: f.model,
        caliber: f.caliber,
        type: f.type,
        serial: f.serial_raw,
        soldOn: f.sold_on_text,
      })),
    ownerAgency: {
      id: row.owner_agency_id,
      code: row.owner_code,
      name: row.owner_name,
      country: row.owner_country,
    },
    centre: row.centre_code && row.centre_name ? { code: row.centre_code, name: row.centre_name } : null,
    tlp: row.tlp,
    distribution: row.distribution,
    createdAt: row.created_at.toISOString(),
  };
}
