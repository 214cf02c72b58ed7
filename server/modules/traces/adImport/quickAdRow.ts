// The per-row check of an A&D import without zod's overhead (zod costs ~10 µs a row; a million-row file is 10 s of
// it). It accepts only rows zod would accept, with the same output; anything else returns null and the caller runs
// the zod schema for the exact field errors, so what a bad row reports is unchanged. adRow.test.ts checks agreement.
import { isCalendarDate } from '../../firearms/firearmInput';
import { DISPOSITIONS, type AdRow } from './adRow';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LICENCE = /^[A-Z0-9-]{3,40}$/;
const COUNTRY = /^[A-Z]{2}$/;

function text(value: string | undefined, max: number): string | null | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed.length >= 1 && trimmed.length <= max && !CONTROL.test(trimmed) ? trimmed : null;
}

export function quickAdRowChecker(today: string) {
  const dates = new Map<string, boolean>();
  const date = (value: string | undefined): string | null | undefined => {
    if (value === undefined) return undefined;
    let ok = dates.get(value);
    if (ok === undefined) {
      ok = isCalendarDate(value) && value >= '1900-01-01' && value <= today;
      if (dates.size < 100_000) dates.set(value, ok);
    }
    return ok ? value : null;
  };
  const upper = (value: string | undefined, pattern: RegExp): string | null | undefined => {
    if (value === undefined) return undefined;
    const v = value.trim().toUpperCase();
    return pattern.test(v) ? v : null;
  };
  return (raw: Record<string, string>): AdRow | null => {
    const make = text(raw.make, 120);
    const model = text(raw.model, 120);
    const serial = raw.serial;
    const acquiredOn = date(raw.acquiredOn);
    const acquiredFrom = text(raw.acquiredFrom, 200);
    // As the schema does: any case, trimmed ("Sale " is sale).
    const disposition = raw.disposition?.trim().toLowerCase() as AdRow['disposition'];
    const disposedOn = date(raw.disposedOn);
    const disposedToLicence = upper(raw.disposedToLicence, LICENCE);
    const purchaserName = text(raw.purchaserName, 200);
    const purchaserBirthDate = date(raw.purchaserBirthDate);
    const purchaserAddress = text(raw.purchaserAddress, 400);
    const exportCountry = upper(raw.exportCountry, COUNTRY);
    if (
      !make ||
      serial === undefined ||
      serial.length > 200 ||
      !DISPOSITIONS.includes(disposition) ||
      !disposedOn ||
      model === null ||
      acquiredOn === null ||
      acquiredFrom === null ||
      disposedToLicence === null ||
      purchaserName === null ||
      purchaserBirthDate === null ||
      purchaserAddress === null ||
      exportCountry === null
    )
      return null;
    const row: AdRow = { make, serial, disposition, disposedOn };
    if (model !== undefined) row.model = model;
    if (acquiredOn !== undefined) row.acquiredOn = acquiredOn;
    if (acquiredFrom !== undefined) row.acquiredFrom = acquiredFrom;
    if (disposedToLicence !== undefined) row.disposedToLicence = disposedToLicence;
    if (purchaserName !== undefined) row.purchaserName = purchaserName;
    if (purchaserBirthDate !== undefined) row.purchaserBirthDate = purchaserBirthDate;
    if (purchaserAddress !== undefined) row.purchaserAddress = purchaserAddress;
    if (exportCountry !== undefined) row.exportCountry = exportCountry;
    return row;
  };
}
