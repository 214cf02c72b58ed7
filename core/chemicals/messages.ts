// Stable message keys and English texts for screening findings and errors; the UI localises by key and params.

export const SCREENING_MESSAGES_EN = {
  'chemicals.screening.exact_match': 'Exact structure match with {parent}.',
  'chemicals.screening.identifier_match':
    '{identifierKind} "{identifier}" is {parent} in the reference list.',
  'chemicals.screening.salt_form': 'Salt, solvate or protonated form of {parent} (removed: {removed}).',
  'chemicals.screening.stereo_isotope_variant':
    'Same connectivity as {parent}; differs only in stereochemistry, isotopes or charge.',
  'chemicals.screening.parent_by_transformation': 'Becomes {parent} when {steps}.',
  'chemicals.screening.core_rule': 'Contains the {core}; family of {parent}.',
  'chemicals.screening.similarity': 'Structurally similar to {parent} (Morgan r=2 Tanimoto {score}); review.',
  'chemicals.screening.listing_unknown':
    'Matches {parent}, but no jurisdiction’s listing of it is confirmed by the data.',
  'chemicals.screening.name_not_found':
    'The name "{input}" is not in the reference list and is not a valid SMILES.',
  'chemicals.screening.cas_not_in_reference':
    'CAS {cas} is valid but not in the reference list; screen its structure (SMILES) to decide.',
  'chemicals.screening.reference_without_structure':
    '{parent} has no structure in the reference list; only its identity was matched.',
  'chemicals.screening.error.invalid_smiles': 'Not a valid SMILES: "{input}".',
  'chemicals.screening.error.invalid_cas': 'CAS "{input}" has a wrong check digit (expected {expected}).',
  'chemicals.screening.error.invalid_cas_format': '"{input}" is not a CAS number (NNNNNNN-NN-N).',
  'chemicals.screening.error.empty_input': 'Empty input.',
} as const;

export type ScreeningMessageKey = keyof typeof SCREENING_MESSAGES_EN;
export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills "{name}" placeholders; an unknown placeholder is left visible rather than silently dropped. */
export function formatMessage(key: ScreeningMessageKey, params: MessageParams): string {
  return SCREENING_MESSAGES_EN[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
