// Effective dates read from free-text listing notes ("eff. 15 May 2020", "DOF 18 Jul 2017", "Table I, 2017"),
// kept as an interval with its precision so a year-only source is never turned into a made-up day.

export type DatePrecision = 'day' | 'month' | 'year' | 'year_range';

/** Which words introduced the date: tells a reviewer whether it is an entry-into-force date or something weaker. */
export type DateBasis = 'effective' | 'in_force' | 'in_force_by' | 'since' | 'decision' | 'stated';

/**
 * The earliest and latest day (ISO yyyy-mm-dd) on which the listing can have taken effect.
 * `earliest` null: no lower bound known; `latest` null: no upper bound known (e.g. "180 days after notification").
 */
export interface EffectiveDate {
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly precision: DatePrecision;
  readonly basis: DateBasis;
  /** The words the date was read from. */
  readonly text: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

interface FoundDate {
  readonly index: number;
  readonly end: number;
  readonly earliest: string;
  readonly latest: string;
  readonly precision: DatePrecision;
}

// Regulation identifiers contain year-like numbers that are not dates ("SOR/2019-120", "85 FR 20822").
// Treaty names carry their year too ("1961 Single Convention"), which is not when a substance was added.
const IDENTIFIERS =
  /\bSOR\/\d{4}-\d+|\b\d+\s+FR\s+\d+|\bDEA-\d+|\bdecision\s+\d+\/\d+|\b(?:19|20)\d{2}\s+(?:Single\s+)?Convention\b/gi;

function findDates(text: string): FoundDate[] {
  const masked = text.replace(IDENTIFIERS, (m) => ' '.repeat(m.length));
  const found: FoundDate[] = [];
  const taken = (i: number, e: number) => found.some((f) => i < f.end && e > f.index);
  const push = (index: number, end: number, earliest: string, latest: string, precision: DatePrecision) => {
    if (!taken(index, end)) found.push({ index, end, earliest, latest, precision });
  };
  const scan = (re: RegExp, f: (m: RegExpExecArray) => void) => {
    for (const m of masked.matchAll(re)) f(m as RegExpExecArray);
  };
  // Most precise patterns first; later patterns skip text already claimed.
  scan(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => {
    const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    push(m.index, m.index + m[0].length, d, d, 'day');
  });
  scan(new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'gi'), (m) => {
    const d = iso(Number(m[3]), MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1, Number(m[1]));
    push(m.index, m.index + m[0].length, d, d, 'day');
  });
  scan(new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'gi'), (m) => {
    const y = Number(m[2]);
    const mo = MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1;
    push(m.index, m.index + m[0].length, iso(y, mo, 1), iso(y, mo, lastDay(y, mo)), 'month');
  });
  // "2016-17": a span of years (fiscal or reporting period), not a month.
  scan(/\b((?:19|20)\d{2})-(\d{2})\b/g, (m) => {
    const y1 = Number(m[1]);
    const y2 = Math.floor(y1 / 100) * 100 + Number(m[2]);
    if (y2 > y1 && y2 - y1 <= 5)
      push(m.index, m.index + m[0].length, iso(y1, 1, 1), iso(y2, 12, 31), 'year_range');
  });
  scan(/\b((?:19|20)\d{2})\b/g, (m) => {
    const y = Number(m[1]);
    push(m.index, m.index + m[0].length, iso(y, 1, 1), iso(y, 12, 31), 'year');
  });
  return found.sort((a, b) => a.index - b.index);
}

const KEYWORDS: readonly { re: RegExp; basis: DateBasis }[] = [
  { re: /\bin force by\s*$/i, basis: 'in_force_by' },
  { re: /\bin force(?: on| from)?\s*$/i, basis: 'in_force' },
  { re: /\b(?:eff\.|effective)(?: on| from)?\s*$/i, basis: 'effective' },
  { re: /\bsince\s*$/i, basis: 'since' },
];

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function fromClause(clause: string): EffectiveDate | null {
  const dates = findDates(clause);
  // A date right after "eff.", "in force", "since" is the entry into force; it wins over other dates.
  for (const d of dates) {
    const before = clause.slice(0, d.index);
    const kw = KEYWORDS.find((k) => k.re.test(before));
    if (!kw) continue;
    const text = clause.slice(before.search(kw.re), d.end).trim();
    if (kw.basis === 'in_force_by')
      return { earliest: null, latest: d.latest, precision: d.precision, basis: kw.basis, text };
    return { earliest: d.earliest, latest: d.latest, precision: d.precision, basis: kw.basis, text };
  }
  const first = dates[0];
  // "effective 180 days after notification": in force no earlier than decision + N days; the notification
  // date is not in the data, so there is no upper bound.
  const relative = /\beffective\s+(\d+)\s+days\s+after\b/i.exec(clause);
  if (relative && first) {
    return {
      earliest: addDays(first.earliest, Number(relative[1])),
      latest: null,
      precision: first.precision,
      basis: 'effective',
      text: `${clause.slice(first.index, first.end)} … ${relative[0]}`,
    };
  }
  if (!first) return null;
  const text = clause.slice(first.index, first.end);
  // A CND decision date is not its entry into force (that follows notification): a lower bound only.
  if (/\b(?:CND|decision)\b/i.test(clause.slice(0, first.index)))
    return { earliest: first.earliest, latest: null, precision: first.precision, basis: 'decision', text };
  return {
    earliest: first.earliest,
    latest: first.latest,
    precision: first.precision,
    basis: 'stated',
    text,
  };
}

/**
 * Reads the effective date of a listing from its note. Clauses after ";" describe later amendments
 * ("…eff. 15 May 2020; halides added, eff. 30 Nov 2023"), so the first clause with a date governs.
 */
export function parseEffectiveDate(text: string): EffectiveDate | null {
  for (const clause of text.split(';')) {
    const found = fromClause(clause);
    if (found) return found;
  }
  return null;
}

/** Reads the date of one clause (used for family extensions such as "halides added, eff. 30 Nov 2023"). */
export function parseClauseDate(clause: string): EffectiveDate | null {
  return fromClause(clause);
}

export type InForce = 'yes' | 'no' | 'unknown';

/**
 * Whether a listing with this effective date was in force on `onDate` (ISO day).
 * `onDate` undefined asks about the current reference data: a listing the data holds counts as in force.
 */
export function inForceOn(effective: EffectiveDate | null, onDate: string | undefined): InForce {
  if (onDate === undefined) return 'yes';
  if (effective === null) return 'unknown';
  if (effective.latest !== null && onDate >= effective.latest) return 'yes';
  if (effective.earliest !== null && onDate < effective.earliest) return 'no';
  return 'unknown';
}
