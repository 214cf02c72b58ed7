// Test helpers shared by the chemicals tests: the bundled reference list and one screener per test file.

import { readFileSync } from 'node:fs';
import { loadReferenceList } from './reference';
import type { Jurisdiction, ReferenceList } from './reference';
import { createScreener } from './screen';
import type { Screener, ScreenerOptions } from './screen';
import type { ScreeningOutcome, ScreeningResult } from './types';

export const BUNDLED_CSV_URL = new URL('./data/precursors.csv', import.meta.url);

export function bundledReference(): ReferenceList {
  return loadReferenceList(readFileSync(BUNDLED_CSV_URL, 'utf8'));
}

export function screenerForTests(options?: ScreenerOptions): Promise<Screener> {
  return createScreener(bundledReference(), options);
}

/** Narrows an outcome to a result, failing loudly with the error otherwise. */
export function asResult(outcome: ScreeningOutcome): ScreeningResult {
  if (outcome.kind !== 'result')
    throw new Error(`expected a result, got error ${outcome.code}: ${outcome.message}`);
  return outcome;
}

// Expected control per current data, written from the listing texts by hand (c = controlled, n = not, ? = unknown).
export const EXPECTED_CONTROL: Record<string, Record<Jurisdiction, 'c' | 'n' | '?'>> = {
  fentanyl: { UN: 'c', US: '?', MX: '?', CA: '?' }, // UN: narcotic drug (1961); others flagged weak/unverified
  npp: { UN: 'c', US: 'c', MX: 'c', CA: 'c' },
  anpp: { UN: 'c', US: 'c', MX: 'c', CA: 'c' },
  '4ap': { UN: 'c', US: 'c', MX: 'c', CA: 'c' },
  boc4ap: { UN: 'c', US: 'c', MX: '?', CA: 'c' },
  norfentanyl: { UN: 'c', US: 'c', MX: '?', CA: 'c' },
  '4piperidone': { UN: 'c', US: 'c', MX: '?', CA: 'c' },
  boc4piperidone: { UN: 'c', US: 'c', MX: '?', CA: '?' },
  benzylfentanyl: { UN: 'n', US: 'c', MX: '?', CA: '?' },
  imine: { UN: 'n', US: '?', MX: '?', CA: 'c' },
  propionylchloride: { UN: 'n', US: '?', MX: 'c', CA: 'c' },
  propionicanhydride: { UN: 'n', US: '?', MX: 'c', CA: '?' },
};
