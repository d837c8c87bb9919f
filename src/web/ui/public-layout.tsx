import { Anchor, Box, Button, Container, Group, Text } from '@mantine/core';
import { IconLogin2 } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch.js';

const NATIONAL_PORTAL = 'https://dichvucong.gov.vn';

/**
 * The shell of pages anyone may read without signing in: no menu, no session, only the product's
 * name, the way in for staff and the language switch.
 */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box
      className="public-shell"
      mih="100vh"
      bg="gray.0"
      style={{ display: 'flex', flexDirection: 'column' }}
    >
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <Box
        component="header"
        bg="white"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Container size="lg" py="xs">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Anchor
              component={Link}
              to="/thu-tuc"
              fw={700}
              c="blue.8"
              fz={{ base: 'md', sm: 'lg' }}
              underline="never"
            >
              {t('app.productName')}
            </Anchor>
            <Group gap="xs" wrap="nowrap" className="no-print">
              <Anchor component={Link} to="/tra-cuu" size="sm">
                {t('lookup.title')}
              </Anchor>
              <LanguageSwitch />
              <Button
                component={Link}
                to="/dang-nhap"
                variant="light"
                size="compact-sm"
                leftSection={<IconLogin2 size={16} aria-hidden />}
              >
                {t('catalog.staffSignIn')}
              </Button>
            </Group>
          </Group>
        </Container>
      </Box>
      <Container
        component="main"
        id="main-content"
        tabIndex={-1}
        size="lg"
        w="100%"
        py="md"
        style={{ flex: 1 }}
      >
        {children}
      </Container>
      <Box
        component="footer"
        bg="white"
        className="no-print"
        style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Container size="lg" py="sm">
          <Text size="sm" c="dimmed">
            {t('app.tagline')} ·{' '}
            <Anchor href={NATIONAL_PORTAL} target="_blank" rel="noopener" size="sm">
              {t('catalog.nationalPortal')}
            </Anchor>
          </Text>
        </Container>
      </Box>
    </Box>
  );
}
