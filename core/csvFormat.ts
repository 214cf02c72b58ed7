// What every CSV format Rastro imports declares the same way (the A&D file, the recoveries file): header names mapped
// to the request fields they become, listed in declaration order, and an example file built from that order, so a
// format's help, template and import read one declaration.

/** Header names (any case and order in a file) mapped to the request field each becomes. */
export type CsvColumns = Readonly<Record<string, string>>;

/** A format's header names in declaration order: the order its example's header line lists them. */
export function csvColumnNames<C extends CsvColumns>(columns: C): (keyof C & string)[] {
  // Object.keys keeps the declaration order of string keys and loses only their literal type, restored here.
  return Object.keys(columns) as (keyof C & string)[];
}

/** An example file: the header line, then the rows, with the CRLF line ends RFC 4180 writes. */
export function csvExample(columnNames: readonly string[], rows: readonly string[]): string {
  return [columnNames.join(','), ...rows].join('\r\n');
}
