// The two ends of a list read page by page (an infinite query): the line saying it holds nothing, and the button
// fetching the next page, so every paged list shows both the same way.
import { Button, Center, Text, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// Only what the two need of the query result, so any page's infinite query fits whatever its page type.
interface PagedQuery {
  isSuccess: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

// Shown once the first page has arrived and the list is empty: not while loading, nor after an error (the page's
// ProblemMessage says that).
export function EmptyList({
  query,
  count,
  children,
}: {
  query: PagedQuery;
  count: number;
  children: ReactNode;
}) {
  if (!query.isSuccess || count > 0) return null;
  return (
    <Text p="md" c="dimmed">
      {children}
    </Text>
  );
}

export function LoadMore({ query, mt }: { query: PagedQuery; mt?: MantineSpacing }) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <Center mt={mt}>
      <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
        {t('common.loadMore')}
      </Button>
    </Center>
  );
}
