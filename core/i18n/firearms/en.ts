// Firearm description warnings in English (keys `firearms.description.<code>` from core/firearms/description.ts):
// the reference catalogue the other languages must match.
export const firearmsEn = {
  description: {
    missing_make: 'No make given: traces without a make usually fail.',
    missing_model: 'No model given: the record holder may not find the firearm.',
    missing_caliber: 'No caliber given.',
    missing_type: 'No firearm type given (P, R, S, C, B, M, V or Z).',
    unknown_make:
      'The make "{{make}}" is not in the reference table; it is kept as free text. Check the spelling on the frame.',
    unknown_model: 'The model "{{model}}" is not known for {{make}}; it is kept as free text.',
    model_not_made_by_make: '{{make}} is not known to make a "{{model}}"; that model is made by {{madeBy}}.',
    importer_entered_as_make:
      '{{importer}} imports the {{model}}; the make is {{make}}. Enter the importer in the importer field.',
    unknown_caliber: 'The caliber "{{caliber}}" is not in the reference table; it is kept as free text.',
    caliber_not_chambered_by_model: 'The {{model}} is not known in {{caliber}}; known calibers: {{known}}.',
    unknown_type: '"{{type}}" is not a firearm type code (P, R, S, C, B, M, V or Z).',
    type_mismatch: 'The {{model}} is type {{expected}}, not {{type}}.',
    country_not_known_for_make:
      '{{make}} firearms are not known to be made in {{country}} (known: {{expected}}). Check the country marking.',
    missing_origin:
      "Give the country of manufacture (or the importer's name): a trace is routed by it, and without either it closes at once as not traceable.",
  },
} as const;

/** Widens the literal strings so the other languages must have the same keys, with their own words. */
type Catalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
export type FirearmsCatalogue = Catalogue<typeof firearmsEn>;
