import { Anchor, Badge, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format-date.js';
import { DeadlineBadge } from './deadline-badge.js';
import { untilText } from './dossier-text.js';
import type { DossierDetail, DossierHistoryEntry } from './dossier-types.js';
import { resultFileUrl } from './dossiers-api.js';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ display: 'contents' }}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The latest history entry of an action, whose data says what it changed. */
function lastEntry(detail: DossierDetail, action: string): DossierHistoryEntry | null {
  return detail.history.findLast((entry) => entry.action === action) ?? null;
}

const isoOf = (value: unknown): string | null =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;

/** What the supplement request asked for, as its history entry keeps it. */
function requestedItems(detail: DossierDetail): { name: string; reason: string }[] {
  const items = lastEntry(detail, 'request_supplement')?.data.items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    const { name, reason } = (item ?? {}) as { name?: unknown; reason?: unknown };
    return typeof name === 'string'
      ? [{ name, reason: typeof reason === 'string' ? reason : '' }]
      : [];
  });
}

/** "hẹn cũ …" beside a due date that an action moved, when it did move it. */
function PreviousDue({ entry, due }: { entry: DossierHistoryEntry | null; due: string | null }) {
  const { t } = useTranslation();
  const previous = isoOf(entry?.data.previousDueAt);
  if (!previous || !due || Date.parse(previous) === Date.parse(due)) return null;
  return (
    <Text span size="sm" c="dimmed">
      {' '}
      {t('processing.previousDue', { at: formatDateTime(previous) })}
    </Text>
  );
}

/**
 * Who has the dossier, at which step and until when, the supplement, extension and
 * consultations, and the result with its code and electronic file.
 */
export function ProcessingFacts({ detail }: { detail: DossierDetail }) {
  const { t } = useTranslation();
  const p = detail.processing;
  const open = detail.state === 'in_progress' || detail.state === 'received';
  const items = p.supplement ? requestedItems(detail) : [];
  const supplemented = lastEntry(detail, 'supplement');
  // The due date the supplement set; a later extension moves the dossier's own.
  const restartedDue = isoOf(supplemented?.data.dueAt);
  const extended = lastEntry(detail, 'decide_extension');
  const centreNote = typeof extended?.data.note === 'string' ? extended.data.note : null;
  const corrected = p.result ? lastEntry(detail, 'correct_result') : null;
  return (
    <dl className="dossier-facts" data-testid="processing-facts">
      <Fact label={t('processing.handler')}>
        {p.handler ? (p.handler.name ?? p.handler.id) : t('processing.noHandler')}
      </Fact>
      {p.step && (
        <Fact label={t('processing.step')}>
          <Group gap="xs">
            <span>
              {t('processing.stepOf', {
                number: p.step.index + 1,
                total: p.steps.length,
                name: p.step.name,
              })}
            </span>
            {p.step.dueAt && open && <DeadlineBadge dueAt={p.step.dueAt} />}
          </Group>
        </Fact>
      )}
      {p.supplement && (
        <Fact label={t('processing.supplement')}>
          <div>
            {p.supplement.answeredAt
              ? t('processing.supplementAnswered', {
                  at: formatDateTime(p.supplement.answeredAt),
                })
              : t('processing.supplementWaiting', {
                  at: formatDateTime(p.supplement.requestedAt),
                  closes: untilText(t, p.supplement.closesAt),
                })}
          </div>
          {p.supplement.answeredAt && restartedDue && (
            <div>
              {t('processing.clockRestarted', { due: formatDateTime(restartedDue) })}
              <PreviousDue entry={supplemented} due={restartedDue} />
            </div>
          )}
          {items.length > 0 && (
            <ul
              aria-label={t('processing.supplementItems')}
              style={{ margin: 0, paddingLeft: '1.25rem' }}
            >
              {items.map((item) => (
                <li key={`${item.name}|${item.reason}`}>
                  {item.reason ? `${item.name}: ${item.reason}` : item.name}
                </li>
              ))}
            </ul>
          )}
        </Fact>
      )}
      {p.extension && (
        <Fact label={t('processing.extension')}>
          <div>
            {t(`processing.extensionState.${p.extension.decision ?? 'pending'}`, {
              due: formatDateTime(p.extension.proposedDueAt),
            })}
            {p.extension.decision === 'approved' && (
              <PreviousDue entry={extended} due={p.extension.proposedDueAt} />
            )}
          </div>
          <div>{t('processing.extensionReason', { reason: p.extension.reason })}</div>
          {centreNote && <div>{t('processing.extensionNote', { note: centreNote })}</div>}
        </Fact>
      )}
      {p.consultations.map((c, index) => (
        <Fact
          key={`${c.agencyId}-${c.askedAt}`}
          label={t('processing.consultation', { number: index + 1 })}
        >
          <div>{c.question}</div>
          <Text size="xs" c="dimmed">
            {c.answer
              ? t('processing.consultationAnswered', {
                  answer: c.answer,
                  at: formatDateTime(c.answeredAt ?? c.askedAt),
                })
              : t('processing.consultationWaiting', { due: formatDateTime(c.dueAt) })}
          </Text>
        </Fact>
      ))}
      {p.result && (
        <Fact label={t('processing.result')}>
          <Group gap="xs">
            <Badge
              color={p.result.kind === 'granted' ? 'teal' : 'red'}
              style={{ textTransform: 'none' }}
            >
              {t(`processing.resultKind.${p.result.kind}`)}
            </Badge>
            <Badge
              variant="light"
              color={p.result.timeliness === 'late' ? 'red' : 'green'}
              style={{ textTransform: 'none' }}
            >
              {t(`processing.timeliness.${p.result.timeliness}`)}
            </Badge>
            <span>{formatDateTime(p.result.decidedAt)}</span>
            {p.result.documentCode && (
              <span data-testid="result-document-code">
                {t('processing.documentCode', { code: p.result.documentCode })}
              </span>
            )}
            {p.result.fileSha256 && (
              <Anchor
                href={resultFileUrl(detail.id)}
                target="_blank"
                rel="noopener"
                size="sm"
                className="no-print"
              >
                <IconFileTypePdf size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
                {t('processing.resultFile')}
                <VisuallyHidden>{t('catalog.newTab')}</VisuallyHidden>
              </Anchor>
            )}
          </Group>
          {p.result.reasons?.map((reason) => (
            <div key={reason}>• {reason}</div>
          ))}
          {corrected && (
            <Text size="sm" c="dimmed">
              {t('processing.corrected', {
                at: formatDateTime(corrected.at),
                reason: typeof corrected.data.reason === 'string' ? corrected.data.reason : '',
              })}
            </Text>
          )}
        </Fact>
      )}
      {p.returnedAt && (
        <Fact label={t('processing.returned')}>
          <strong>{t('processing.returnedAt', { at: formatDateTime(p.returnedAt) })}</strong>
        </Fact>
      )}
    </dl>
  );
}
