// Access requests: incoming ones (to my agency's records) to grant or refuse, outgoing ones to follow.
import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { AccessRequestTable } from './AccessRequestTable';

type Direction = 'incoming' | 'outgoing';

export function AccessRequestsPage() {
  const { t } = useTranslation();
  const canDecide = useAbility('decide_access_requests');
  const [direction, setDirection] = useState<Direction>(canDecide ? 'incoming' : 'outgoing');

  return (
    <>
      <PageHeader title={t('accessRequests.title')} />
      <Tabs
        value={direction}
        onChange={(value) => setDirection(value === 'incoming' ? 'incoming' : 'outgoing')}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {canDecide && <Tabs.Tab value="incoming">{t('accessRequests.incoming')}</Tabs.Tab>}
          <Tabs.Tab value="outgoing">{t('accessRequests.outgoing')}</Tabs.Tab>
        </Tabs.List>
        {canDecide && (
          <Tabs.Panel value="incoming">
            <AccessRequestTable direction="incoming" />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="outgoing">
          <AccessRequestTable direction="outgoing" />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
