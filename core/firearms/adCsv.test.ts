// The README's A&D file format section shows the example file and every column the import reads: it cannot drift.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AD_CSV_COLUMN_NAMES, AD_CSV_EXAMPLE } from './adCsv';

describe('A&D CSV format in the README', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### A&D records: the CSV format'));

  it('shows the example file as the code declares it', () => {
    expect(section).toContain(['```csv', ...AD_CSV_EXAMPLE.split('\r\n'), '```'].join('\n'));
  });

  it('describes every column', () => {
    for (const column of AD_CSV_COLUMN_NAMES) expect(section).toMatch(new RegExp(`\\| \`${column}\` +\\|`));
  });
});
