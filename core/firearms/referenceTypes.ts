// Types of the firearm reference table (makes, models, calibers, NCIC/NIEM type codes) and the helper the data
// files use to declare models compactly.

/** NCIC/NIEM firearm type codes. Revolvers and semi-automatic pistols are both `P`. */
export const FIREARM_TYPE_CODES = ['P', 'R', 'S', 'C', 'B', 'M', 'V', 'Z'] as const;
export type FirearmTypeCode = (typeof FIREARM_TYPE_CODES)[number];

export const FIREARM_TYPE_NAMES: Readonly<Record<FirearmTypeCode, string>> = {
  P: 'pistol',
  R: 'rifle',
  S: 'shotgun',
  C: 'combination',
  B: 'submachine gun',
  M: 'machine gun',
  V: 'silencer',
  Z: 'other',
};

export function isFirearmTypeCode(value: unknown): value is FirearmTypeCode {
  return typeof value === 'string' && (FIREARM_TYPE_CODES as readonly string[]).includes(value);
}

export interface CaliberRef {
  readonly id: string;
  /** Display name, as stamped or as the trade writes it. */
  readonly name: string;
  /** Other ways officers write it (English, Spanish and French usage). */
  readonly aliases: readonly string[];
}

export interface ModelRef {
  readonly name: string;
  readonly aliases: readonly string[];
  /** Several when the model exists in more than one legal form (e.g. select-fire `M` and semi-automatic `R`). */
  readonly types: readonly FirearmTypeCode[];
  readonly calibers: readonly string[];
  /**
   * False when the model was chambered in more calibers than the table lists (bolt-action rifles come in dozens):
   * then an unlisted caliber is not reported as "never chambered", because we would be guessing.
   */
  readonly calibersComplete: boolean;
  /** Makes (ids) that commonly import this model into the US or Canada; their name is often entered as the make. */
  readonly importedBy: readonly string[];
}

export interface MakeRef {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-2 countries where the make's firearms are manufactured, main one first. */
  readonly countries: readonly string[];
  readonly models: readonly ModelRef[];
}

export interface ModelOptions {
  readonly aliases?: readonly string[];
  readonly calibersComplete?: boolean;
  readonly importedBy?: readonly string[];
}

/** Declares a model: `types` as a string of codes ('P', 'RM'), calibers by id. */
export function model(
  name: string,
  types: string,
  calibers: readonly string[],
  options: ModelOptions = {},
): ModelRef {
  const codes = [...types].filter(isFirearmTypeCode);
  if (codes.length !== types.length || codes.length === 0)
    throw new Error(`model ${name}: bad type codes "${types}"`);
  return {
    name,
    aliases: options.aliases ?? [],
    types: codes,
    calibers,
    calibersComplete: options.calibersComplete ?? true,
    importedBy: options.importedBy ?? [],
  };
}
