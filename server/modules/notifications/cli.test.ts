// The CLI's --today option takes a real calendar day only: a rolled-over date would expire the wrong notices.
import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { isoDay } from './cli';

describe('rastro notifications expire --today', () => {
  it('accepts calendar days, leap days included', () => {
    expect(isoDay('2024-02-29')).toBe('2024-02-29');
    expect(isoDay('2026-12-31')).toBe('2026-12-31');
  });
  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-1-01', 'tomorrow', "2024-01-01' OR 1=1"])(
    'refuses %s',
    (value) => {
      expect(() => isoDay(value)).toThrow(InvalidArgumentError);
    },
  );
});
