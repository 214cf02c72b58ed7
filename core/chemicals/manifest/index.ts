// Manifest screening (pure): the line model, units, header mapping, red flags and the streaming screener.
export * from './types';
export * from './units';
export { mapHeader, rowOf } from './columns';
export type { HeaderMapping, HeaderProblem, HeaderResult } from './columns';
export { createManifestScreener, screenManifestRows, MAX_CELL_LENGTH } from './screenManifest';
export type { ManifestScreener, ManifestScreeningOptions } from './screenManifest';
export { partyKey, splitParties } from './partyNames';
export { HIGH_RISK_TRANSIT_POINTS, splitRoute, transitPointOf } from './transitPoints';
export type { TransitPoint } from './transitPoints';
export { equipmentHit } from './equipment';
export { extraordinaryAbove, MIN_HISTORY_SHIPMENTS, EXTRAORDINARY_MEDIAN_MULTIPLE } from './redFlags';
export { manifestText } from './messages';
