// A trace's status as a localised badge, with its overdue marker when a record holder is late.
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../components/StatusBadge';
import type { TraceStatus } from './traceQueries';

const TONES: Record<TraceStatus, Tone> = {
  submitted: 'neutral',
  in_progress: 'info',
  awaiting_record_holder: 'pending',
  completed: 'positive',
  not_traceable: 'negative',
};

export function TraceStatusBadge({ status, size = 'sm' }: { status: TraceStatus; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={TONES[status]} size={size} data-testid="trace-status">
      {t(`traces.statuses.${status}`)}
    </StatusBadge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <StatusBadge tone="negative" size="xs">
      {t('traces.overdue')}
    </StatusBadge>
  );
}
