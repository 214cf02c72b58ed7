// "Sharing group · Trilateral Fentanyl Committee", "My country", …: who an alert is distributed to.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Distribution } from '../../api/types';

export function DistributionText({
  distribution,
  groupName,
}: {
  distribution: Distribution;
  groupName?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      {t(`distributions.${distribution}`)}
      {distribution === 'group' && groupName ? ` · ${groupName}` : ''}
    </Text>
  );
}
