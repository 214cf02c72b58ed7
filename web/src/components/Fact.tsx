// One labelled value on a record's page (the small upper-case label above it), as detail pages lay them out in grids.
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  // Long unbroken values (a name or address without spaces) wrap anywhere rather than run over the next cell of
  // the grid; minWidth 0 lets a grid cell shrink below its content's longest word.
  return (
    <div style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}
