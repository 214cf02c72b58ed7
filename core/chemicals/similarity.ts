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

/** A fingerprint as 32-bit words plus its bit count: Tanimoto then needs only the AND of the two. */
export interface FingerprintBits {
  readonly words: Uint32Array;
  readonly count: number;
}

function popcount32(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export function fingerprintBits(fp: Uint8Array): FingerprintBits {
  const words = new Uint32Array(Math.ceil(fp.length / 4));
  new Uint8Array(words.buffer).set(fp); // a copy: RDKit's bytes need not be 4-byte aligned
  let count = 0;
  for (let i = 0; i < words.length; i++) count += popcount32(words[i] as number);
  return { words, count };
}

/** The same value as tanimoto() on the bytes: |A∪B| = |A| + |B| − |A∩B|. */
export function tanimotoBits(a: FingerprintBits, b: FingerprintBits): number {
  if (a.words.length !== b.words.length) throw new Error('tanimoto: fingerprints differ in length');
  let both = 0;
  for (let i = 0; i < a.words.length; i++)
    both += popcount32((a.words[i] as number) & (b.words[i] as number));
  const either = a.count + b.count - both;
  return either === 0 ? 0 : both / either;
}
