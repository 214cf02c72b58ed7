// The account menu: who is signed in, for which agency, their API tokens, and sign-out.
import { Button, Menu, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSignOut, type Session } from '../app/session';

export function UserMenu({ session }: { session: Session }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <Button variant="default" size="sm" maw={240}>
          <Text size="sm" truncate>
            {session.user.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {t(`roles.${session.user.role}`)} · {session.agency.code}
        </Menu.Label>
        <Menu.Item component={Link} to="/tokens">
          {t('nav.tokens')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate({ to: '/' }) })}>
          {t('app.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
