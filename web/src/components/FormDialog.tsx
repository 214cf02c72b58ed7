// The modal and the cancel / save footer shared by the admin dialogs (agencies, users, sharing groups).
import { Button, Group, Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A modal whose content mounts each time it opens, so its form starts fresh. */
export function FormDialog(props: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {props.children}
    </Modal>
  );
}

/** Cancel and submit buttons; the submit reads "Save" when editing, "Create" otherwise. */
export function DialogActions(props: { editing: boolean; saving: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={props.onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={props.saving}>
        {props.editing ? t('common.save') : t('common.create')}
      </Button>
    </Group>
  );
}
