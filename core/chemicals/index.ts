// Public entry point of the precursor-chemical domain layer.

export * from './cas';
export * from './formula';
export * from './effectiveDate';
export * from './reference';
export * from './messages';
export * from './types';
export { createScreener, createScreenerWith } from './screen';
export type { Screener, ScreenerOptions } from './screen';
export { loadRDKit } from './rdkit';
export type { RDKit } from './rdkit';
export { CORE_RULES, TRANSFORMS } from './rules';
export type { CoreRule, CoreRuleId, Transform, TransformId } from './rules';
export type { RemovedFragment } from './salts';
