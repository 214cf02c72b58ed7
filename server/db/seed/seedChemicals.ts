// Loads the bundled precursor reference list (core/chemicals/data/precursors.csv) into the registry.
// Reference data, needed in production too, so it is separate from the demo world and idempotent: missing
// chemicals and listings are added; a listing the bundle recorded earlier is superseded (audited) when the
// bundle's wording changed; a listing a regulator recorded is never overwritten by the bundle.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { JURISDICTIONS, formatHill, loadReferenceList, parseFormula } from '../../../core/chemicals';
import type { Db } from '../connect';
import { inTransaction } from '../../platform/transaction';
import { listingColumns } from '../../modules/chemicals/reference';
import { registryDb } from '../../modules/chemicals/tables';

export const REFERENCE_CSV_URL = new URL('../../../core/chemicals/data/precursors.csv', import.meta.url);
const BUNDLE_SOURCE = 'Rastro reference list (core/chemicals/data/precursors.csv)';

export interface ChemicalSeedReport {
  chemicalsAdded: number;
  listingsAdded: number;
  listingsSuperseded: number;
}

export async function seedChemicals(
  db: Db,
  csvText = readFileSync(REFERENCE_CSV_URL, 'utf8'),
): Promise<ChemicalSeedReport> {
  const reference = loadReferenceList(csvText); // throws on a malformed bundle: better no registry than a wrong one
  const report: ChemicalSeedReport = { chemicalsAdded: 0, listingsAdded: 0, listingsSuperseded: 0 };
  const superseded: { chemicalId: string; jurisdiction: string; listingId: string; supersedes: string }[] =
    [];
  await inTransaction(
    db,
    { userId: null, agencyId: null, ip: null, requestId: 'seed-chemicals' },
    async (rawTx, audit) => {
      const tx = registryDb(rawTx);
      // One seeder at a time (several processes starting on one PostgreSQL).
      await sql`SELECT pg_advisory_xact_lock(727273)`.execute(rawTx);
      for (const chem of reference.chemicals) {
        const formula = chem.formula === null ? null : parseFormula(chem.formula);
        const inserted = await tx
          .insertInto('chemicals')
          .values({
            id: chem.id,
            name: chem.name,
            synonyms: [...chem.synonyms],
            cas: chem.cas,
            formula: chem.formula,
            formula_hill: formula?.ok ? formatHill(formula.counts) : null,
            smiles: chem.smiles,
            inchikey: chem.inchikey,
            source: chem.sources || BUNDLE_SOURCE,
            created_by: null,
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (inserted) report.chemicalsAdded += 1;
        const current = await tx
          .selectFrom('chemical_listings')
          .select(['id', 'jurisdiction', 'listing', 'recorded_by'])
          .where('chemical_id', '=', chem.id)
          .where('superseded_by', 'is', null)
          .forUpdate()
          .execute();
        for (const jurisdiction of JURISDICTIONS) {
          const wanted = chem.listings[jurisdiction].text;
          const now = current.find((l) => l.jurisdiction === jurisdiction);
          if (now && (now.listing === wanted || now.recorded_by !== null)) continue;
          if (!now && wanted === '') continue; // nothing to record: reads as unknown anyway
          const id = randomUUID();
          if (now) {
            await tx
              .updateTable('chemical_listings')
              .set({ superseded_by: id })
              .where('id', '=', now.id)
              .execute();
            report.listingsSuperseded += 1;
            superseded.push({ chemicalId: chem.id, jurisdiction, listingId: id, supersedes: now.id });
          }
          await tx
            .insertInto('chemical_listings')
            .values({
              id,
              chemical_id: chem.id,
              ...listingColumns(jurisdiction, wanted),
              source: chem.sources || BUNDLE_SOURCE,
              recorded_by: null,
            })
            .execute();
          report.listingsAdded += 1;
        }
      }
      if (report.chemicalsAdded + report.listingsAdded > 0)
        await audit(
          { action: 'chemical.reference_seeded', recordType: 'chemical', details: { ...report } },
          ...superseded.map((s) => ({
            action: 'chemical.listing_superseded',
            recordType: 'chemical',
            recordId: s.chemicalId,
            details: { ...s, by: 'reference bundle' },
          })),
        );
    },
  );
  return report;
}
