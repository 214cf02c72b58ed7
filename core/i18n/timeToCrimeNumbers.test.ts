// Time-to-crime in each user's number format: Mexico writes numbers as English does, French Canada does not.
import { describe, expect, it } from 'vitest';
import { timeToCrimeNumbers } from './locale';

describe('time-to-crime numbers', () => {
  const ttc = { days: 12099, years: 33.13 };
  it('group thousands and mark decimals as the users of each language do', () => {
    expect(timeToCrimeNumbers(ttc, 'en')).toEqual({ days: '12,099', years: '33.13' });
    expect(timeToCrimeNumbers(ttc, 'es')).toEqual({ days: '12,099', years: '33.13' });
    // French Canada: a (narrow) no-break space between thousands, a decimal comma.
    const fr = timeToCrimeNumbers(ttc, 'fr');
    expect(fr.days.replace(/\s/gu, ' ')).toBe('12 099');
    expect(fr.years).toBe('33,13');
  });
  it('keep small and whole values plain', () => {
    expect(timeToCrimeNumbers({ days: 0, years: 0 }, 'es')).toEqual({ days: '0', years: '0' });
    expect(timeToCrimeNumbers({ days: 731, years: 2 }, 'fr')).toEqual({ days: '731', years: '2' });
    // Not whole: two decimals always, so a list's column reads alike.
    expect(timeToCrimeNumbers({ days: 219, years: 0.6 }, 'fr')).toEqual({ days: '219', years: '0,60' });
  });
});
