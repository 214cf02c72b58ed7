// Days and instants as each user's country writes them (Mexico, French Canada, the US), never as ISO strings.
import { describe, expect, it } from 'vitest';
import { formatDay, formatInstant } from './locale';

describe('dates in the user’s locale', () => {
  it('write a calendar day as the country does, without a time zone moving it', () => {
    expect(formatDay('1981-10-10', 'en')).toBe('Oct 10, 1981');
    expect(formatDay('1981-10-10', 'es')).toBe('10 oct 1981');
    expect(formatDay('1981-10-10', 'fr')).toBe('10 oct. 1981');
    expect(formatDay('2026-11-29T23:59:00.000Z', 'es')).toBe('29 nov 2026');
  });
  it('leave a value that is not a day as it is', () => {
    expect(formatDay('2025', 'es')).toBe('2025');
  });
  it('write an instant in UTC, labelled so, with characters the PDF fonts can print', () => {
    const at = new Date('2026-11-29T10:17:57.115Z');
    expect(formatInstant(at, 'en')).toMatch(/^Nov 29, 2026, 10:17\sAM UTC$/u);
    expect(formatInstant(at, 'es')).toMatch(
      /^29 nov 2026, 10:17\sa\.\sm\. UTC$|^29 nov 2026, 10:17\sa\.m\. UTC$/u,
    );
    expect(formatInstant(at, 'fr')).toMatch(/^29 nov\. 2026, 10\sh\s17 UTC$/u);
    for (const language of ['en', 'es', 'fr']) expect(formatInstant(at, language)).not.toMatch(/\u202f/u);
  });
});
