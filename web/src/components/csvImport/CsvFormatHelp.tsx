// A CSV import's file format beside its upload, collapsed until asked for: the columns, which are required when, what
// each holds, and an example file to download. Each import passes its own column declaration and texts.
import { Accordion, Anchor, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface CsvFormatColumn {
  name: string;
  required: ReactNode;
  meaning: ReactNode;
}

export interface CsvFormatTexts {
  title: string;
  intro: string;
  columnHeader: string;
  requiredHeader: string;
  meaningHeader: string;
  download: string;
}

// A data: URL, so the example downloads without a request and cannot differ from the one the README shows.
function csvDataHref(example: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`${example}\r\n`)}`;
}

export function CsvFormatHelp({
  columns,
  texts,
  example,
  exampleFileName,
  minWidth,
  testId,
}: {
  columns: CsvFormatColumn[];
  texts: CsvFormatTexts;
  example: string;
  exampleFileName: string;
  minWidth: number;
  testId: string;
}) {
  return (
    <Accordion variant="contained" data-testid={testId}>
      <Accordion.Item value="format">
        <Accordion.Control>{texts.title}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="xs">
            <Text size="sm">{texts.intro}</Text>
            <Table.ScrollContainer minWidth={minWidth}>
              <Table verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{texts.columnHeader}</Table.Th>
                    <Table.Th scope="col">{texts.requiredHeader}</Table.Th>
                    <Table.Th scope="col">{texts.meaningHeader}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {columns.map((column) => (
                    <Table.Tr key={column.name}>
                      <Table.Th scope="row" ff="monospace" fw="normal">
                        {column.name}
                      </Table.Th>
                      <Table.Td>{column.required}</Table.Td>
                      <Table.Td>{column.meaning}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Anchor href={csvDataHref(example)} download={exampleFileName} size="sm">
              {texts.download}
            </Anchor>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
