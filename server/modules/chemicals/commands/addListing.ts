// A regulator records a chemical's listing in one jurisdiction. History is kept: the current listing is
// marked superseded by the new row (never edited or deleted), and both ids go into the audit trail.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { conflict, notFound } from '../../../platform/errors';
import { authorizeAbility } from '../../../platform/policy';
import { inTransaction } from '../../../platform/transaction';
import { listingColumns } from '../reference';
import type { addListingBody } from '../schemas';
import { refreshScreener } from '../screeningService';
import { registryDb } from '../tables';

export async function addListing(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  chemicalId: string,
  input: z.infer<typeof addListingBody>,
): Promise<{ id: string; supersedes: string | null }> {
  authorizeAbility(actor, 'manage_chemicals');
  const result = await inTransaction(db, context, async (rawTx, audit) => {
    const tx = registryDb(rawTx);
    // Lock the chemical: two regulators recording the same jurisdiction at once queue here, and the second
    // one then sees the first one's row as current.
    const chemical = await tx
      .selectFrom('chemicals')
      .select('id')
      .where('id', '=', chemicalId)
      .forUpdate()
      .executeTakeFirst();
    if (!chemical) throw notFound('chemical');
    const current = await tx
      .selectFrom('chemical_listings')
      .select(['id', 'listing'])
      .where('chemical_id', '=', chemicalId)
      .where('jurisdiction', '=', input.jurisdiction)
      .where('superseded_by', 'is', null)
      .executeTakeFirst();
    if (input.supersedes !== undefined && input.supersedes !== current?.id)
      throw conflict('listing_superseded', {
        jurisdiction: input.jurisdiction,
        current: current?.id ?? 'none',
      });
    const id = randomUUID();
    if (current)
      await tx
        .updateTable('chemical_listings')
        .set({ superseded_by: id })
        .where('id', '=', current.id)
        .execute();
    const columns = listingColumns(input.jurisdiction, input.text);
    await tx
      .insertInto('chemical_listings')
      .values({ id, chemical_id: chemicalId, ...columns, source: input.source, recorded_by: actor.userId })
      .execute();
    await audit({
      action: current ? 'chemical.listing_superseded' : 'chemical.listing_added',
      recordType: 'chemical',
      recordId: chemicalId,
      details: {
        listingId: id,
        jurisdiction: input.jurisdiction,
        text: columns.listing,
        status: columns.status,
        source: input.source,
        supersedes: current ? { id: current.id, text: current.listing } : null,
      },
    });
    return { id, supersedes: current?.id ?? null };
  });
  await refreshScreener(db);
  return result;
}
