// Tanimoto similarity on fingerprint bytes, used to rank reference structures for human review.

const POPCOUNT = new Uint8Array(256);
for (let i = 1; i < 256; i++) POPCOUNT[i] = (i & 1) + (POPCOUNT[i >> 1] ?? 0);

/** Tanimoto coefficient |A∩B| / |A∪B| of two equal-length bit vectors; 0 when both are empty. */
export function tanimoto(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) throw new Error('tanimoto: fingerprints differ in length');
  let both = 0;
  let either = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    both += POPCOUNT[x & y] ?? 0;
    either += POPCOUNT[x | y] ?? 0;
  }
  return either === 0 ? 0 : both / either;
}
