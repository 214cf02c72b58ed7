// Prints benchmark rows as an aligned table and keeps them as JSON in bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';

export type Row = Record<string, string | number>;

export function printTable(title: string, rows: Row[]) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const width = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(width[i]!)).join(' | ')} |`;
  console.log(`\n### ${title}\n`);
  console.log(line(columns));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(columns.map((c) => String(row[c] ?? ''))));
}

export function saveResults(name: string, rows: Row[]) {
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    new URL(`${name}.json`, dir),
    `${JSON.stringify({ name, at: new Date().toISOString(), rows }, null, 2)}\n`,
  );
}

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));
