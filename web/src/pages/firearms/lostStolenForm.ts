// The "report a lost or stolen firearm" form's state and how it becomes the API's request body.
import type { LostStolenReportInput } from '../../api/types';
import { DEFAULT_SHARING, sharingBody, type Sharing } from '../../components/SharingControls';
import type { FirearmDescriptionForm } from './FirearmDescriptionFields';
import { orNull } from './recoveryForm';

export interface LostStolenForm extends FirearmDescriptionForm {
  kind: 'lost' | 'stolen';
  serial: string;
  reportedOn: string;
  details: string;
  sharing: Sharing;
}

export function emptyLostStolenForm(): LostStolenForm {
  return {
    kind: 'stolen',
    serial: '',
    make: '',
    model: '',
    caliber: '',
    type: '',
    // Read off a recovered firearm, not asked here (FirearmDescriptionFields' `markings` off).
    countryOfManufacture: '',
    importer: '',
    otherMarkings: '',
    reportedOn: '',
    details: '',
    // Lost and stolen guns turn up across borders: shared with the partner countries unless the agency narrows it.
    sharing: { ...DEFAULT_SHARING, distribution: 'partners' },
  };
}

/** Every form field the server may name in a problem, so the form knows which messages it shows itself. */
export const LOST_STOLEN_FIELDS = [
  'kind',
  'serial',
  'make',
  'model',
  'caliber',
  'type',
  'reportedOn',
  'details',
  'distribution',
  'sharingGroupId',
  'tlp',
  'discoverable',
] as const;

export function lostStolenBody(form: LostStolenForm): LostStolenReportInput {
  return {
    kind: form.kind,
    serial: form.serial.trim(),
    make: orNull(form.make),
    model: orNull(form.model),
    caliber: orNull(form.caliber),
    type: form.type || null,
    reportedOn: form.reportedOn,
    details: orNull(form.details),
    ...sharingBody(form.sharing),
  };
}
