import { Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language.js';
import { PageHeader } from '../../ui/page-header.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { RequirePermission } from '../auth/require-permission.js';
import { AgencyMapSection } from './agency-map-section.js';
import { type ImportRunView, runsQueryOptions } from './dossier-import-api.js';
import { countText } from './import-text.js';
import { RejectsLink, RunStateBadge, RunStateDetails } from './run-status.js';
import { RunsTable } from './runs-table.js';
import { SectionLoader } from './section-loader.js';
import { UploadSection } from './upload-section.js';

/**
 * `/quan-tri/nhap-ho-so` (issue 8): an administrator of the province loads the agency map,
 * uploads the previous system's JSON Lines file, and follows the import as it runs in the
 * background (docs/dossier-import.md).
 */
export function DossierImportPage() {
  return (
    <RequirePermission action="dossier.import">
      <DossierImportScreen />
    </RequirePermission>
  );
}

function DossierImportScreen() {
  const { t } = useTranslation();
  const runsHeadingId = useId();
  // Polls every 2 s while a run is running (runsQueryOptions), and stops when none is.
  const runs = useQuery(runsQueryOptions());
  const [accepted, setAccepted] = useState<ImportRunView | null>(null);
  const latest = accepted
    ? (runs.data?.items.find((run) => run.id === accepted.id) ?? accepted)
    : null;

  return (
    <Stack gap="lg">
      <div>
        <PageHeader title={t('dossierImport.title')} />
        <Text size="sm" c="dimmed" maw={900}>
          {t('dossierImport.intro')}
        </Text>
      </div>
      <AgencyMapSection />
      <Divider />
      <UploadSection onAccepted={setAccepted} />
      {latest && <LatestRun run={latest} />}
      <Divider />
      <Stack gap="sm" component="section" aria-labelledby={runsHeadingId}>
        <Title order={2} size="h4" id={runsHeadingId}>
          {t('dossierImport.runs.title')}
        </Title>
        {runs.error ? (
          <ProblemAlert error={runs.error} />
        ) : !runs.data ? (
          <SectionLoader />
        ) : (
          <RunsTable runs={runs.data.items} labelledBy={runsHeadingId} />
        )}
      </Stack>
    </Stack>
  );
}

/**
 * The run just uploaded, followed as it goes. The sentence read out by screen readers changes
 * only with the run's state, not at every count, so that it is announced once it is done.
 */
function LatestRun({ run }: { run: ImportRunView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const counts = {
    name: run.fileName,
    lines: countText(run.lines, language),
    imported: countText(run.imported, language),
    unchanged: countText(run.unchanged, language),
    rejected: countText(run.rejected, language),
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} maw={900}>
      <Stack gap="xs">
        <Group gap="sm">
          <Title order={3} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {t('dossierImport.upload.latest', { name: run.fileName })}
          </Title>
          <RunStateBadge run={run} />
        </Group>
        <RunStateDetails run={run} />
        <Text size="sm" role="status">
          {run.state === 'running'
            ? t('dossierImport.upload.running', counts)
            : t(`dossierImport.upload.finished.${run.state}`, counts)}
        </Text>
        {run.rejected > 0 && <RejectsLink run={run} />}
      </Stack>
    </Paper>
  );
}
