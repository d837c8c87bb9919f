import { Anchor, Badge, Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format-date.js';
import { useLanguage } from '../../i18n/use-language.js';
import { type ImportRunView, rejectsUrl } from './dossier-import-api.js';
import { decimalText, etaText, percentText, STATE_COLOR } from './import-text.js';

export function RunStateBadge({ run }: { run: ImportRunView }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLOR[run.state]} variant="filled" tt="none">
      {t(`dossierImport.runs.states.${run.state}`)}
    </Badge>
  );
}

/**
 * What a run's state says beyond its badge: while running, the share of the file read, lines
 * per second and the time left; when it stopped, why; and a warning when the file's last line was
 * cut short.
 */
export function RunStateDetails({ run }: { run: ImportRunView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const stoppedEarly = run.state === 'failed' || run.state === 'interrupted';
  return (
    <Stack gap={4}>
      {run.state === 'running' &&
        (run.percent === null ? (
          <Group gap={6} wrap="nowrap">
            <Loader size="xs" aria-hidden />
            <Text size="xs">{t('dossierImport.runs.receiving')}</Text>
          </Group>
        ) : (
          <>
            <Progress
              value={run.percent}
              size="md"
              animated
              aria-label={t('dossierImport.runs.progress', { name: run.fileName })}
              miw={160}
            />
            <Text size="xs">
              {[
                percentText(run.percent, language),
                t('dossierImport.runs.rate', { rate: decimalText(run.ratePerSecond, language) }),
                run.etaSeconds === null ? null : etaText(t, run.etaSeconds),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </>
        ))}
      {stoppedEarly && run.error && (
        <Text size="xs" c="red.9" style={{ overflowWrap: 'anywhere' }}>
          {run.error}
        </Text>
      )}
      {run.state === 'interrupted' && (
        <Text size="xs" c="gray.8">
          {t('dossierImport.runs.interruptedHint')}
        </Text>
      )}
      {run.truncated && (
        <Group gap={4} wrap="nowrap" align="flex-start">
          <IconAlertTriangle
            size={16}
            color="var(--mantine-color-orange-9)"
            aria-hidden
            style={{ flexShrink: 0 }}
          />
          <Text size="xs" c="orange.9">
            {t('dossierImport.runs.truncated')}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

/** The link to a run's rejected lines, named after the run so that each one reads apart. */
export function RejectsLink({ run }: { run: ImportRunView }) {
  const { t } = useTranslation();
  return (
    <Anchor
      href={rejectsUrl(run.id)}
      download
      size="xs"
      aria-label={t('dossierImport.runs.downloadRejectsLabel', {
        name: run.fileName,
        at: formatDateTime(run.startedAt),
      })}
    >
      <Group gap={4} component="span" wrap="nowrap">
        <IconDownload size={14} aria-hidden />
        {t('dossierImport.runs.downloadRejects')}
      </Group>
    </Anchor>
  );
}
