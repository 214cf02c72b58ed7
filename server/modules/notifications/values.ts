// Value rules for notices: quantity units and limits, and the formats of company identifiers
// (Mexican RFC, US EIN, Canadian business number).

export const QUANTITY_UNITS = ['kg', 'g', 'L', 'mL', 't'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

const TO_BASE: Record<QuantityUnit, number> = { kg: 1, g: 0.001, t: 1000, L: 1, mL: 0.001 };
/** 10,000 t (or 10 million litres) on one line: beyond any single precursor consignment, so a typo or an attack. */
export const MAX_BASE_QUANTITY = 10_000_000;

export function withinQuantityLimit(quantity: number, unit: QuantityUnit): boolean {
  return quantity * TO_BASE[unit] <= MAX_BASE_QUANTITY && quantity >= 0.000001;
}

/**
 * RFC (Registro Federal de Contribuyentes): 3 letters (companies) or 4 (people), the date of incorporation or
 * birth as YYMMDD, and a 3-character homoclave.
 */
export function isValidRfc(value: string): boolean {
  const match = /^[A-ZÑ&]{3,4}(\d{2})(\d{2})(\d{2})[A-Z\d]{3}$/.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** EIN: NN-NNNNNNN; the IRS has never issued the prefixes below. */
const UNUSED_EIN_PREFIXES = new Set([
  '00',
  '07',
  '08',
  '09',
  '17',
  '18',
  '19',
  '28',
  '29',
  '49',
  '69',
  '70',
  '78',
  '79',
  '89',
  '96',
  '97',
]);
export function isValidEin(value: string): boolean {
  const match = /^(\d{2})-?(\d{7})$/.exec(value);
  return match !== null && !UNUSED_EIN_PREFIXES.has(match[1]!);
}

/** Canadian business number: 9 digits whose last is a Luhn check digit, optionally a program account (RT0001). */
export function isValidBusinessNumber(value: string): boolean {
  const match = /^(\d{9})(?:\s?[A-Z]{2}\d{4})?$/.exec(value);
  if (!match) return false;
  let sum = 0;
  for (const [i, ch] of [...match[1]!].entries()) {
    let digit = Number(ch);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
