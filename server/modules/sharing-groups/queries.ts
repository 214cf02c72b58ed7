// Sharing groups with their member agencies, in two queries whatever the number of groups.
import type { z } from 'zod';
import type { Db } from '../../db/connect';
import type { sharingGroupView } from './schemas';

export async function listSharingGroups(db: Db, ids?: string[]): Promise<z.infer<typeof sharingGroupView>[]> {
  let query = db.selectFrom('sharing_groups').selectAll().orderBy('name');
  if (ids) {
    if (ids.length === 0) return [];
    query = query.where('id', 'in', ids);
  }
  const groups = await query.execute();
  if (groups.length === 0) return [];
  const members = await db
    .selectFrom('sharing_group_members as m')
    .innerJoin('agencies as a', 'a.id', 'm.agency_id')
    .select(['m.group_id', 'a.id', 'a.code', 'a.name', 'a.country'])
    .where(
      'm.group_id',
      'in',
      groups.map((g) => g.id),
    )
    .orderBy('a.country')
    .orderBy('a.code')
    .execute();
  return groups.map((group) => ({
    id: group.id,
    name: group.name,
    description: group.description,
    members: members
      .filter((m) => m.group_id === group.id)
      .map(({ id, code, name, country }) => ({ id, code, name, country })),
  }));
}
