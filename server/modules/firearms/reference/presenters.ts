// The reference entries and description warnings as they leave the server (warnings in the caller's language).
import type { z } from 'zod';
import {
  caliberNames,
  type CaliberRef,
  type DescriptionWarning,
  type MakeRef,
  type ModelRef,
} from '../../../../core/firearms';
import { descriptionWarningText } from '../../../../core/i18n/firearms';
import type { Locale } from '../../../../core/i18n/locale';
import type { caliberView, descriptionWarningView, makeView, modelView } from './schemas';

export const presentMake = (m: MakeRef): z.infer<typeof makeView> => ({
  id: m.id,
  name: m.name,
  aliases: [...m.aliases],
  countries: [...m.countries],
});

export const presentModel = (m: ModelRef): z.infer<typeof modelView> => {
  const names = caliberNames(m);
  return {
    name: m.name,
    aliases: [...m.aliases],
    types: [...m.types],
    calibers: m.calibers.map((id, i) => ({ id, name: names[i] ?? id })),
  };
};

export const presentCaliber = (c: CaliberRef): z.infer<typeof caliberView> => ({
  id: c.id,
  name: c.name,
  aliases: [...c.aliases],
});

export function presentWarning(
  w: DescriptionWarning,
  locale: Locale,
): z.infer<typeof descriptionWarningView> {
  return {
    code: w.code,
    field: w.field,
    messageKey: w.messageKey,
    message: descriptionWarningText(locale, w.code, w.params),
    params: { ...w.params },
  };
}
