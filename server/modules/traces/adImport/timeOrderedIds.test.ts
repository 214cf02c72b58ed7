// Bulk-loaded A&D ids: valid UUIDs (version 7 layout), distinct, and increasing, within one load and across loads.
import { describe, expect, it } from 'vitest';
import { timeOrderedIds } from './timeOrderedIds';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('timeOrderedIds', () => {
  it('makes distinct, increasing version-7 UUIDs, ordered by time across generators', () => {
    const first = timeOrderedIds(Date.parse('2026-01-01T00:00:00Z'));
    const ids = Array.from({ length: 5000 }, () => first());
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    const later = timeOrderedIds(Date.parse('2026-01-01T00:00:00.001Z'))();
    expect(later > ids.at(-1)!).toBe(true);
    expect(ids[0]!.replace(/-/g, '').slice(0, 12)).toBe(
      Date.parse('2026-01-01T00:00:00Z').toString(16).padStart(12, '0'),
    );
  });
});
