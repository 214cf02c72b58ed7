// Red flags the shipment data itself can show (FinCEN FIN-2024-A002, DEA 21 CFR 1310.05, INCB): these need no
// chemistry beyond the line's identity, and each says in words what was seen.
import type { Locale } from '../../i18n/locale';
import { LruCache } from '../lru';
import { equipmentHit } from './equipment';
import { manifestText } from './messages';
import { partyKey } from './partyNames';
import { transitPointOf } from './transitPoints';
import type { HistoryStats, RedFlag, RedFlagCode, WatchEntry, WatchKind } from './types';
import type { Quantity } from './units';

/** Below this many earlier shipments a consignee has no pattern to depart from. */
export const MIN_HISTORY_SHIPMENTS = 3;
/** A quantity is extraordinary above this multiple of the consignee's median and above its largest shipment. */
export const EXTRAORDINARY_MEDIAN_MULTIPLE = 3;

export const number = (value: number) => String(Number(value.toPrecision(6)));

export function flag(
  locale: Locale,
  code: RedFlagCode,
  params: Readonly<Record<string, string | number>>,
): RedFlag {
  return { code, params, message: manifestText(locale, `flag.${code}`, params) };
}

/** The quantity above which a shipment departs from this history (null: not enough history). */
export function extraordinaryAbove(stats: HistoryStats | undefined): number | null {
  if (!stats || stats.shipments < MIN_HISTORY_SHIPMENTS) return null;
  return Math.max(EXTRAORDINARY_MEDIAN_MULTIPLE * stats.median, stats.max);
}

export function quantityFlag(
  locale: Locale,
  quantity: Quantity,
  consignee: string,
  stats: HistoryStats | undefined,
): RedFlag | null {
  const above = extraordinaryAbove(stats);
  if (above === null || !stats || stats.base !== quantity.base || quantity.baseValue <= above) return null;
  return flag(locale, 'extraordinary_quantity', {
    quantity: number(quantity.baseValue),
    unit: quantity.base,
    consignee,
    shipments: stats.shipments,
    median: number(stats.median),
    max: number(stats.max),
  });
}

export interface WatchList {
  match(name: string): readonly WatchEntry[];
}

export function createWatchList(entries: readonly WatchEntry[]): WatchList {
  const byKey = new Map<string, WatchEntry[]>();
  const add = (key: string, entry: WatchEntry) => {
    if (key === '') return;
    const list = byKey.get(key) ?? [];
    list.push(entry);
    byKey.set(key, list);
  };
  for (const entry of entries) {
    add(partyKey(entry.name), entry);
    if (entry.identifier) add(`id:${entry.identifier.replace(/[^0-9a-z]/gi, '').toUpperCase()}`, entry);
  }
  return {
    match(name) {
      const found = [...(byKey.get(partyKey(name)) ?? [])];
      // An identifier written in the party cell ("Química Norte (RFC QNO010101AB1)") matches too.
      for (const token of name.toUpperCase().split(/[^0-9A-Z]+/))
        if (token.length >= 8)
          for (const e of byKey.get(`id:${token}`) ?? []) if (!found.includes(e)) found.push(e);
      return found;
    },
  };
}

export function watchFlags(
  locale: Locale,
  watchList: WatchList,
  parties: readonly { role: WatchKind; name: string }[],
): RedFlag[] {
  const flags: RedFlag[] = [];
  for (const { role, name } of parties) {
    if (name.trim() === '') continue;
    for (const entry of watchList.match(name))
      flags.push(
        flag(locale, 'watch_list', {
          role: manifestText(locale, `role.${role}`),
          name: name.trim(),
          kind: manifestText(locale, `role.${entry.kind}`).toLowerCase(),
          reason: entry.reason,
        }),
      );
  }
  return flags;
}

export function transitFlags(locale: Locale, route: readonly string[]): RedFlag[] {
  const seen = new Set<string>();
  const flags: RedFlag[] = [];
  for (const point of route) {
    const hit = transitPointOf(point);
    if (!hit || seen.has(hit.id)) continue;
    seen.add(hit.id);
    flags.push(
      flag(locale, 'high_risk_transit', {
        point: hit.name,
        country: hit.country,
        reason: hit.reason[locale],
      }),
    );
  }
  return flags;
}

export function pillPressFlag(locale: Locale, description: string, hsCode: string): RedFlag | null {
  const hit = equipmentHit(description, hsCode);
  return hit
    ? flag(locale, 'pill_press', { evidence: hit.by === 'hs_code' ? `HS ${hit.evidence}` : hit.evidence })
    : null;
}

/**
 * Forwarders seen per consignment across the stream: a line is flagged when its cell names several, or when
 * its forwarder differs from one an earlier line of the same consignment named. Bounded (LRU) for big files.
 */
export function createForwarderTracker(capacity = 100_000) {
  const seen = new LruCache<string, Map<string, string>>(capacity);
  return (locale: Locale, consignment: string, forwarders: readonly string[]): RedFlag | null => {
    if (forwarders.length === 0) return null;
    const known = seen.get(consignment) ?? new Map<string, string>();
    for (const f of forwarders) if (!known.has(partyKey(f))) known.set(partyKey(f), f);
    seen.set(consignment, known);
    if (known.size < 2) return null;
    return flag(locale, 'several_forwarders', { forwarders: [...known.values()].join(', ') });
  };
}
