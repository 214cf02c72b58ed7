// Where each kind of user lands after sign-in (the first navigation entry it may use): a record holder's users on
// their inbox, where the tracing centres' questions wait; agencies' users where they did before.
import { describe, expect, it } from 'vitest';
import { sessionAbilitiesOf } from '../../../core/sharing/abilities';
import { navItemsFor } from './navigation';

const landing = (...args: Parameters<typeof sessionAbilitiesOf>) =>
  navItemsFor(sessionAbilitiesOf(...args))[0]?.to;

describe('the page after sign-in', () => {
  it('is the holder inbox for every record holder user, admin or not', () => {
    expect(landing('analyst', true)).toBe('/holder');
    expect(landing('agency_admin', true)).toBe('/holder');
  });
  it('is unchanged for the agencies’ roles', () => {
    expect(landing('analyst', false)).toBe('/alerts');
    expect(landing('auditor', false)).toBe('/audit');
    expect(landing('system_admin', false)).toBe('/reference-proposals');
  });
});
