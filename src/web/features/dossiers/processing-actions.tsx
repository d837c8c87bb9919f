import { Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { notifySuccess } from '../../ui/notify.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { inboxQueryKey } from '../inbox/inbox-api.js';
import { isStaleDossierError } from './dossier-http.js';
import type { DossierDetail } from './dossier-types.js';
import { dossierDetailQueryKey, dossiersQueryKey } from './dossiers-api.js';
import { MissingItemsModal, ReasonsModal } from './outcome-modals.js';
import { ProcessingFacts } from './processing-facts.js';
import {
  ActionForm,
  type AnyFields,
  DANGER,
  type PageAction,
  type PageRequest,
  PROCESSING_ACTIONS,
  type ProcessingRequest,
} from './processing-form.js';

function postAction(id: string, body: ProcessingRequest): Promise<DossierDetail> {
  return api<DossierDetail>(`/api/v1/dossiers/${encodeURIComponent(id)}/actions`, {
    method: 'POST',
    body,
  });
}

/** The actions with a dialog of their own in outcome-modals.tsx. */
const REASON_DIALOGS: readonly PageAction[] = ['request_supplement', 'withdraw'];

/**
 * Processing of a received dossier (issue 6): who has it, at which step and until when, the
 * supplement, extension and consultations, the result; and a button for each action the server
 * offers this officer now (`allowedActions`: whom the action is for, and whether the rules would
 * take it in the dossier's present facts). A stale version (someone acted first) reloads the
 * dossier.
 */
export function ProcessingActions({ detail }: { detail: DossierDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<PageAction | null>(null);
  const [conflict, setConflict] = useState<unknown>(null);
  const act = useMutation({
    mutationFn: (body: PageRequest) => postAction(detail.id, body),
    onSuccess: (next, body) => {
      queryClient.setQueryData(dossierDetailQueryKey(detail.id), next);
      void queryClient.invalidateQueries({ queryKey: dossiersQueryKey, refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: inboxQueryKey });
      setOpen(null);
      setConflict(null);
      notifySuccess(t('processing.done', { action: t(`processing.actions.${body.action}`) }));
    },
    onError: (error) => {
      if (isStaleDossierError(error)) {
        setOpen(null);
        setConflict(error);
        void queryClient.invalidateQueries({ queryKey: dossierDetailQueryKey(detail.id) });
      }
    },
  });
  const actions = PROCESSING_ACTIONS.filter((a) => detail.allowedActions.includes(a));
  const p = detail.processing;
  const started =
    p.handler !== null || p.step !== null || p.result !== null || p.supplement !== null;
  if (!started && actions.length === 0) return null;
  const submit = (fields: AnyFields) => {
    if (!open) return;
    act.mutate({ version: detail.version, action: open, ...fields } as PageRequest);
  };
  const close = () => setOpen(null);
  const error = act.error instanceof ApiError ? act.error : null;
  return (
    <Paper withBorder p="md" data-testid="processing">
      <Stack gap="sm">
        <Text fw={600}>{t('processing.title')}</Text>
        <ProcessingFacts detail={detail} />
        {conflict !== null && (
          <>
            <ProblemAlert error={conflict} />
            <Text size="sm" c="dimmed">
              {t('processing.reloaded')}
            </Text>
          </>
        )}
        {actions.length > 0 && (
          <Group
            gap="xs"
            className="no-print"
            role="group"
            aria-label={t('processing.actionsLabel')}
          >
            {actions.map((action, at) => (
              <Button
                key={action}
                data-action={action}
                color={DANGER.includes(action) ? 'red' : undefined}
                variant={at === 0 ? 'filled' : 'light'}
                onClick={() => {
                  act.reset();
                  setConflict(null);
                  setOpen(action);
                }}
              >
                {t(`processing.actions.${action}`)}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
      {open === 'request_supplement' && (
        <MissingItemsModal
          title={t('processing.actions.request_supplement')}
          submitLabel={t('processing.actions.request_supplement')}
          list="items"
          pending={act.isPending}
          error={error}
          onSubmit={(items) => submit({ items })}
          onClose={close}
        />
      )}
      {open === 'withdraw' && (
        <ReasonsModal
          single
          title={t('processing.actions.withdraw')}
          label={t('processing.fields.reason')}
          hint={t('processing.hints.withdraw')}
          submitLabel={t('processing.actions.withdraw')}
          pending={act.isPending}
          error={error}
          onSubmit={([reason = '']) => submit({ reason })}
          onClose={close}
        />
      )}
      {open && !REASON_DIALOGS.includes(open) && (
        <Modal opened onClose={close} title={t(`processing.actions.${open}`)} size="lg">
          <ActionForm
            key={`${open}-${detail.version}`}
            action={open}
            detail={detail}
            pending={act.isPending}
            error={act.isError ? act.error : null}
            onSubmit={submit}
            onCancel={close}
          />
        </Modal>
      )}
    </Paper>
  );
}
