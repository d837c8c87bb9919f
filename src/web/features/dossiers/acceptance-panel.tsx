import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconHandStop } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.js';
import { notifySuccess } from '../../ui/notify.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { DeadlineBadge } from './deadline-badge.js';
import { isStaleDossierError } from './dossier-http.js';
import type { DossierDetail } from './dossier-types.js';
import {
  acceptDossier,
  declineDossier,
  dossierDetailQueryKey,
  dossiersQueryKey,
  notificationsQueryKey,
  requestCorrection,
} from './dossiers-api.js';
import { MissingItemsModal, ReasonsModal } from './outcome-modals.js';

type Answer = 'accept' | 'correction' | 'decline';

/**
 * An online dossier waits for the counter's answer within 8 working hours: accept it, ask the
 * applicant to correct it, or say it is not this agency's to decide. Each answer carries the
 * version it was made on; a stale one (someone answered first) reloads the dossier.
 */
export function AcceptancePanel({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Exclude<Answer, 'accept'> | null>(null);
  const answer = useMutation({
    mutationFn: (
      request:
        | { kind: 'accept' }
        | {
            kind: 'correction';
            items: { name: string; reason: string }[];
            note?: string | undefined;
          }
        | { kind: 'decline'; reason: string },
    ) => {
      const version = dossier.version;
      if (request.kind === 'accept') return acceptDossier(dossier.id, { version });
      if (request.kind === 'correction')
        return requestCorrection(dossier.id, { version, items: request.items, note: request.note });
      return declineDossier(dossier.id, { version, reason: request.reason });
    },
    onSuccess: (next, request) => {
      queryClient.setQueryData(dossierDetailQueryKey(dossier.id), next);
      void queryClient.invalidateQueries({ queryKey: dossiersQueryKey, refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: [...dossiersQueryKey, 'list'] });
      void queryClient.invalidateQueries({ queryKey: [...dossiersQueryKey, 'awaiting'] });
      void queryClient.invalidateQueries({ queryKey: notificationsQueryKey });
      setDialog(null);
      notifySuccess(
        request.kind === 'accept'
          ? t('dossier.notices.accepted', { code: next.code ?? '' })
          : request.kind === 'correction'
            ? t('dossier.notices.correctionRequested')
            : t('dossier.notices.declined'),
      );
    },
    onError: (error) => {
      if (isStaleDossierError(error)) {
        setDialog(null);
        void queryClient.invalidateQueries({ queryKey: dossierDetailQueryKey(dossier.id) });
      }
    },
  });
  const can = (action: string) => dossier.allowedActions.includes(action);
  const error = answer.error instanceof ApiError ? answer.error : null;
  const stale = isStaleDossierError(answer.error);
  return (
    <Paper withBorder p="sm" className="no-print" bg="orange.0">
      <Stack gap="xs">
        <Text fw={600}>{t('dossier.acceptance.title')}</Text>
        {dossier.acceptanceDueAt && (
          <Group gap="xs">
            <Text size="sm">{t('dossier.acceptance.deadline')}</Text>
            <DeadlineBadge dueAt={dossier.acceptanceDueAt} />
          </Group>
        )}
        {stale && (
          <Alert color="orange" role="alert">
            {t('dossier.acceptance.stale')}
          </Alert>
        )}
        {answer.isError && !dialog && !stale && <ProblemAlert error={answer.error} />}
        <Group gap="xs">
          {can('accept') && (
            <Button
              color="green"
              leftSection={<IconCheck size={18} aria-hidden />}
              loading={answer.isPending && answer.variables?.kind === 'accept'}
              onClick={() => answer.mutate({ kind: 'accept' })}
            >
              {t('dossier.acceptance.accept')}
            </Button>
          )}
          {can('request_correction') && (
            <Button
              color="orange"
              variant="light"
              leftSection={<IconArrowBackUp size={18} aria-hidden />}
              onClick={() => {
                answer.reset();
                setDialog('correction');
              }}
            >
              {t('dossier.acceptance.correction')}
            </Button>
          )}
          {can('decline_not_competent') && (
            <Button
              color="red"
              variant="light"
              leftSection={<IconHandStop size={18} aria-hidden />}
              onClick={() => {
                answer.reset();
                setDialog('decline');
              }}
            >
              {t('dossier.acceptance.decline')}
            </Button>
          )}
        </Group>
      </Stack>
      {dialog === 'correction' && (
        <MissingItemsModal
          title={t('dossier.acceptance.correctionTitle')}
          submitLabel={t('dossier.acceptance.correctionSubmit')}
          list="items"
          withNote
          pending={answer.isPending}
          error={error}
          onSubmit={(items, note) => answer.mutate({ kind: 'correction', items, note })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'decline' && (
        <ReasonsModal
          single
          title={t('dossier.acceptance.declineTitle')}
          label={t('dossier.acceptance.declineReason')}
          hint={t('dossier.acceptance.declineHint')}
          submitLabel={t('dossier.acceptance.declineSubmit')}
          pending={answer.isPending}
          error={error}
          onSubmit={([reason = '']) => answer.mutate({ kind: 'decline', reason })}
          onClose={() => setDialog(null)}
        />
      )}
    </Paper>
  );
}
