// A whole-page message (not allowed, not found) with a real heading, so screen readers land on it.
import { Stack, Text, Title } from '@mantine/core';

export function PageMessage({ title, detail }: { title: string; detail: string }) {
  return (
    <Stack gap="xs" maw={640}>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text>{detail}</Text>
    </Stack>
  );
}
