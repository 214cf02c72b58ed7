// One recovered firearm: serial, description (with its warnings), recovery place and date, case, possessor
// (masked when the server says my role may not see personal data), sharing, and earlier records of it. Users the
// server allows to update it (its `abilities`) can correct it here.
import { Alert, Anchor, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryDetail } from '../../api/types';
import { useFormatDay } from '../../app/formatting';
import { QueryState } from '../../components/QueryState';
import { TlpLabel } from '../../components/TlpLabel';
import { DistributionText } from '../alerts/DistributionText';
import { RecoveryTraces } from '../traces/RecoveryTraces';
import { useRecovery } from './firearmQueries';
import { RelatedRecords } from './RelatedRecords';
import { Fact } from '../../components/Fact';
import { EditRecoveryForm } from './EditRecoveryForm';

function Possessor({ possessor }: { possessor: RecoveryDetail['possessor'] }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  if (!possessor) return <Text size="sm">{t('common.none')}</Text>;
  if (possessor.masked) {
    return (
      <Text size="sm" fs="italic" data-testid="possessor-masked">
        {t('recoveries.possessorMasked')}
      </Text>
    );
  }
  return (
    <Text size="sm">
      {possessor.name}
      {possessor.birthDate ? ` · ${t('recoveries.birthDate', { date: formatDay(possessor.birthDate) })}` : ''}
    </Text>
  );
}

function Details({ r }: { r: RecoveryDetail }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Back from the form, focus returns to where the user started.
  const [returning, setReturning] = useState(false);
  useEffect(() => {
    if (returning && !editing) editButton.current?.focus();
  }, [returning, editing]);
  if (editing) {
    return (
      <EditRecoveryForm
        recovery={r}
        onDone={(result) => {
          setSaved(result !== undefined);
          setReturning(true);
          setEditing(false);
        }}
      />
    );
  }
  const none = t('common.none');
  const firearm = [r.make, r.model].filter(Boolean).join(' ') || t('recoveries.unknownFirearm');
  return (
    <Stack gap="md">
      <Group gap="sm" align="center">
        <TlpLabel tlp={r.tlp} />
        <Title order={1} size="h2">
          {t('recoveries.detailTitle', { firearm, date: formatDay(r.recoveredOn) })}
        </Title>
        {r.abilities.update && (
          <Button
            ref={editButton}
            variant="default"
            ml="auto"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('recoveries.edit')}
          </Button>
        )}
      </Group>
      {saved && (
        <Alert color="green" role="status">
          {t('recoveries.editSaved')}
        </Alert>
      )}
      {r.descriptionWarnings.length > 0 && (
        <Alert color="yellow">
          <Text fw={700} size="sm">
            {t('recoveries.descriptionWarnings')}
          </Text>
          <List size="sm">
            {r.descriptionWarnings.map((w) => (
              <List.Item key={w.code}>{w.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
          <Fact label={t('recoveries.columnSerial')}>
            <Text size="sm" ff="monospace">
              {r.serial.raw ?? t('recoveries.noSerial')}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`serialStates.${r.serial.state}`)}
            </Text>
          </Fact>
          <Fact label={t('recoveries.columnFirearm')}>
            <Text size="sm">{firearm}</Text>
            <Text size="xs" c="dimmed">
              {[r.caliber, r.type ? `${r.type} · ${t(`firearmTypes.${r.type}`)}` : null]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {r.freeTextDescription && (
              <Text size="xs" c="#7a4f00">
                {t('recoveries.freeText')}
              </Text>
            )}
          </Fact>
          <Fact label={t('recoveries.countryOfManufacture')}>
            <Text size="sm">{r.countryOfManufacture ?? none}</Text>
          </Fact>
          <Fact label={t('recoveries.importer')}>
            <Text size="sm">{r.importer ?? none}</Text>
          </Fact>
          <Fact label={t('recoveries.otherMarkings')}>
            <Text size="sm">{r.otherMarkings ?? none}</Text>
          </Fact>
          <Fact label={t('recoveries.columnPlace')}>
            <Text size="sm">
              {[r.recovery.municipality, r.recovery.state, r.recovery.country].filter(Boolean).join(', ')}
            </Text>
          </Fact>
          {r.recovery.latitude !== null && r.recovery.longitude !== null && (
            <Fact label={t('recoveries.coordinates')}>
              <Text size="sm">
                {r.recovery.latitude}, {r.recovery.longitude}
              </Text>
            </Fact>
          )}
          <Fact label={t('recoveries.columnCase')}>
            <Text size="sm">{r.caseNumber ?? none}</Text>
          </Fact>
          <Fact label={t('recoveries.crimeCode')}>
            <Text size="sm">{r.crimeCode ?? none}</Text>
          </Fact>
          <Fact label={t('recoveries.possessor')}>
            <Possessor possessor={r.possessor} />
          </Fact>
          <Fact label={t('recoveries.recordedBy')}>
            <Text size="sm" fw={600}>
              {r.ownerAgency.code}
            </Text>
            <Text size="sm">{r.ownerAgency.name}</Text>
          </Fact>
          <Fact label={t('recoveries.distribution')}>
            <DistributionText distribution={r.distribution} groupName={r.sharingGroup?.name} />
          </Fact>
        </SimpleGrid>
      </Paper>
      <RecoveryTraces recoveryId={r.id} />
      <RelatedRecords related={r.related} />
    </Stack>
  );
}

export function RecoveryDetailPage() {
  const { t } = useTranslation();
  const { recoveryId } = useParams({ from: '/recoveries/$recoveryId' });
  const recovery = useRecovery(recoveryId);
  return (
    <Stack gap="md" maw={1000}>
      <Anchor component={Link} to="/recoveries" size="sm">
        ← {t('recoveries.back')}
      </Anchor>
      <QueryState query={recovery}>{(r) => <Details r={r} />}</QueryState>
    </Stack>
  );
}
