// A jurisdiction's listing reason in the user's language. The screening API (and the findings stored on a
// sent notification) give it as an English sentence built by core/chemicals/reference.ts isControlled:
// a fixed phrase, then the source's own wording in quotes. The phrase is recognised and translated; the
// source wording stays verbatim (it is the law's text) and is marked as English. An unknown shape is shown
// as the API gave it, marked English, never guessed at.
import { useTranslation } from 'react-i18next';

type Parsed =
  | { key: 'listed' | 'narcotic' | 'notListed' | 'unconfirmed'; source: string }
  | { key: 'notYetInForce'; date: string; source: string }
  | { key: 'effectiveUncertain'; what: 'listed' | 'narcotic'; when: string; source: string }
  | { key: 'noEffectiveDate'; what: 'listed' | 'narcotic'; source: string };

const WHAT = '(Listed|Controlled as a narcotic drug)';
const PLAIN: Record<string, 'listed' | 'narcotic' | 'notListed' | 'unconfirmed'> = {
  Listed: 'listed',
  'Controlled as a narcotic drug': 'narcotic',
  'Not listed': 'notListed',
  'Not confirmed by the data': 'unconfirmed',
};
const whatKey = (what: string | undefined) => (what === 'Listed' ? 'listed' : 'narcotic');

export function parseListingReason(reason: string): Parsed | null {
  let m = /^(Listed|Controlled as a narcotic drug|Not listed|Not confirmed by the data): "([\s\S]*)"$/.exec(
    reason,
  );
  if (m) return { key: PLAIN[m[1]!] ?? 'unconfirmed', source: m[2]! };
  m = /^Not yet in force on ([^:]*): "([\s\S]*)"$/.exec(reason);
  if (m) return { key: 'notYetInForce', date: m[1]!, source: m[2]! };
  m = new RegExp(`^${WHAT}, but effective date known only as "([^"]*)": "([\\s\\S]*)"$`).exec(reason);
  if (m) return { key: 'effectiveUncertain', what: whatKey(m[1]), when: m[2]!, source: m[3]! };
  m = new RegExp(`^${WHAT}, but no effective date in the data: "([\\s\\S]*)"$`).exec(reason);
  if (m) return { key: 'noEffectiveDate', what: whatKey(m[1]), source: m[2]! };
  return null;
}

export function ListingReasonText({ reason }: { reason: string }) {
  const { t } = useTranslation();
  const parsed = parseListingReason(reason);
  if (!parsed) return <span lang="en">{reason}</span>;
  const phrase =
    parsed.key === 'notYetInForce'
      ? t('listingReasons.notYetInForce', { date: parsed.date })
      : parsed.key === 'effectiveUncertain'
        ? t('listingReasons.effectiveUncertain', {
            what: t(`listingReasons.${parsed.what}`),
            when: parsed.when,
          })
        : parsed.key === 'noEffectiveDate'
          ? t('listingReasons.noEffectiveDate', { what: t(`listingReasons.${parsed.what}`) })
          : t(`listingReasons.${parsed.key}`);
  return (
    <>
      {phrase}:{' '}
      <q lang="en" title={t('listingReasons.sourceWording')}>
        {parsed.source}
      </q>
    </>
  );
}
