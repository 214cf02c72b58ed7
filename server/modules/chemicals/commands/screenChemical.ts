// Screens one structure, CAS number or name against the registry. Unresolved names and CAS numbers are
// results (status unresolved); input that cannot be a chemical (bad SMILES, wrong check digit) is a 422
// naming the field.
import type { z } from 'zod';
import type { ScreeningError, ScreeningInput } from '../../../../core/chemicals';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import { invalidFields, type FieldError } from '../../../platform/errors';
import { authorizeAbility } from '../../../platform/policy';
import { presentScreening } from '../presenters';
import type { ScreeningView, screeningBody } from '../schemas';
import { screenerFor } from '../screeningService';

function fieldErrorOf(field: string, error: ScreeningError): FieldError {
  switch (error.messageKey) {
    case 'chemicals.screening.error.invalid_cas':
      return { field, message: 'cas_check_digit', params: { expected: error.params.expected ?? '' } };
    case 'chemicals.screening.error.invalid_cas_format':
      return { field, message: 'invalid_cas' };
    case 'chemicals.screening.error.empty_input':
      return { field, message: 'required' };
    default:
      return { field, message: 'invalid_smiles' };
  }
}

export async function screenChemical(
  db: Db,
  actor: Actor,
  body: z.infer<typeof screeningBody>,
): Promise<ScreeningView> {
  authorizeAbility(actor, 'screen_chemicals');
  const [field, input]: [string, ScreeningInput] =
    body.smiles !== undefined
      ? ['smiles', { smiles: body.smiles }]
      : body.cas !== undefined
        ? ['cas', { cas: body.cas }]
        : ['name', { name: body.name ?? '' }];
  const screener = await screenerFor(db);
  const outcome = screener.screen(input);
  if (outcome.kind === 'error') throw invalidFields(fieldErrorOf(field, outcome));
  return presentScreening(outcome, screener.reference);
}
