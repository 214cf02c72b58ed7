// Validates the owner's choice of distribution for a record: a group distribution names a group the
// owner agency belongs to; other distributions carry no group.
import type { Actor, Distribution } from '../../../core/sharing';
import { invalidFields } from '../errors';

export function checkSharingChoice(
  actor: Actor,
  distribution: Distribution,
  sharingGroupId: string | null | undefined,
): string | null {
  if (distribution !== 'group') return null;
  if (!sharingGroupId) throw invalidFields({ field: 'sharingGroupId', message: 'group_required' });
  if (!actor.groupIds.includes(sharingGroupId))
    throw invalidFields({ field: 'sharingGroupId', message: 'group_not_member' });
  return sharingGroupId;
}
