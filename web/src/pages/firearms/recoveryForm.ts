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
  caseNumber: string;
  crimeCode: string;
  possessorName: string;
  possessorBirthDate: string;
  sharing: Sharing;
}

export type TextField = Exclude<keyof RecoveryForm, 'serialState' | 'type' | 'sharing'>;

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
  'caseNumber',
  'crimeCode',
  'possessor',
  'distribution',
  'sharingGroupId',
  'tlp',
  'discoverable',
] as const;

const orNull = (value: string) => (value.trim() ? value.trim() : null);

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
    caseNumber: orNull(form.caseNumber),
    crimeCode: orNull(form.crimeCode),
    possessor: form.possessorName.trim()
      ? { name: form.possessorName.trim(), birthDate: orNull(form.possessorBirthDate) }
      : null,
    ...sharingBody(form.sharing),
  };
}
