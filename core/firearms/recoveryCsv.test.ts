// The README's recovered-firearms file format section shows the example file and every column the import reads: it
// cannot drift from the declaration.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECOVERY_CSV_COLUMN_NAMES, RECOVERY_CSV_EXAMPLE, RECOVERY_CSV_HEADER_REQUIRED } from './recoveryCsv';

describe('recovered firearms CSV format in the README', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('### Recovered firearms: the CSV format');
  const section = readme.slice(start, readme.indexOf('\n#', start + 1));

  it('has the section', () => {
    expect(start).toBeGreaterThan(0);
  });

  it('shows the example file as the code declares it', () => {
    expect(section).toContain(['```csv', ...RECOVERY_CSV_EXAMPLE.split('\r\n'), '```'].join('\n'));
  });

  it('describes every column, and the header-required ones as always required', () => {
    for (const column of RECOVERY_CSV_COLUMN_NAMES)
      expect(section).toMatch(new RegExp(`\\| \`${column}\` +\\|`));
    for (const column of RECOVERY_CSV_HEADER_REQUIRED)
      expect(section).toMatch(new RegExp(`\\| \`${column}\` +\\| (always|unless)`));
  });
});

describe('the example file', () => {
  it('has as many cells on each row as the header names columns', () => {
    const [header, ...rows] = RECOVERY_CSV_EXAMPLE.split('\r\n');
    // Quoted cells may hold commas; drop them before counting separators.
    const cells = (line: string) => line.replace(/"(?:[^"]|"")*"/g, 'x').split(',').length;
    for (const row of rows) expect(cells(row)).toBe(cells(header!));
  });
});
