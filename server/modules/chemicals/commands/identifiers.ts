// Checks a regulator's identifiers before they reach the registry: CAS check digit, SMILES readable by RDKit,
// formula parsable and consistent with the structure. Field errors name the field, in the user's language.
import {
  formatHill,
  formulaFromInchi,
  loadRDKit,
  parseCas,
  parseFormula,
  sameFormula,
} from '../../../../core/chemicals';
import { invalidFields, type FieldError } from '../../../platform/errors';

export interface CheckedIdentifiers {
  cas: string | null;
  formula: string | null;
  formulaHill: string | null;
  smiles: string | null;
  inchikey: string | null;
}

/** A CAS number in canonical form, or the field error for it. */
export function checkCas(field: string, input: string): { cas: string } | { error: FieldError } {
  const parsed = parseCas(input);
  if (parsed.ok) return { cas: parsed.cas };
  return parsed.error.kind === 'check_digit'
    ? { error: { field, message: 'cas_check_digit', params: { expected: parsed.error.expected } } }
    : { error: { field, message: 'invalid_cas' } };
}

export async function checkIdentifiers(input: {
  cas?: string | undefined;
  formula?: string | undefined;
  smiles?: string | undefined;
}): Promise<CheckedIdentifiers> {
  const errors: FieldError[] = [];
  let cas: string | null = null;
  if (input.cas !== undefined) {
    const checked = checkCas('cas', input.cas);
    if ('error' in checked) errors.push(checked.error);
    else cas = checked.cas;
  }
  let formulaHill: string | null = null;
  const given = input.formula === undefined ? null : parseFormula(input.formula);
  if (given && !given.ok) errors.push({ field: 'formula', message: 'invalid_formula' });
  else if (given) formulaHill = formatHill(given.counts);
  let smiles: string | null = null;
  let inchikey: string | null = null;
  let structureFormula: string | null = null;
  if (input.smiles !== undefined) {
    const rd = await loadRDKit();
    const mol = rd.get_mol(input.smiles);
    try {
      if (!mol || !mol.is_valid()) errors.push({ field: 'smiles', message: 'invalid_smiles' });
      else {
        smiles = mol.get_smiles();
        const inchi = mol.get_inchi();
        if (inchi.startsWith('InChI=')) {
          const key = rd.get_inchikey_for_inchi(inchi);
          inchikey = key.length === 27 ? key : null;
          structureFormula = formulaFromInchi(inchi) ?? null;
        }
      }
    } finally {
      mol?.delete();
    }
  }
  if (structureFormula !== null) {
    const fromStructure = parseFormula(structureFormula);
    if (fromStructure.ok) {
      if (given?.ok && !sameFormula(given.counts, fromStructure.counts))
        errors.push({
          field: 'formula',
          message: 'formula_mismatch',
          params: { expected: formatHill(fromStructure.counts) },
        });
      formulaHill ??= formatHill(fromStructure.counts);
    }
  }
  if (errors.length) throw invalidFields(...errors);
  return {
    cas,
    formula: input.formula ?? (formulaHill !== null && smiles !== null ? formulaHill : null),
    formulaHill,
    smiles,
    inchikey,
  };
}
