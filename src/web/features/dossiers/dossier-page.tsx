import './dossiers.css';

import { Alert, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconFilePlus, IconInfoCircle, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.js';
import type { Action } from '../../api/types.js';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { ButtonLink } from '../../ui/router-links.js';
import { usePageTitle } from '../../ui/use-page-title.js';
import { useCan } from '../auth/current-user.js';
import { RequirePermission } from '../auth/require-permission.js';
import { AcceptancePanel } from './acceptance-panel.js';
import {
  ApplicantFacts,
  ComponentsList,
  DossierFacts,
  DossierSection,
  HistoryTimeline,
  OutcomeFacts,
  StateBadge,
} from './dossier-sections.js';
import { formTitle } from './dossier-text.js';
import type { DossierDetail } from './dossier-types.js';
import { dossierDetailQueryOptions, formUrl } from './dossiers-api.js';
import { IntakeHeader } from './intake-header.js';
import { InterAgencySection } from './inter-agency-section.js';
import { ProcessingActions } from './processing-actions.js';

/** The code once received; before that (Form 02, 03, online), whose dossier it is. */
function dossierTitle(t: TFunction, dossier: DossierDetail): string {
  return dossier.code ?? t('dossier.detail.untitled', { name: dossier.applicant.name });
}

export function DossierPage({ id }: { id: string }) {
  // The counter, the officers who process a dossier and the centre that decides its extension
  // all work from its page (the server shows each only the dossiers it may see).
  const mayProcess = useCan('dossier.process');
  const mayDecideExtension = useCan('dossier.extension.decide');
  const gate: Action = mayProcess
    ? 'dossier.process'
    : mayDecideExtension
      ? 'dossier.extension.decide'
      : 'dossier.receive';
  return (
    <RequirePermission action={gate}>
      <DossierScreen id={id} />
    </RequirePermission>
  );
}

function DossierScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const detail = useQuery(dossierDetailQueryOptions(id));
  const dossier = detail.data;
  return (
    <>
      <IntakeHeader
        title={dossier ? dossierTitle(t, dossier) : t('dossier.detail.title')}
        current="dossier"
      />
      {detail.isPending && <FullPageLoader />}
      {detail.isError &&
        (isApiError(detail.error) && detail.error.status === 404 ? (
          <Alert color="orange" icon={<IconInfoCircle aria-hidden />}>
            {t('dossier.detail.notFound')}
          </Alert>
        ) : (
          <ProblemAlert error={detail.error} />
        ))}
      {dossier && <DossierView dossier={dossier} />}
    </>
  );
}

/** Each form the dossier can print, opened as a PDF in its own tab (the browser prints it). */
function PrintButtons({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  if (dossier.forms.length === 0) return null;
  return (
    <Group gap="xs" className="no-print">
      {dossier.forms.map((form, at) => (
        <Button
          key={form}
          component="a"
          href={formUrl(dossier.id, form)}
          target="_blank"
          rel="noopener"
          variant={at === 0 ? 'filled' : 'light'}
          leftSection={<IconPrinter size={18} aria-hidden />}
          data-form={form}
        >
          {t('dossier.print', {
            form:
              form === '03' && dossier.processing.result?.kind === 'refused'
                ? t('dossier.refusalAfterAppraisal')
                : formTitle(t, form),
          })}
          <VisuallyHidden>{t('catalog.newTab')}</VisuallyHidden>
        </Button>
      ))}
    </Group>
  );
}

function DossierView({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  usePageTitle(dossierTitle(t, dossier));
  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" gap="sm">
            <div>
              <Text size="sm" c="dimmed">
                {dossier.procedure.code}
              </Text>
              <Title order={2} size="h3" lh={1.3}>
                {dossier.procedure.name}
              </Title>
            </div>
            <StateBadge dossier={dossier} />
          </Group>
          <PrintButtons dossier={dossier} />
          <DossierFacts dossier={dossier} />
        </Stack>
      </Paper>
      {dossier.state === 'awaiting_acceptance' && <AcceptancePanel dossier={dossier} />}
      <ProcessingActions detail={dossier} />
      <InterAgencySection dossier={dossier} />
      <OutcomeFacts dossier={dossier} />
      <DossierSection title={t('dossier.sections.applicant')}>
        <ApplicantFacts dossier={dossier} />
      </DossierSection>
      <DossierSection title={t('dossier.sections.checklist')}>
        <ComponentsList dossier={dossier} />
      </DossierSection>
      <DossierSection title={t('dossier.detail.history')}>
        <HistoryTimeline dossier={dossier} />
      </DossierSection>
      <Group className="no-print">
        <ButtonLink
          to="/tiep-nhan-ho-so"
          variant="light"
          leftSection={<IconFilePlus size={18} aria-hidden />}
        >
          {t('dossier.detail.next')}
        </ButtonLink>
      </Group>
    </Stack>
  );
}
