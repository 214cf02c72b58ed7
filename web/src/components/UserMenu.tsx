// The account menu: who is signed in, for which agency, their API tokens, and sign-out.
import { Button, Menu, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSignOut, type Session } from '../app/session';

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');

export function UserMenu({ session }: { session: Session }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const name = session.user.displayName;
  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        {/* Phones show the initials; the button keeps the full name as its accessible name. */}
        <Button variant="default" size="sm" maw={240} px={{ base: 'xs', sm: 'md' }} aria-label={name}>
          <Text size="sm" hiddenFrom="sm" fw={600}>
            {initialsOf(name)}
          </Text>
          <Text size="sm" truncate visibleFrom="sm">
            {name}
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
