// A "not found" problem names the missing record in the reader's language: every record type the server names in
// notFound(...) has a Spanish and French name, so no "(multiple_sales)" or "(recovery)" reaches a user.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemText } from '../../../core/i18n/errors';
import { SHARED_RECORD_TYPES } from '../policy/sharedRecordTypes';

const SERVER = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every literal the server passes to notFound('…'), plus the shared record types access checks pass. */
const named = new Set<string>([
  'route',
  ...SHARED_RECORD_TYPES,
  ...sourceFiles(SERVER).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/notFound\('([a-z_]+)'\)/g)].map((m) => m[1]!),
  ),
]);

describe('not-found details', () => {
  it('name each record type in the reader’s language, never by its identifier', () => {
    expect(named.size).toBeGreaterThan(10);
    for (const resource of named)
      for (const locale of ['es', 'fr'] as const) {
        const { detail } = problemText(locale, 'not_found', { resource });
        expect(detail, `${locale} ${resource}`).not.toContain(`(${resource})`);
      }
  });
  it('read naturally in each language', () => {
    expect(problemText('es', 'not_found', { resource: 'multiple_sales' }).detail).toContain(
      'reporte de ventas múltiples',
    );
    expect(problemText('fr', 'not_found', { resource: 'lost_stolen' }).detail).toContain(
      'déclaration d’arme perdue ou volée',
    );
    expect(problemText('en', 'not_found', { resource: 'recovery' }).detail).toBe(
      'There is no such recovered firearm, or you may not see it.',
    );
    // A path of an unknown route is not a record type: it is shown as it is.
    expect(problemText('es', 'not_found', { resource: '/api/v1/nothing' }).detail).toContain(
      '/api/v1/nothing',
    );
  });
});
