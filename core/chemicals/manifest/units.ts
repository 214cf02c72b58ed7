// Quantities as manifests write them ("1.000,5 kg", "25 KGS", "2 x 200 L" is not guessed at) converted to kilograms
// or litres, so one consignee's shipments can be compared whatever unit each was declared in.

export type BaseUnit = 'kg' | 'L' | 'unit';

interface UnitDef {
  readonly base: BaseUnit;
  /** Multiply by this to get the base unit. */
  readonly factor: number;
}

const KG = (factor: number): UnitDef => ({ base: 'kg', factor });
const L = (factor: number): UnitDef => ({ base: 'L', factor });
const EACH: UnitDef = { base: 'unit', factor: 1 };

// Spellings seen in en/es/fr shipping documents, lower-cased, dots removed.
const UNITS: Record<string, UnitDef> = {
  mg: KG(1e-6),
  g: KG(1e-3),
  gr: KG(1e-3),
  grs: KG(1e-3),
  gram: KG(1e-3),
  grams: KG(1e-3),
  gramo: KG(1e-3),
  gramos: KG(1e-3),
  gramme: KG(1e-3),
  grammes: KG(1e-3),
  kg: KG(1),
  kgs: KG(1),
  kilo: KG(1),
  kilos: KG(1),
  kilogram: KG(1),
  kilograms: KG(1),
  kilogramo: KG(1),
  kilogramos: KG(1),
  kilogramme: KG(1),
  kilogrammes: KG(1),
  t: KG(1000),
  mt: KG(1000),
  tonne: KG(1000),
  tonnes: KG(1000),
  ton: KG(1000),
  tons: KG(1000),
  tonelada: KG(1000),
  toneladas: KG(1000),
  tm: KG(1000),
  lb: KG(0.45359237),
  lbs: KG(0.45359237),
  pound: KG(0.45359237),
  pounds: KG(0.45359237),
  libra: KG(0.45359237),
  libras: KG(0.45359237),
  livre: KG(0.45359237),
  livres: KG(0.45359237),
  oz: KG(0.028349523125),
  ml: L(1e-3),
  millilitre: L(1e-3),
  milliliter: L(1e-3),
  mililitro: L(1e-3),
  mililitros: L(1e-3),
  millilitres: L(1e-3),
  milliliters: L(1e-3),
  cl: L(1e-2),
  l: L(1),
  lt: L(1),
  lts: L(1),
  ltr: L(1),
  ltrs: L(1),
  litre: L(1),
  litres: L(1),
  liter: L(1),
  liters: L(1),
  litro: L(1),
  litros: L(1),
  m3: L(1000),
  'm³': L(1000),
  gal: L(3.785411784),
  gals: L(3.785411784),
  gallon: L(3.785411784),
  gallons: L(3.785411784),
  galon: L(3.785411784),
  galón: L(3.785411784),
  galones: L(3.785411784),
  pcs: EACH,
  pc: EACH,
  piece: EACH,
  pieces: EACH,
  unit: EACH,
  units: EACH,
  ea: EACH,
  each: EACH,
  pza: EACH,
  pzas: EACH,
  pieza: EACH,
  piezas: EACH,
  unidad: EACH,
  unidades: EACH,
  unité: EACH,
  unités: EACH,
  pièce: EACH,
  pièces: EACH,
  u: EACH,
};

export function unitOf(text: string): UnitDef | undefined {
  const key = text.trim().toLowerCase().replace(/\./g, '').replace(/\s+/g, '');
  return Object.hasOwn(UNITS, key) ? UNITS[key] : undefined;
}

/**
 * A decimal number as written in en, es-MX or fr-CA documents: "1,234.5", "1.234,5", "1 234,5", "0,5".
 * A lone comma followed by exactly three digits ("1,000") is a thousands separator; otherwise a decimal comma.
 */
export function parseDecimal(text: string): number | null {
  let t = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (!/^[-+\u2212]?[\d.,]+$/.test(t) || !/\d/.test(t)) return null;
  t = t.replace('\u2212', '-');
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    t = t.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    const groups = t.split(',');
    const thousands = groups.length > 2 || (groups.length === 2 && /^\d{3}$/.test(groups[1] ?? ''));
    t = thousands ? groups.join('') : t.replace(',', '.');
  } else if (lastDot >= 0 && t.split('.').length > 2) {
    t = t.split('.').join(''); // "1.234.567": dots as thousands separators
  }
  if (!/^[-+]?\d*\.?\d+$/.test(t) && !/^[-+]?\d+\.$/.test(t)) return null;
  const value = Number(t);
  return Number.isFinite(value) ? value : null;
}

export interface Quantity {
  readonly value: number;
  /** The unit as declared, trimmed. */
  readonly unit: string;
  readonly base: BaseUnit;
  /** The value in kg, L or units. */
  readonly baseValue: number;
}

export type QuantityError =
  'quantity_not_a_number' | 'quantity_not_positive' | 'quantity_absurd' | 'unit_unknown' | 'unit_missing';

/** Above this many kg or L one manifest line is not a plausible declaration (10,000 t). */
export const ABSURD_BASE_QUANTITY = 1e7;
const ABSURD_UNITS = 1e6;

/**
 * Reads a quantity from its cell and a unit cell; the unit may also follow the number in the quantity cell
 * ("25 kg"). Both empty: no quantity (not an error: lines may declare none).
 */
export function parseQuantity(
  quantityText: string,
  unitText: string,
): { ok: true; quantity: Quantity | null } | { ok: false; error: QuantityError } {
  let q = quantityText.trim();
  let u = unitText.trim();
  if (q === '' && u === '') return { ok: true, quantity: null };
  if (u === '') {
    const m = /^([-+\u2212]?[\d\s.,\u00a0\u202f']*\d)\s*([^\d\s].*)$/u.exec(q);
    if (m) {
      q = m[1] ?? '';
      u = (m[2] ?? '').trim();
    }
  }
  const value = parseDecimal(q);
  if (value === null) return { ok: false, error: 'quantity_not_a_number' };
  if (value <= 0) return { ok: false, error: 'quantity_not_positive' };
  if (u === '') return { ok: false, error: 'unit_missing' };
  const def = unitOf(u);
  if (!def) return { ok: false, error: 'unit_unknown' };
  const baseValue = value * def.factor;
  if (baseValue > (def.base === 'unit' ? ABSURD_UNITS : ABSURD_BASE_QUANTITY))
    return { ok: false, error: 'quantity_absurd' };
  return { ok: true, quantity: { value, unit: u, base: def.base, baseValue } };
}
