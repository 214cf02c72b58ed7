// The language an API caller asked for. Only a supported language counts as a choice: `*` (what Node's fetch sends)
// or a language Rastro does not speak leaves the decision to the user's own setting.
import { isLocale, type Locale } from '../../../core/i18n/locale';

/** The best supported language of an Accept-Language header by weight (RFC 9110), or null when none is. */
export function requestedLocale(header: string | undefined | null): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', weight, index };
    })
    .filter((entry) => Number.isFinite(entry.weight) && entry.weight > 0 && isLocale(entry.base))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const best = ranked[0]?.base;
  return isLocale(best) ? best : null;
}
