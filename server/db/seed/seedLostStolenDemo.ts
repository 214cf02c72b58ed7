// Demo lost/stolen reports, so the list is not empty on first start and a recovery of one of these serials shows a
// match notice (docs: README, "Try the tracing workflow"). Filed through the same command as the API.
import {
  reportLostStolen,
  type LostStolenInput,
} from '../../modules/firearms/lost-stolen/commands/reportLostStolen';
import type { Audit, Tx } from '../../platform/transaction';

interface DemoLostStolen extends LostStolenInput {
  reporter: string;
}

const report = (r: Omit<DemoLostStolen, 'discoverable' | 'sharingGroupId'>): DemoLostStolen => ({
  discoverable: true,
  ...r,
});

export const DEMO_LOST_STOLEN: readonly DemoLostStolen[] = [
  report({
    reporter: 'officer@cbp.demo',
    kind: 'stolen',
    serial: 'BXRK417',
    make: 'Glock',
    model: 'G19',
    caliber: '9mm Luger',
    type: 'P',
    reportedOn: '2026-09-14',
    details:
      'Stolen in a night burglary of a licensed dealer in Laredo, Texas, with 11 other handguns. Case CBP-LRD-2026-0311.',
    distribution: 'partners',
    tlp: 'GREEN',
  }),
  report({
    reporter: 'officer@cbp.demo',
    kind: 'lost',
    serial: 'NHF2093',
    make: 'Smith & Wesson',
    model: 'M&P9',
    caliber: '9mm Luger',
    type: 'P',
    reportedOn: '2026-07-03',
    details: 'Lost in an interstate shipment from a wholesaler to a dealer in Tucson, Arizona.',
    distribution: 'partners',
    tlp: 'AMBER',
  }),
  report({
    reporter: 'enqueteur@rcmp.demo',
    kind: 'stolen',
    serial: '33561842',
    make: 'Sturm Ruger',
    model: 'SR9',
    caliber: '9mm Luger',
    type: 'P',
    reportedOn: '2026-05-20',
    details: 'Volée lors d’une introduction par effraction à Cornwall (Ontario). Dossier GRC 2026-118734.',
    distribution: 'partners',
    tlp: 'AMBER',
  }),
  report({
    reporter: 'analista@fgr.demo',
    kind: 'stolen',
    serial: 'D42615Z',
    make: 'Beretta',
    model: '92FS',
    caliber: '9mm Luger',
    type: 'P',
    reportedOn: '2026-10-08',
    details: 'Robada del depósito de armas de una corporación de seguridad municipal en Chihuahua.',
    distribution: 'country',
    tlp: 'AMBER',
  }),
];

/** A dealer's own report, shared with nobody: its country's tracing centre holds it (tracer@ntc.demo reads it). */
export const DEMO_HOLDER_LOST_STOLEN: readonly DemoLostStolen[] = [
  report({
    reporter: 'dealer@borderguns.demo',
    kind: 'stolen',
    serial: 'CKT5528',
    make: 'Glock',
    model: 'G17',
    caliber: '9mm Luger',
    type: 'P',
    reportedOn: '2026-10-21',
    details:
      'Missing from the display case after closing; found at the monthly inventory count (ATF Form 3310.11 filed).',
    distribution: 'agency',
    tlp: 'AMBER',
  }),
];

export async function seedLostStolenDemo(
  tx: Tx,
  audit: Audit,
  users: ReadonlyMap<string, { id: string; agencyId: string }>,
  reports: readonly DemoLostStolen[] = DEMO_LOST_STOLEN,
): Promise<number> {
  for (const { reporter, ...input } of reports) {
    const user = users.get(reporter)!;
    await reportLostStolen(tx, audit, { agencyId: user.agencyId, userId: user.id }, input, null);
  }
  return reports.length;
}
