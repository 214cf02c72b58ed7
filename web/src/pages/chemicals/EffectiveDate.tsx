// When a listing took effect, at the precision the source gives (a day, a month, a year or a range of years),
// with the source's own wording beside it. No date in the data shows as unknown, never as a guess.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChemicalListing } from '../../api/types';

type Effective = NonNullable<ChemicalListing['effective']>;

const OPTIONS: Record<Effective['precision'], Intl.DateTimeFormatOptions> = {
  day: { dateStyle: 'medium' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
  year_range: { year: 'numeric' },
};

export function EffectiveDate({ effective }: { effective: ChemicalListing['effective'] }) {
  const { t, i18n } = useTranslation();
  if (!effective || (!effective.earliest && !effective.latest)) {
    return <Text size="sm">{t('chemicals.listingStatus.unknown')}</Text>;
  }
  const format = new Intl.DateTimeFormat(i18n.language, { ...OPTIONS[effective.precision], timeZone: 'UTC' });
  const show = (day: string) => format.format(new Date(`${day}T00:00:00Z`));
  const { earliest, latest } = effective;
  let when: string;
  if (earliest && latest) {
    const from = show(earliest);
    const to = show(latest);
    when = from === to ? from : t('chemicals.effectiveBetween', { from, to });
  } else if (earliest) when = t('chemicals.effectiveFrom', { from: show(earliest) });
  else when = t('chemicals.effectiveUntil', { to: show(latest ?? '') });
  return (
    <>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {when}
      </Text>
      <Text size="xs" c="dimmed" lang="en">
        {effective.text}
      </Text>
    </>
  );
}
