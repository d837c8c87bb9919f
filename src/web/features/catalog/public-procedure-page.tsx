import './catalog.css';

import { Alert, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowLeft, IconExternalLink, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.js';
import type { ProcedureDetail } from '../../api/types.js';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { AnchorLink } from '../../ui/router-links.js';
import { usePageTitle } from '../../ui/use-page-title.js';
import { procedureDetailQueryOptions } from './catalog-api.js';
import { CatalogSection } from './catalog-section.js';
import { ProcedureFacts, ProcedureSections } from './procedure-sections.js';
import { PublicVersions } from './public-versions.js';
import { versionText } from './version-text.js';

const NATIONAL_PORTAL = 'https://dichvucong.gov.vn';

interface PublicProcedurePageProps {
  code: string;
  version: number | undefined;
}

export function PublicProcedurePage({ code, version }: PublicProcedurePageProps) {
  const { t } = useTranslation();
  const detail = useQuery(procedureDetailQueryOptions(code, version));
  usePageTitle(detail.data?.content.name ?? t('catalog.publicTitle'));
  return (
    <Stack gap="md">
      <AnchorLink to="/thu-tuc" size="sm" className="no-print" w="fit-content">
        <Group gap={4} component="span" wrap="nowrap">
          <IconArrowLeft size={16} aria-hidden />
          {t('catalog.backToSearch')}
        </Group>
      </AnchorLink>
      {detail.isError &&
        (isApiError(detail.error) && [401, 403].includes(detail.error.status) ? (
          // A draft's address: to the public it simply is not there yet.
          <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />}>
            <Text size="sm" fw={600}>
              {t('catalog.notPublished')}
            </Text>
            <AnchorLink to="/thu-tuc/$code" params={{ code }} size="sm">
              {t('catalog.currentVersion')}
            </AnchorLink>
          </Alert>
        ) : (
          <ProblemAlert error={detail.error} />
        ))}
      {detail.isPending && <FullPageLoader />}
      {detail.data && <PublicProcedure procedure={detail.data} />}
    </Stack>
  );
}

function PublicProcedure({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation();
  // A manager who is signed in also gets drafts from the API; this page is the public's view.
  const versions = procedure.versions.filter((version) => version.state !== 'draft');
  // By dates, not by state: a version superseded or abolished from a later date still applies.
  const inForce = procedure.inForce;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2" lh={1.3}>
          {procedure.content.name}
        </Title>
        <Text size="sm" c="dimmed" mt={4}>
          {versionText(t, procedure)}
        </Text>
      </div>
      {!inForce && (
        <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />}>
          <Text size="sm" fw={600}>
            {procedure.state === 'abolished'
              ? t('catalog.abolishedNotice')
              : procedure.state === 'published'
                ? t('catalog.notYetInForce')
                : t('catalog.oldVersion')}
          </Text>
          {procedure.state !== 'abolished' && (
            <AnchorLink to="/thu-tuc/$code" params={{ code: procedure.nationalCode }} size="sm">
              {t('catalog.currentVersion')}
            </AnchorLink>
          )}
        </Alert>
      )}
      <Paper withBorder p="md">
        <ProcedureFacts procedure={procedure} />
        {inForce && procedure.content.onlineLevel !== 'none' && (
          <Group mt="md" gap="sm" align="center">
            <Button
              className="no-print"
              component="a"
              href={NATIONAL_PORTAL}
              target="_blank"
              rel="noopener"
              rightSection={<IconExternalLink size={16} aria-hidden />}
            >
              {t('catalog.submitOnline')}
              <VisuallyHidden>{t('catalog.newTab')}</VisuallyHidden>
            </Button>
            <Text size="sm" c="dimmed" style={{ flex: '1 1 16rem' }}>
              {t('catalog.onlineAt', {
                level: t(`catalog.onlineLevels.${procedure.content.onlineLevel}`),
              })}
            </Text>
          </Group>
        )}
      </Paper>
      <ProcedureSections procedure={procedure} />
      {versions.length > 0 && (
        <CatalogSection title={t('catalog.sections.versions')}>
          <PublicVersions
            code={procedure.nationalCode}
            versions={versions}
            shown={procedure.versionNo}
          />
        </CatalogSection>
      )}
    </Stack>
  );
}
