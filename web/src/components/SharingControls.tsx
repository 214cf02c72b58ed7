// Who may read a record and how far it may travel: distribution (and sharing group), TLP, discoverability.
// Shared by every form that creates a shared record (alerts, recovered firearms), so they ask the same way.
import { Checkbox, Group, Radio, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Distribution } from '../api/types';
import { useCurrentSession } from '../app/session';
import { useSharingGroups } from '../pages/alerts/alertQueries';
import { fieldError } from './ProblemMessage';
import { TlpLabel, type Tlp } from './TlpLabel';

export interface Sharing {
  distribution: Distribution;
  sharingGroupId: string | null;
  tlp: Tlp;
  discoverable: boolean;
}

export const DEFAULT_SHARING: Sharing = {
  distribution: 'agency',
  sharingGroupId: null,
  tlp: 'AMBER',
  discoverable: true,
};
export const SHARING_FIELDS = ['distribution', 'sharingGroupId', 'tlp', 'discoverable'] as const;

const DISTRIBUTIONS: readonly Distribution[] = ['agency', 'country', 'group', 'partners'];
const TLPS: readonly Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];

/** The body fields for the API: the sharing group only when distributing to a group. */
export function sharingBody(sharing: Sharing) {
  return {
    ...sharing,
    sharingGroupId: sharing.distribution === 'group' ? sharing.sharingGroupId : null,
  };
}

export function SharingControls({
  value,
  onChange,
  error,
}: {
  value: Sharing;
  onChange: (next: Sharing) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const groups = useSharingGroups();
  const myGroups = (groups.data ?? []).filter((g) => g.members.some((m) => m.id === session.agency.id));
  const set = (patch: Partial<Sharing>) => onChange({ ...value, ...patch });
  // An agency in no sharing group (every record holder) is not offered a choice it cannot make.
  const choices =
    myGroups.length > 0 || value.distribution === 'group'
      ? DISTRIBUTIONS
      : DISTRIBUTIONS.filter((d) => d !== 'group');

  return (
    <>
      <Radio.Group
        label={t('publish.fieldDistribution')}
        required
        value={value.distribution}
        onChange={(d) => set({ distribution: d as Distribution })}
        error={fieldError(error, 'distribution')}
      >
        <Stack gap="xs" mt="xs">
          {choices.map((d) => (
            <Radio
              key={d}
              value={d}
              label={t(`distributions.${d}`)}
              description={t(`distributionHelp.${d}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {value.distribution === 'group' && (
        <Select
          label={t('publish.fieldSharingGroup')}
          placeholder={t('publish.chooseGroup')}
          required
          data={myGroups.map((g) => ({ value: g.id, label: g.name }))}
          value={value.sharingGroupId}
          onChange={(id) => set({ sharingGroupId: id })}
          error={fieldError(error, 'sharingGroupId')}
          maw={420}
        />
      )}
      <Radio.Group
        label={t('publish.fieldTlp')}
        description={t('publish.tlpHelp')}
        required
        value={value.tlp}
        onChange={(tlp) => set({ tlp: tlp as Tlp })}
        error={fieldError(error, 'tlp')}
      >
        <Group gap="lg" mt="xs">
          {TLPS.map((label) => (
            <Radio key={label} value={label} label={<TlpLabel tlp={label} />} aria-label={`TLP:${label}`} />
          ))}
        </Group>
      </Radio.Group>
      <Checkbox
        label={t('publish.fieldDiscoverable')}
        description={t('publish.discoverableHelp')}
        checked={value.discoverable}
        onChange={(e) => set({ discoverable: e.currentTarget.checked })}
        error={fieldError(error, 'discoverable')}
      />
    </>
  );
}
