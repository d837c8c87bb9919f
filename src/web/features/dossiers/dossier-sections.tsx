import { Badge, Table, Text, Timeline, Title } from '@mantine/core';
import { IconCircleCheck, IconFile } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format-date.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatIsoDate } from '../calendar/day-text.js';
import { timeLimitText } from '../catalog/catalog-text.js';
import { DeadlineBadge } from './deadline-badge.js';
import {
  fileSizeText,
  historyActionText,
  isUnit,
  nationalStatusText,
  STATE_COLORS,
  stateText,
} from './dossier-text.js';
import type { DossierDetail } from './dossier-types.js';

export interface Fact {
  label: string;
  value: ReactNode;
}

export function Facts({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="dossier-facts">
      {facts.map((fact) => (
        <div key={fact.label} style={{ display: 'contents' }}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function DossierSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="dossier-section">
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

export function StateBadge({
  dossier,
}: {
  dossier: Pick<DossierDetail, 'state' | 'nationalStatus' | 'nationalStatusLabel'>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Badge
      color={STATE_COLORS[dossier.state]}
      variant="light"
      size="lg"
      className="dossier-print-plain"
      style={{ textTransform: 'none' }}
      data-testid="dossier-state"
    >
      {nationalStatusText(t, language, dossier.nationalStatus, dossier.nationalStatusLabel)}
    </Badge>
  );
}

const when = (iso: string | null) => (iso ? formatDateTime(iso) : '—');

/** What the dossier is, where it is and the times that bind it. */
export function DossierFacts({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { timeLimit } = dossier;
  const facts: Fact[] = [
    {
      label: t('dossier.detail.code'),
      value: <strong>{dossier.code ?? t('dossier.detail.noCode')}</strong>,
    },
    {
      label: t('dossier.detail.state'),
      value: `${nationalStatusText(t, language, dossier.nationalStatus, dossier.nationalStatusLabel)} (${t(`dossier.states.${dossier.state}`)})`,
    },
    {
      label: t('dossier.detail.procedure'),
      value: `${dossier.procedure.code} — ${dossier.procedure.name} (${t('dossier.detail.version', { version: dossier.procedure.versionNo })})`,
    },
    {
      label: t('dossier.detail.timeLimit'),
      value: isUnit(timeLimit.unit)
        ? timeLimitText(t, language, { amount: timeLimit.amount, unit: timeLimit.unit })
        : `${timeLimit.amount} ${timeLimit.unit}`,
    },
    { label: t('dossier.detail.channel'), value: t(`dossier.channels.${dossier.channel}`) },
    {
      label: t('dossier.detail.returnChannel'),
      value: t(`dossier.returnChannels.${dossier.returnChannel}`),
    },
    { label: t('dossier.detail.receivingAgency'), value: dossier.receivingAgency.name },
    { label: t('dossier.detail.competentAgency'), value: dossier.competentAgency.name },
    { label: t('dossier.detail.submittedAt'), value: when(dossier.submittedAt) },
  ];
  if (dossier.receivedAt)
    facts.push({ label: t('dossier.detail.receivedAt'), value: when(dossier.receivedAt) });
  if (dossier.dueAt)
    facts.push({
      label: t('dossier.detail.dueAt'),
      value: <strong>{when(dossier.dueAt)}</strong>,
    });
  if (dossier.transferDueAt)
    facts.push({ label: t('dossier.detail.transferDueAt'), value: when(dossier.transferDueAt) });
  if (dossier.acceptanceDueAt)
    facts.push({
      label: t('dossier.detail.acceptanceDueAt'),
      value:
        dossier.state === 'awaiting_acceptance' ? (
          <DeadlineBadge dueAt={dossier.acceptanceDueAt} />
        ) : (
          when(dossier.acceptanceDueAt)
        ),
    });
  if (dossier.postal) {
    facts.push({ label: t('dossier.channel.slipNumber'), value: dossier.postal.slipNumber });
    facts.push({
      label: t('dossier.channel.handedOverAt'),
      value: when(dossier.postal.handedOverAt),
    });
  }
  if (dossier.external)
    facts.push({
      label: t('dossier.detail.external'),
      value: `${dossier.external.system.toUpperCase()} ${dossier.external.code ?? dossier.external.id}`,
    });
  return <Facts facts={facts} />;
}

export function ApplicantFacts({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const { applicant, proxy } = dossier;
  const facts: Fact[] = [
    {
      label: t('dossier.applicant.kind'),
      value: t(`dossier.applicant.${applicant.kind}`),
    },
    {
      label:
        applicant.kind === 'citizen' ? t('dossier.applicant.name') : t('dossier.applicant.orgName'),
      value: applicant.name,
    },
  ];
  // An applicant imported from a previous system has only what that system kept.
  if (applicant.kind === 'citizen') {
    if (applicant.idNumber)
      facts.push({ label: t('dossier.applicant.idNumber'), value: applicant.idNumber });
    if ('birthDate' in applicant && applicant.birthDate)
      facts.push({
        label: t('dossier.applicant.birthDate'),
        value: formatIsoDate(applicant.birthDate),
      });
  } else {
    if (applicant.taxCode)
      facts.push({ label: t('dossier.applicant.taxCode'), value: applicant.taxCode });
    if ('representative' in applicant && applicant.representative)
      facts.push({ label: t('dossier.applicant.representative'), value: applicant.representative });
  }
  facts.push({
    label: t('dossier.detail.address'),
    value: dossier.applicantAddress,
  });
  if (applicant.phone) facts.push({ label: t('dossier.applicant.phone'), value: applicant.phone });
  if (applicant.email) facts.push({ label: t('dossier.applicant.email'), value: applicant.email });
  if (proxy) {
    facts.push({
      label: t('dossier.detail.proxy'),
      value: [proxy.name, proxy.idNumber, proxy.phone].filter(Boolean).join(' · '),
    });
    facts.push({ label: t('dossier.proxy.authorisation'), value: proxy.authorisation });
  }
  return <Facts facts={facts} />;
}

export function ComponentsList({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (dossier.components.length === 0) return <Text size="sm">{t('dossier.checklist.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table
        withTableBorder
        striped
        verticalSpacing={4}
        horizontalSpacing="xs"
        fz="sm"
        className="dossier-list"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dossier.checklist.name')}</Table.Th>
            <Table.Th w={90}>{t('dossier.checklist.provided')}</Table.Th>
            <Table.Th w={80}>{t('dossier.checklist.originals')}</Table.Th>
            <Table.Th w={80}>{t('dossier.checklist.copies')}</Table.Th>
            <Table.Th w={280}>{t('dossier.checklist.files')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dossier.components.map((component) => (
            <Table.Tr key={component.index}>
              <Table.Td>
                {component.name}
                {component.mandatory && (
                  <Text span size="xs" c="red.8">
                    {' '}
                    ({t('dossier.checklist.mandatory').toLowerCase()})
                  </Text>
                )}
                {component.note && (
                  <Text size="xs" c="dimmed">
                    {component.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {component.provided ? (
                  <Text span size="sm" c="teal.8">
                    <IconCircleCheck size={14} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
                    {t('dossier.yes')}
                  </Text>
                ) : (
                  t('dossier.no')
                )}
              </Table.Td>
              <Table.Td>{component.originals}</Table.Td>
              <Table.Td>{component.copies}</Table.Td>
              <Table.Td>
                {component.files.length === 0
                  ? '—'
                  : component.files.map((file) => (
                      <Text key={file.sha256} size="xs" title={file.sha256}>
                        <IconFile size={12} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
                        {file.name}{' '}
                        <Text span size="xs" c="dimmed">
                          ({file.mediaType}, {fileSizeText(file.size, language)})
                        </Text>
                      </Text>
                    ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function OutcomeFacts({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const outcome = dossier.outcome;
  if (!outcome) return null;
  const missing = outcome.missing ?? [];
  const reasons = outcome.reasons ?? [];
  if (missing.length === 0 && reasons.length === 0 && !outcome.note) return null;
  return (
    <DossierSection title={t('dossier.detail.outcome')}>
      {missing.length > 0 && (
        <Table withTableBorder verticalSpacing={4} fz="sm" mb="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dossier.detail.missingItem')}</Table.Th>
              <Table.Th>{t('dossier.detail.missingReason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {missing.map((item) => (
              <Table.Tr key={`${item.name}|${item.reason}`}>
                <Table.Td>{item.name}</Table.Td>
                <Table.Td>{item.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {reasons.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {reasons.map((reason) => (
            <li key={reason}>
              <Text size="sm">{reason}</Text>
            </li>
          ))}
        </ul>
      )}
      {outcome.note && (
        <Text size="sm" mt="xs">
          {t('dossier.note')}: {outcome.note}
        </Text>
      )}
    </DossierSection>
  );
}

/** Every transition, oldest first, with who made it. */
export function HistoryTimeline({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const entries = dossier.history;
  return (
    <Timeline active={entries.length - 1} bulletSize={18} lineWidth={2}>
      {entries.map((entry) => (
        <Timeline.Item
          key={`${entry.at}|${entry.action}|${entry.toState}`}
          title={
            <Text size="sm" fw={600}>
              {historyActionText(t, entry.action)}
            </Text>
          }
        >
          <Text size="xs" c="dimmed">
            {formatDateTime(entry.at)}
            {entry.actor.name ? ` · ${entry.actor.name}` : ''}
          </Text>
          <Text size="sm">
            {nationalStatusText(t, language, entry.nationalStatus)}
            {entry.fromState
              ? ` (${stateText(t, entry.fromState)} → ${stateText(t, entry.toState)})`
              : ` (${stateText(t, entry.toState)})`}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
