// Tanimoto on packed words must give exactly the byte-wise value (scores are rounded and compared with
// thresholds), and the fingerprint taken with RDKit's default options must be the radius-2, 2048-bit one.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadRDKit, morganFingerprint, withMol } from './rdkit';
import { fingerprintBits, tanimoto, tanimotoBits } from './similarity';
import { structureCorpus } from './structureCorpus';

const rd = await loadRDKit();

describe('tanimotoBits', () => {
  it('equals tanimoto on the bytes, for any pair of equal-length bit vectors', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 300 })
          .chain((n) =>
            fc.tuple(
              fc.uint8Array({ minLength: n, maxLength: n }),
              fc.uint8Array({ minLength: n, maxLength: n }),
            ),
          ),
        ([a, b]) => {
          expect(tanimotoBits(fingerprintBits(a), fingerprintBits(b))).toBe(tanimoto(a, b));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is 0 for two empty fingerprints, like tanimoto', () => {
    const empty = new Uint8Array(256);
    expect(tanimotoBits(fingerprintBits(empty), fingerprintBits(empty))).toBe(0);
  });

  it('equals tanimoto on real Morgan fingerprints, unaligned bytes included', () => {
    const fps = structureCorpus(64, 32)
      .slice(0, 200)
      .map((s) => withMol(rd, s, (m) => morganFingerprint(m)))
      .filter((fp): fp is Uint8Array => fp !== null);
    const shifted = (fp: Uint8Array) => new Uint8Array([0, ...fp]).subarray(1); // byteOffset 1
    for (let i = 1; i < fps.length; i += 1) {
      const a = fps[i - 1] as Uint8Array;
      const b = fps[i] as Uint8Array;
      expect(tanimotoBits(fingerprintBits(shifted(a)), fingerprintBits(b))).toBe(tanimoto(a, b));
    }
  });
});

describe('morganFingerprint', () => {
  it('is the radius-2, 2048-bit Morgan fingerprint', () => {
    const explicit = JSON.stringify({ radius: 2, nBits: 2048 });
    for (const smiles of structureCorpus(64, 32).slice(0, 300)) {
      withMol(rd, smiles, (m) => {
        const fp = morganFingerprint(m);
        expect(fp.length).toBe(256);
        expect([...fp], smiles).toEqual([...m.get_morgan_fp_as_uint8array(explicit)]);
      });
    }
  });
});
