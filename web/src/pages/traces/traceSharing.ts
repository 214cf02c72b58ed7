// Who reads a new trace by default: whoever may already read the recovered firearm it traces. Defaulting to the
// requester's agency hid traces from the analysts of the same country that read the recovery; the requester can
// still narrow the choice in the form.
import type { Sharing } from '../../components/SharingControls';

export interface RecoverySharing {
  distribution: Sharing['distribution'];
  sharingGroup: { id: string } | null;
  tlp: Sharing['tlp'];
  discoverable: boolean;
}

export function traceSharingOf(recovery: RecoverySharing): Sharing {
  return {
    distribution: recovery.distribution,
    sharingGroupId: recovery.distribution === 'group' ? (recovery.sharingGroup?.id ?? null) : null,
    tlp: recovery.tlp,
    discoverable: recovery.discoverable,
  };
}
