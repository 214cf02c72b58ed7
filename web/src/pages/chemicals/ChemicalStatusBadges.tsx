// Localised badges for a listing's control status and a screening result's status.
import { useTranslation } from 'react-i18next';
import type { ChemicalListing, ScreeningResult } from '../../api/types';
import { StatusBadge, type Tone } from '../../components/StatusBadge';

type Control = ChemicalListing['control'];
type ScreeningStatus = ScreeningResult['status'];

const CONTROL_TONES: Record<Control, Tone> = {
  controlled: 'negative',
  not_controlled: 'positive',
  unknown: 'neutral',
};

const SCREENING_TONES: Record<ScreeningStatus, Tone> = {
  controlled: 'negative',
  suspected_designer_precursor: 'pending',
  clear: 'positive',
  unresolved: 'neutral',
};

export function ControlBadge({ control }: { control: Control }) {
  const { t } = useTranslation();
  return <StatusBadge tone={CONTROL_TONES[control]}>{t(`chemicals.control.${control}`)}</StatusBadge>;
}

export function ScreeningStatusBadge({ status }: { status: ScreeningStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={SCREENING_TONES[status]} size="md" data-testid="screening-status">
      {t(`screening.statuses.${status}`)}
    </StatusBadge>
  );
}
