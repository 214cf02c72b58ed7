// A link to one trace, named by its firearm.
import { Anchor } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TraceSummary } from './traceQueries';

export function TraceLink({ trace }: { trace: Pick<TraceSummary, 'id' | 'firearm'> }) {
  const { t } = useTranslation();
  const name =
    [trace.firearm.make, trace.firearm.model].filter(Boolean).join(' ') || t('traces.unknownFirearm');
  return (
    <Anchor
      fw={600}
      renderRoot={(props) => <Link {...props} to="/traces/$traceId" params={{ traceId: trace.id }} />}
    >
      {name}
    </Anchor>
  );
}
