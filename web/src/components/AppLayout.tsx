// The signed-in frame: skip link, header (brand, unread alerts, language, account), navigation (with unread
// match notices), main.
import { AppShell, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { navItemsFor } from '../app/navigation';
import type { Session } from '../app/session';
import { UnreadAlertsBadge } from '../pages/alerts/UnreadAlertsBadge';
import { UnreadMatchNoticesBadge } from '../pages/firearms/UnreadMatchNoticesBadge';
import { LanguageSwitcher } from './LanguageSwitcher';
import { UserMenu } from './UserMenu';

export function AppLayout({ session, children }: { session: Session; children: ReactNode }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const items = navItemsFor(session.abilities);

  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: 'md', collapsed: { mobile: !opened } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="md"
                size="sm"
                aria-label={t('app.openNavigation')}
                aria-expanded={opened}
              />
              <Link to="/" style={{ textDecoration: 'none', color: 'inherit' }}>
                <Text fw={800} size="xl" c="indigo.9">
                  {t('app.name')}
                </Text>
              </Link>
              <Text size="sm" c="dimmed" visibleFrom="lg">
                {t('app.tagline')}
              </Text>
            </Group>
            {/* Narrow screens: tighter gaps, and the language and account buttons shrink (names truncate). */}
            <Group gap={6} wrap="nowrap">
              {session.abilities.includes('read_alerts') && <UnreadAlertsBadge />}
              <LanguageSwitcher />
              <UserMenu session={session} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label={t('app.mainNavigation')}>
          <ScrollArea>
            {items.map((item) => {
              const active = pathname === item.to || pathname.startsWith(`${item.to}/`);
              return (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={t(item.labelKey)}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  onClick={close}
                  fw={500}
                  rightSection={item.to === '/match-notices' ? <UnreadMatchNoticesBadge /> : undefined}
                />
              );
            })}
          </ScrollArea>
        </AppShell.Navbar>
        <AppShell.Main id="main-content" tabIndex={-1} bg="gray.0">
          {children}
        </AppShell.Main>
      </AppShell>
    </>
  );
}
