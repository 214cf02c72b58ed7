// The "record a recovered firearm" form's state and how it becomes the API's request body.
import type { FirearmType, SerialState } from '../../api/types';
import { DEFAULT_SHARING, sharingBody, type Sharing } from '../../components/SharingControls';

export const FIREARM_TYPES: readonly FirearmType[] = ['P', 'R', 'S', 'C', 'B', 'M', 'V', 'Z'];
export const SERIAL_STATES: readonly SerialState[] = ['intact', 'partly_restored', 'obliterated'];

export interface RecoveryForm {
  serialState: SerialState;
  serial: string;
  make: string;
  model: string;
  caliber: string;
  type: FirearmType | '';
  countryOfManufacture: string;
  importer: string;
  otherMarkings: string;
  recoveredOn: string;
  recoveryCountry: string;
  recoveryState: string;
  recoveryMunicipality: string;
  /** Decimal degrees as NumberInput gives them: a number, '' when empty, or what is being typed ('-', '31.'). */
  latitude: number | string;
  longitude: number | string;
  caseNumber: string;
  crimeCode: string;
  possessorName: string;
  possessorBirthDate: string;
  sharing: Sharing;
}

export type TextField = Exclude<
  keyof RecoveryForm,
  'serialState' | 'type' | 'sharing' | 'latitude' | 'longitude'
>;

export function emptyRecoveryForm(country: string): RecoveryForm {
  return {
    serialState: 'intact',
    serial: '',
    make: '',
    model: '',
    caliber: '',
    type: '',
    countryOfManufacture: '',
    importer: '',
    otherMarkings: '',
    recoveredOn: '',
    recoveryCountry: country,
    recoveryState: '',
    recoveryMunicipality: '',
    latitude: '',
    longitude: '',
    caseNumber: '',
    crimeCode: '',
    possessorName: '',
    possessorBirthDate: '',
    sharing: { ...DEFAULT_SHARING, distribution: 'country' },
  };
}

/** Every form field the server may name in a problem, so the form knows which messages it shows itself. */
export const RECOVERY_FIELDS = [
  'serialState',
  'serial',
  'make',
  'model',
  'caliber',
  'type',
  'countryOfManufacture',
  'importer',
  'otherMarkings',
  'recoveredOn',
  'recoveryCountry',
  'recoveryState',
  'recoveryMunicipality',
  'latitude',
  'longitude',
  'caseNumber',
  'crimeCode',
  'possessor',
  'distribution',
  'sharingGroupId',
  'tlp',
  'discoverable',
] as const;

/** A text field as sent: trimmed, or null when left empty. */
export const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** A coordinate as sent. NumberInput clears an unfinished entry ('-') on blur, so a string here is '' or '31.'. */
function coordinateValue(value: number | string): number | null {
  const number = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(number) ? number : null;
}

export function recoveryBody(form: RecoveryForm) {
  return {
    serialState: form.serialState,
    serial: form.serialState === 'obliterated' ? null : orNull(form.serial),
    make: orNull(form.make),
    model: orNull(form.model),
    caliber: orNull(form.caliber),
    type: form.type || null,
    countryOfManufacture: orNull(form.countryOfManufacture.toUpperCase()),
    importer: orNull(form.importer),
    otherMarkings: orNull(form.otherMarkings),
    recoveredOn: form.recoveredOn,
    recoveryCountry: form.recoveryCountry,
    recoveryState: orNull(form.recoveryState),
    recoveryMunicipality: orNull(form.recoveryMunicipality),
    latitude: coordinateValue(form.latitude),
    longitude: coordinateValue(form.longitude),
    caseNumber: orNull(form.caseNumber),
    crimeCode: orNull(form.crimeCode),
    possessor: form.possessorName.trim()
      ? { name: form.possessorName.trim(), birthDate: orNull(form.possessorBirthDate) }
      : null,
    ...sharingBody(form.sharing),
  };
}
