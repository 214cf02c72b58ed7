// A regulator adds a chemical to the registry, with its source and any listings it already has (audited).
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { invalidFields } from '../../../platform/errors';
import { authorizeAbility } from '../../../platform/policy';
import { inTransaction } from '../../../platform/transaction';
import { listingColumns } from '../reference';
import type { createChemicalBody } from '../schemas';
import { refreshScreener } from '../screeningService';
import { registryDb } from '../tables';
import { checkIdentifiers } from './identifiers';

/** A slug from a name: "N-Phenethyl-4-piperidone (NPP)" → "n-phenethyl-4-piperidone-npp". */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug === '' ? `chemical-${randomUUID().slice(0, 8)}` : slug;
}

export async function addChemical(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  input: z.infer<typeof createChemicalBody>,
): Promise<string> {
  authorizeAbility(actor, 'manage_chemicals');
  const ids = await checkIdentifiers(input);
  const id = input.id ?? slugOf(input.name);
  const jurisdictions = input.listings.map((l) => l.jurisdiction);
  const repeated = jurisdictions.findIndex((j, i) => jurisdictions.indexOf(j) !== i);
  if (repeated >= 0) throw invalidFields({ field: `listings.${repeated}.jurisdiction`, message: 'invalid' });

  await inTransaction(db, context, async (rawTx, audit) => {
    const tx = registryDb(rawTx);
    const clash = await tx
      .selectFrom('chemicals')
      .select(['id', 'name', 'cas'])
      .where((eb) =>
        eb.or([
          eb('id', '=', id),
          eb(eb.fn('lower', ['name']), '=', input.name.toLowerCase()),
          ...(ids.cas ? [eb('cas', '=', ids.cas)] : []),
        ]),
      )
      .execute();
    const errors = [];
    if (clash.some((c) => c.id === id))
      errors.push({ field: input.id ? 'id' : 'name', message: 'code_taken' as const });
    if (clash.some((c) => c.name.toLowerCase() === input.name.toLowerCase()))
      errors.push({ field: 'name', message: 'name_taken' as const });
    if (ids.cas && clash.some((c) => c.cas === ids.cas))
      errors.push({ field: 'cas', message: 'cas_taken' as const });
    if (errors.length) throw invalidFields(...errors);

    await tx
      .insertInto('chemicals')
      .values({
        id,
        name: input.name,
        synonyms: input.synonyms,
        cas: ids.cas,
        formula: ids.formula,
        formula_hill: ids.formulaHill,
        smiles: ids.smiles,
        inchikey: ids.inchikey,
        source: input.source,
        created_by: actor.userId,
      })
      .execute();
    const listings = input.listings.map((l) => ({
      id: randomUUID(),
      chemical_id: id,
      ...listingColumns(l.jurisdiction, l.text),
      source: input.source,
      recorded_by: actor.userId,
    }));
    if (listings.length) await tx.insertInto('chemical_listings').values(listings).execute();
    await audit({
      action: 'chemical.create',
      recordType: 'chemical',
      recordId: id,
      details: {
        name: input.name,
        cas: ids.cas,
        smiles: ids.smiles,
        source: input.source,
        listings: listings.map((l) => ({ id: l.id, jurisdiction: l.jurisdiction, text: l.listing })),
      },
    });
  });
  await refreshScreener(db);
  return id;
}
