// The recovered-firearm form's state (record or correct one), how it becomes the API's request body, and which
// control shows each field the server names.
import type { FirearmType, RecoveryDetail, SerialState } from '../../api/types';
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

/** A text field as sent: trimmed, or null when left empty. */
export const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** A coordinate as sent. NumberInput clears an unfinished entry ('-') on blur, so a string here is '' or '31.'. */
function coordinateValue(value: number | string): number | null {
  const number = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(number) ? number : null;
}

/** The recovery's own fields as sent, without sharing (an edit changes them alone). */
function recoveryFieldsBody(form: RecoveryForm) {
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
    // A birth date without a name is sent as such, so the server asks for the name instead of it being dropped.
    possessor:
      form.possessorName.trim() || form.possessorBirthDate
        ? { name: form.possessorName.trim(), birthDate: orNull(form.possessorBirthDate) }
        : null,
  };
}

export function recoveryBody(form: RecoveryForm) {
  return { ...recoveryFieldsBody(form), ...sharingBody(form.sharing) };
}

/** The form filled with a recorded recovery, to correct it. */
export function recoveryFormOf(r: RecoveryDetail): RecoveryForm {
  return {
    serialState: r.serial.state,
    serial: r.serial.raw ?? '',
    make: r.make ?? '',
    model: r.model ?? '',
    caliber: r.caliber ?? '',
    type: r.type ?? '',
    countryOfManufacture: r.countryOfManufacture ?? '',
    importer: r.importer ?? '',
    otherMarkings: r.otherMarkings ?? '',
    recoveredOn: r.recoveredOn,
    recoveryCountry: r.recovery.country,
    recoveryState: r.recovery.state ?? '',
    recoveryMunicipality: r.recovery.municipality ?? '',
    latitude: r.recovery.latitude ?? '',
    longitude: r.recovery.longitude ?? '',
    caseNumber: r.caseNumber ?? '',
    crimeCode: r.crimeCode ?? '',
    possessorName: r.possessor?.name ?? '',
    possessorBirthDate: r.possessor?.birthDate ?? '',
    sharing: { ...DEFAULT_SHARING, distribution: r.distribution, tlp: r.tlp },
  };
}

/**
 * An edit of the version the user opened (a newer one on the server is a conflict). Sharing is not part of it, and a
 * possessor the user's role cannot see is left as stored rather than erased by the empty fields.
 */
export function recoveryEditBody(form: RecoveryForm, r: RecoveryDetail) {
  const { possessor, ...fields } = recoveryFieldsBody(form);
  return { ...fields, ...(r.possessor?.masked ? {} : { possessor }), version: r.version };
}

/** The form control that shows a field the server names ('possessor.birthDate' is the birth date input). */
export type FormField = Exclude<keyof RecoveryForm, 'sharing'>;
export function formFieldOf(field: string): FormField | null {
  if (field === 'possessor' || field === 'possessor.name') return 'possessorName';
  if (field === 'possessor.birthDate') return 'possessorBirthDate';
  const name = field.split('.')[0] ?? '';
  return name in emptyRecoveryForm('MX') && name !== 'sharing' ? (name as FormField) : null;
}

/** The id of a field's input, for the error summary's links. */
export const recoveryInputId = (field: FormField) => `recovery-${field}`;
