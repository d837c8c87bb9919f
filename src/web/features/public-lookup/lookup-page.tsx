import './lookup.css';

import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/router-links.js';
import { usePageTitle } from '../../ui/use-page-title.js';
import { LookupForm } from './lookup-form.js';
import './lookup-state.js';

/** `/tra-cuu`: the citizen types the code printed on the receipt. */
export function LookupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('lookup.title'));
  return (
    <Stack gap="md" maw={640} className="lookup">
      <div>
        <Title order={1} size="h2">
          {t('lookup.title')}
        </Title>
        <Text c="gray.7">{t('lookup.intro')}</Text>
      </div>
      <Paper withBorder p="md">
        <LookupForm
          autoFocus
          initial={{ code: '', verifier: '' }}
          submitLabel={t('lookup.submit')}
          onSubmit={({ code, verifier }) =>
            void navigate({
              to: '/tra-cuu/$code',
              params: { code },
              state: (previous) => ({ ...previous, lookupVerifier: verifier || undefined }),
            })
          }
        />
      </Paper>
      <Text size="sm" c="gray.7">
        {t('lookup.privacy')}
      </Text>
      <Group component="nav" aria-label={t('publicIndex.navLabel')} gap="lg" className="no-print">
        <AnchorLink to="/cong-khai/chi-so-phuc-vu">{t('publicIndex.title')}</AnchorLink>
        <AnchorLink to="/cong-khai/ho-so-tre-han">{t('lateList.title')}</AnchorLink>
      </Group>
    </Stack>
  );
}
