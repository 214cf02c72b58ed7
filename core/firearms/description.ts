// Checks a firearm description (make, model, caliber, type, country) against the reference table and warns about
// what makes traces fail: a make we do not know, a model that make never made, a caliber that model never had, a
// type that does not fit. Warnings, not errors: the reference table is not exhaustive and free text is accepted.
import { findModel, getCaliber, makesWithModel, normaliseCaliber, normaliseMake } from './reference';
import { isFirearmTypeCode, type CaliberRef, type MakeRef, type ModelRef } from './referenceTypes';
import { routingNeedsOrigin } from './routing';

export interface FirearmDescription {
  readonly make?: string | null;
  readonly model?: string | null;
  readonly caliber?: string | null;
  /** NCIC/NIEM type code. */
  readonly type?: string | null;
  /** ISO 3166-1 alpha-2 country of manufacture as marked. */
  readonly countryOfManufacture?: string | null;
  /**
   * The importer as marked. `undefined` when the description has no markings at all (a lost/stolen report), so
   * the missing-origin warning is only given where country and importer could have been read off the gun.
   */
  readonly importer?: string | null;
}

export type DescriptionWarningCode =
  | 'missing_make'
  | 'missing_model'
  | 'missing_caliber'
  | 'missing_type'
  | 'unknown_make'
  | 'unknown_model'
  | 'model_not_made_by_make'
  | 'importer_entered_as_make'
  | 'unknown_caliber'
  | 'caliber_not_chambered_by_model'
  | 'unknown_type'
  | 'type_mismatch'
  | 'country_not_known_for_make'
  | 'missing_origin';

export type DescriptionField = 'make' | 'model' | 'caliber' | 'type' | 'countryOfManufacture';

export interface DescriptionWarning {
  readonly code: DescriptionWarningCode;
  readonly field: DescriptionField;
  /** i18n key `firearms.description.<code>`. */
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface DescriptionCheck {
  /** The reference entries the description resolved to; null where it did not (free text, to be marked as such). */
  readonly make: MakeRef | null;
  readonly model: ModelRef | null;
  readonly caliber: CaliberRef | null;
  readonly warnings: readonly DescriptionWarning[];
}

function warning(
  code: DescriptionWarningCode,
  field: DescriptionField,
  params: Record<string, string | number> = {},
): DescriptionWarning {
  return { code, field, messageKey: `firearms.description.${code}`, params };
}

const present = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== '';

export function checkDescription(input: FirearmDescription): DescriptionCheck {
  const warnings: DescriptionWarning[] = [];
  const make = present(input.make) ? normaliseMake(input.make) : null;
  let model: ModelRef | null = null;
  const caliber = present(input.caliber) ? normaliseCaliber(input.caliber) : null;

  if (!present(input.make)) warnings.push(warning('missing_make', 'make'));
  else if (!make) warnings.push(warning('unknown_make', 'make', { make: input.make }));

  if (!present(input.model)) {
    warnings.push(warning('missing_model', 'model'));
  } else if (make) {
    model = findModel(make, input.model);
    if (!model) warnings.push(modelWarning(make, input.model));
  }

  if (!present(input.caliber)) warnings.push(warning('missing_caliber', 'caliber'));
  else if (!caliber) warnings.push(warning('unknown_caliber', 'caliber', { caliber: input.caliber }));
  else if (model && model.calibersComplete && !model.calibers.includes(caliber.id)) {
    const known = caliberNames(model).join(', ');
    warnings.push(
      warning('caliber_not_chambered_by_model', 'caliber', {
        model: model.name,
        caliber: caliber.name,
        known,
      }),
    );
  }

  if (!present(input.type)) {
    warnings.push(warning('missing_type', 'type'));
  } else {
    const type = input.type.trim().toUpperCase();
    if (!isFirearmTypeCode(type)) warnings.push(warning('unknown_type', 'type', { type: input.type }));
    else if (model && !model.types.includes(type)) {
      warnings.push(
        warning('type_mismatch', 'type', { model: model.name, type, expected: model.types.join('/') }),
      );
    }
  }

  if (make && present(input.countryOfManufacture)) {
    const country = input.countryOfManufacture.trim().toUpperCase();
    if (!make.countries.includes(country)) {
      warnings.push(
        warning('country_not_known_for_make', 'countryOfManufacture', {
          make: make.name,
          country,
          expected: make.countries.join(', '),
        }),
      );
    }
  }
  // Without a country of manufacture or an importer a trace cannot be routed and closes at once as not traceable.
  if (input.importer !== undefined && routingNeedsOrigin(input.countryOfManufacture, input.importer))
    warnings.push(warning('missing_origin', 'countryOfManufacture'));
  return { make, model, caliber, warnings };
}

/**
 * Why a model did not resolve under its make: the make is really the importer (a WASR-10 entered as "Century
 * Arms"), the model belongs to other makes, or it is simply not in our table (which is not proof it never existed).
 */
function modelWarning(make: MakeRef, typed: string): DescriptionWarning {
  const owners = makesWithModel(typed);
  const importedHere = owners.find((owner) => findModel(owner, typed)?.importedBy.includes(make.id));
  if (importedHere) {
    return warning('importer_entered_as_make', 'make', {
      importer: make.name,
      make: importedHere.name,
      model: typed,
    });
  }
  if (owners.length > 0) {
    return warning('model_not_made_by_make', 'model', {
      make: make.name,
      model: typed,
      madeBy: owners.map((o) => o.name).join(', '),
    });
  }
  return warning('unknown_model', 'model', { make: make.name, model: typed });
}

/** Display names of a model's calibers, for messages and pickers. */
export function caliberNames(model: ModelRef): string[] {
  return model.calibers.map((id) => getCaliber(id)?.name ?? id);
}
