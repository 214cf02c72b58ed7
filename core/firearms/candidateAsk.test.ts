import { describe, expect, it } from 'vitest';
import { candidateAskRefusal } from './candidateAsk';
import { compileSerialPattern } from './serialPattern';

const refusal = (source: string) => {
  const pattern = compileSerialPattern(source);
  if (!pattern.ok) throw new Error(source);
  return candidateAskRefusal(pattern.value);
};

describe('which partly restored serials the tracing centre may ask holders about', () => {
  it('asks about one damaged serial: up to three unreadable characters among at least four readable ones', () => {
    expect(refusal('MXD??71')).toBeNull();
    expect(refusal('AB???34')).toBeNull();
    expect(refusal('ab-?1-2?')).toBeNull();
  });

  it('refuses patterns that would list a range of a maker’s serials', () => {
    expect(refusal('S????????')).toBe('too_many_unreadable');
    expect(refusal('S???????D')).toBe('too_many_unreadable');
    expect(refusal('M??????')).toBe('too_many_unreadable');
    expect(refusal('AB????34')).toBe('too_many_unreadable');
    expect(refusal('A?B?C')).toBe('too_few_readable');
    expect(refusal('MXD4*')).toBe('unknown_length');
  });
});
