// A trace request starts with the recovery's own distribution and TLP, not with "my agency only".
import { describe, expect, it } from 'vitest';
import { traceSharingOf } from './traceSharing';

describe('the default sharing of a trace request', () => {
  it('is the recovery’s: a country-wide recovery gives a country-wide trace', () => {
    expect(
      traceSharingOf({ distribution: 'country', sharingGroup: null, tlp: 'GREEN', discoverable: true }),
    ).toEqual({ distribution: 'country', sharingGroupId: null, tlp: 'GREEN', discoverable: true });
  });
  it('keeps the sharing group of a group recovery, and only then', () => {
    const group = { id: '00000000-0000-4000-8000-000000000001' };
    expect(
      traceSharingOf({
        distribution: 'group',
        sharingGroup: group,
        tlp: 'AMBER+STRICT',
        discoverable: false,
      }),
    ).toEqual({ distribution: 'group', sharingGroupId: group.id, tlp: 'AMBER+STRICT', discoverable: false });
    expect(
      traceSharingOf({ distribution: 'agency', sharingGroup: group, tlp: 'RED', discoverable: false }),
    ).toMatchObject({ distribution: 'agency', sharingGroupId: null, tlp: 'RED' });
  });
});
