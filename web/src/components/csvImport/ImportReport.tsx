// The parts every CSV import's report shares: the counts line, the note on columns the import ignored, and the
// line-numbered table of rows rejected (or kept with a note). Each import passes its own texts.
import { Alert, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ImportCounts {
  received: number;
  inserted: number;
  unchanged: number;
  rejected: number;
}

// The counts as the summary texts take them: numbers formatted for the user's language.
export type FormattedImportCounts = Record<keyof ImportCounts, string>;

export interface ImportLine {
  line: number;
  field: string;
  code: string;
  message: string;
}

export function useCountFormat(): (n: number) => string {
  const { i18n } = useTranslation();
  return new Intl.NumberFormat(i18n.language).format;
}

// Yellow when any row was rejected, so a partly failed upload does not read as a success.
export function ImportSummary({
  result,
  summary,
  children,
}: {
  result: ImportCounts;
  summary: (counts: FormattedImportCounts) => string;
  children?: ReactNode;
}) {
  const count = useCountFormat();
  return (
    <Alert color={result.rejected > 0 ? 'yellow' : 'green'} role="status">
      {summary({
        received: count(result.received),
        inserted: count(result.inserted),
        unchanged: count(result.unchanged),
        rejected: count(result.rejected),
      })}
      {children}
    </Alert>
  );
}

export function IgnoredColumns({ columns, text }: { columns: string[]; text: (columns: string) => string }) {
  if (columns.length === 0) return null;
  return <Text size="sm">{text(columns.join(', '))}</Text>;
}

export function ImportLineTable({
  lines,
  caption,
  headers,
}: {
  lines: ImportLine[];
  caption: string;
  headers: { line: string; field: string; problem: string };
}) {
  if (lines.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs" captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{headers.line}</Table.Th>
            <Table.Th scope="col">{headers.field}</Table.Th>
            <Table.Th scope="col">{headers.problem}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((e) => (
            <Table.Tr key={`${e.line}-${e.field}-${e.code}`}>
              <Table.Td>{e.line}</Table.Td>
              <Table.Td ff="monospace">{e.field}</Table.Td>
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
