// Kysely's view of the registry tables (migration 0005_chemicals.sql). Kept beside the module until
// server/db/schema.ts takes them in; `registryDb` widens a Db or transaction with them.
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import type { Jurisdiction, ListingStatus } from '../../../core/chemicals';
import type { DatePrecision } from '../../../core/chemicals';
import type { Database } from '../../db/schema';

/** Dates come back from node-postgres as JS Dates at local midnight; read them with `isoDay`. */
type DateColumn = ColumnType<Date | null, string | null, string | null>;

export interface ChemicalTable {
  id: string;
  name: string;
  synonyms: string[];
  cas: string | null;
  formula: string | null;
  formula_hill: string | null;
  smiles: string | null;
  inchikey: string | null;
  source: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface ChemicalListingTable {
  id: ColumnType<string, string | undefined, never>;
  chemical_id: string;
  jurisdiction: Jurisdiction;
  status: ListingStatus;
  listing: string;
  regime: 'precursor' | 'narcotic' | null;
  effective_from: DateColumn;
  effective_by: DateColumn;
  precision: DatePrecision | null;
  family: string[];
  source: string;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
  superseded_by: string | null;
}

// A type alias, not an interface: withTables needs the implicit index signature.
export type RegistryTables = {
  chemicals: ChemicalTable;
  chemical_listings: ChemicalListingTable;
};

export type RegistryDatabase = Database & RegistryTables;

export function registryDb(db: Transaction<Database>): Transaction<RegistryDatabase>;
export function registryDb(db: Kysely<Database>): Kysely<RegistryDatabase>;
export function registryDb(db: Kysely<Database> | Transaction<Database>) {
  return db.withTables<RegistryTables>();
}

/** yyyy-mm-dd of a DATE column however the driver returned it. */
export function isoDay(value: Date | string | null): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  const y = value.getFullYear();
  const m = String(value.getMonth() + 1).padStart(2, '0');
  const d = String(value.getDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${m}-${d}`;
}
