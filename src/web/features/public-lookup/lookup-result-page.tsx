import './lookup.css';

import {
  Alert,
  Badge,
  Group,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowLeft, IconInfoCircle, IconShieldCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useLocation } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.js';
import { formatDateTime } from '../../i18n/format-date.js';
import { useLanguage } from '../../i18n/use-language.js';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { AnchorLink } from '../../ui/router-links.js';
import { usePageTitle } from '../../ui/use-page-title.js';
import { nationalStatusText } from '../dossiers/dossier-text.js';
import type { LookupStage, PublicDossier } from '../dossiers/dossier-types.js';
import { publicDossierQueryOptions } from './lookup-api.js';
import { LookupForm } from './lookup-form.js';
import './lookup-state.js';

/** The way a dossier goes, as a citizen understands it; `stopped` leaves it. */
const STAGES: readonly Exclude<LookupStage, 'stopped'>[] = [
  'submitted',
  'received',
  'processing',
  'finished',
  'returned',
];

/** `/tra-cuu/$code`, where the receipt's QR code leads. */
export function LookupResultPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const fromForm = useLocation({ select: (location) => location.state.lookupVerifier });
  const [verifier, setVerifier] = useState(fromForm);
  const [appliedFromForm, setAppliedFromForm] = useState(fromForm);
  if (fromForm !== appliedFromForm) {
    setAppliedFromForm(fromForm);
    setVerifier(fromForm);
  }
  const lookup = useQuery(publicDossierQueryOptions(code, verifier));
  usePageTitle(t('lookup.resultTitle', { code }));
  return (
    <Stack gap="md" maw={760} className="lookup">
      <AnchorLink to="/tra-cuu" size="sm" className="no-print" w="fit-content">
        <Group gap={4} component="span" wrap="nowrap">
          <IconArrowLeft size={16} aria-hidden />
          {t('lookup.another')}
        </Group>
      </AnchorLink>
      <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
        {t('lookup.resultTitle', { code })}
      </Title>
      {lookup.isPending && <FullPageLoader />}
      {lookup.isError &&
        (isApiError(lookup.error) && lookup.error.status === 404 ? (
          <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />} role="alert">
            <Text fw={600}>{t('lookup.notFound')}</Text>
            <Text size="sm">{t('lookup.notFoundHint')}</Text>
          </Alert>
        ) : (
          <ProblemAlert error={lookup.error} />
        ))}
      {lookup.data && (
        <LookupResult
          dossier={lookup.data}
          verifierGiven={Boolean(verifier)}
          onVerify={(next) => setVerifier(next)}
        />
      )}
    </Stack>
  );
}

function LookupResult({
  dossier,
  verifierGiven,
  onVerify,
}: {
  dossier: PublicDossier;
  verifierGiven: boolean;
  onVerify: (verifier: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const statusRef = useRef<HTMLHeadingElement>(null);
  const { stage, percent } = dossier.progress;
  const at = STAGES.indexOf(stage as (typeof STAGES)[number]);
  const status =
    language === 'vi'
      ? dossier.status
      : nationalStatusText(t, language, dossier.nationalStatus, dossier.status);
  useEffect(() => {
    if (dossier.verified) statusRef.current?.focus();
  }, [dossier.verified]);
  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="section" aria-labelledby="lookup-status">
        <Stack gap="sm">
          <dl className="lookup-facts">
            <dt>{t('lookup.procedure')}</dt>
            <dd>
              <Text fw={600} lh={1.35}>
                {dossier.procedureName}
              </Text>
            </dd>
            <dt id="lookup-status-label">{t('lookup.status')}</dt>
            <dd>
              <Title order={2} size="h3" id="lookup-status" ref={statusRef} tabIndex={-1}>
                <Badge
                  size="xl"
                  variant="filled"
                  // The darker shades keep white text above 4.5:1 (WCAG 2.1 AA).
                  color={stage === 'stopped' ? 'red.9' : 'blue.8'}
                  style={{ textTransform: 'none' }}
                  className="lookup-status"
                >
                  {status}
                </Badge>
              </Title>
            </dd>
          </dl>
          {stage === 'stopped' ? (
            <Text c="gray.8">{t('lookup.stopped')}</Text>
          ) : (
            <>
              <ol className="lookup-stages" aria-label={t('lookup.stagesLabel')}>
                {STAGES.map((name, index) => (
                  <li
                    key={name}
                    data-state={index < at ? 'done' : index === at ? 'current' : 'todo'}
                    aria-current={index === at ? 'step' : undefined}
                  >
                    {t(`lookup.stages.${name}`)}
                    {index === at && <VisuallyHidden>{t('lookup.currentStage')}</VisuallyHidden>}
                  </li>
                ))}
              </ol>
              <div>
                <Text size="sm" id="lookup-progress-label" c="gray.8" mb={4}>
                  {t('lookup.progress', { percent })}
                </Text>
                <Progress
                  value={percent}
                  size="lg"
                  color={percent >= 100 && stage === 'processing' ? 'red' : 'blue'}
                  aria-labelledby="lookup-progress-label"
                />
              </div>
            </>
          )}
        </Stack>
      </Paper>

      {dossier.verified ? (
        <Paper withBorder p="md" component="section" aria-labelledby="lookup-details">
          <Group gap="xs" mb="xs">
            <IconShieldCheck size={20} color="var(--mantine-color-teal-8)" aria-hidden />
            <Title order={2} size="h4" id="lookup-details">
              {t('lookup.details')}
            </Title>
          </Group>
          <dl className="lookup-facts">
            {dossier.receivedAt && (
              <>
                <dt>{t('lookup.receivedAt')}</dt>
                <dd>{formatDateTime(dossier.receivedAt)}</dd>
              </>
            )}
            <dt>{t('lookup.currentStep')}</dt>
            <dd>{dossier.currentStep ?? '—'}</dd>
            <dt>{t('lookup.dueAt')}</dt>
            <dd>
              <strong>{dossier.dueAt ? formatDateTime(dossier.dueAt) : '—'}</strong>
            </dd>
          </dl>
        </Paper>
      ) : (
        <Paper
          withBorder
          p="md"
          component="section"
          aria-labelledby="lookup-verify"
          className="no-print"
        >
          <Title order={2} size="h4" id="lookup-verify" mb={4}>
            {t('lookup.verifyTitle')}
          </Title>
          {verifierGiven && (
            <Text size="sm" c="red.8" role="status" mb="xs">
              {t('lookup.verifyFailed')}
            </Text>
          )}
          <Text size="sm" c="gray.7" mb="sm">
            {t('lookup.verifyIntro')}
          </Text>
          <LookupForm
            withCode={false}
            initial={{ code: dossier.code, verifier: '' }}
            submitLabel={t('lookup.verifySubmit')}
            onSubmit={({ verifier }) => onVerify(verifier)}
          />
        </Paper>
      )}
    </Stack>
  );
}
