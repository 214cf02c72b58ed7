// A line's status as a localized badge; "not screenable" lines are the ones whose substance could not be read.
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../components/StatusBadge';
import type { LineStatus } from './manifestQueries';

const TONES: Record<LineStatus, Tone> = {
  controlled: 'negative',
  suspected_designer_precursor: 'pending',
  unresolved: 'neutral',
  clear: 'positive',
  error: 'info',
};

export function ManifestStatusBadge({ status }: { status: LineStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONES[status]}>{t(`manifests.statuses.${status}`)}</StatusBadge>;
}
