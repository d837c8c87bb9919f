import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Kbd,
  Modal,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ProcessingBody } from '../../../server/features/dossiers/dossiers.contract.js';
import { ApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { formatDate, formatDateTime } from '../../i18n/format-date.js';
import { fieldProblem } from '../../ui/field-problems.js';
import { focusFirstError } from '../../ui/focus-first-error.js';
import { notifySuccess } from '../../ui/notify.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { usersQueryOptions } from '../admin-users/users-api.js';
import { AgencySelect } from '../agencies/agency-select.js';
import { useCan } from '../auth/current-user.js';
import { unitText } from '../catalog/catalog-text.js';
import { inboxQueryKey } from '../inbox/inbox-api.js';
import { DeadlineBadge } from './deadline-badge.js';
import { isStaleDossierError } from './dossier-http.js';
import { isUnit } from './dossier-text.js';
import type { DossierDetail, DossierHistoryEntry } from './dossier-types.js';
import { dossierDetailQueryKey, dossiersQueryKey } from './dossiers-api.js';
import { MissingItemsModal, ReasonsModal, submitKeys } from './outcome-modals.js';

/** The body of POST /dossiers/{id}/actions, as the page sends it (defaults filled by the server). */
type ProcessingRequest = z.input<typeof ProcessingBody>;
type ProcessingAction = ProcessingRequest['action'];
type ActionFields<A extends ProcessingAction> = Omit<
  Extract<ProcessingRequest, { action: A }>,
  'version' | 'action'
>;
type AnyFields = { [A in ProcessingAction]: ActionFields<A> }[ProcessingAction];

/** In the order of the work: hand it out, work it, decide, hand the result over. */
export const PROCESSING_ACTIONS = [
  'assign',
  'claim',
  'consult',
  'record_reply',
  'request_supplement',
  'supplement',
  'close_unsupplemented',
  'request_extension',
  'decide_extension',
  'forward',
  'approve',
  'refuse_after_appraisal',
  'return_result',
  'correct_result',
  'withdraw',
] as const satisfies readonly ProcessingAction[];
/** An action this page has a button, a dialog and words for. */
type PageAction = (typeof PROCESSING_ACTIONS)[number];
type PageRequest = Extract<ProcessingRequest, { action: PageAction }>;

const DANGER: readonly PageAction[] = [
  'refuse_after_appraisal',
  'close_unsupplemented',
  'withdraw',
];

const RETURN_CHANNELS = ['counter', 'post', 'online'] as const;

function postAction(id: string, body: ProcessingRequest): Promise<DossierDetail> {
  return api<DossierDetail>(`/api/v1/dossiers/${encodeURIComponent(id)}/actions`, {
    method: 'POST',
    body,
  });
}

/**
 * Processing of a received dossier (issue 6): who has it, at which step and until when, the
 * supplement, extension and consultations, the result; and a button for each action the server
 * says this officer may take now. A stale version (someone acted first) reloads the dossier.
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
  const actions = PROCESSING_ACTIONS.filter(
    (a) => detail.allowedActions.includes(a) && offeredNow(a, detail, Date.now()),
  );
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
      {(open === 'withdraw' || open === 'correct_result') && (
        <ReasonsModal
          single
          title={t(`processing.actions.${open}`)}
          label={t('processing.fields.reason')}
          hint={t(`processing.hints.${open}`)}
          submitLabel={t(`processing.actions.${open}`)}
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

/**
 * Whether the dossier's facts leave the action open. The server's `allowedActions` answer who may
 * act in this state; the rules of processing.ts that hang on the facts refuse some of them anyway
 * (a second supplement or extension, an answer to no question, approving before the last step),
 * and a button that can only be refused is not offered. The server still decides.
 */
function offeredNow(action: PageAction, detail: DossierDetail, now: number): boolean {
  const p = detail.processing;
  const lastStep = p.step === null || p.step.index >= p.steps.length - 1;
  switch (action) {
    case 'request_supplement':
      return p.supplement === null;
    case 'close_unsupplemented':
      return (
        p.supplement !== null &&
        p.supplement.answeredAt === null &&
        now >= Date.parse(p.supplement.closesAt)
      );
    case 'request_extension':
      return p.extension === null && detail.dueAt !== null;
    case 'decide_extension':
      return p.extension !== null && p.extension.decision === null;
    case 'record_reply':
      return p.consultations.some((c) => c.answer === null);
    case 'forward':
      return !lastStep;
    case 'approve':
      return lastStep;
    default:
      return true;
  }
}

/** The actions with a dialog of their own in outcome-modals.tsx. */
const REASON_DIALOGS: readonly PageAction[] = ['request_supplement', 'withdraw', 'correct_result'];

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ display: 'contents' }}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The latest history entry of an action, whose data says what it changed. */
function lastEntry(detail: DossierDetail, action: PageAction): DossierHistoryEntry | null {
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

const VIETNAM_MIDNIGHT = /^00:00$/;
const timeInVietnam = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * A time limit counted in days ends with its last day: midnight after it reads "hết ngày 17/12",
 * not "18/12 00:00", which an applicant would take for a day more.
 */
function untilText(t: TFunction, iso: string): string {
  const at = new Date(iso);
  if (!VIETNAM_MIDNIGHT.test(timeInVietnam.format(at))) return formatDateTime(iso);
  return t('processing.endOfDay', { date: formatDate(new Date(at.getTime() - 1).toISOString()) });
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

function ProcessingFacts({ detail }: { detail: DossierDetail }) {
  const { t } = useTranslation();
  const p = detail.processing;
  const open = detail.state === 'in_progress' || detail.state === 'received';
  const items = p.supplement ? requestedItems(detail) : [];
  const supplemented = lastEntry(detail, 'supplement');
  // The due date the supplement set; a later extension moves the dossier's own.
  const restartedDue = isoOf(supplemented?.data.dueAt);
  const extended = lastEntry(detail, 'decide_extension');
  const centreNote = typeof extended?.data.note === 'string' ? extended.data.note : null;
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
              <span>{t('processing.documentCode', { code: p.result.documentCode })}</span>
            )}
          </Group>
          {p.result.reasons?.map((reason) => (
            <div key={reason}>• {reason}</div>
          ))}
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

interface ActionFormProps {
  action: PageAction;
  detail: DossierDetail;
  pending: boolean;
  error: unknown;
  onSubmit: (fields: AnyFields) => void;
  onCancel: () => void;
}

/** One value per request field, named as the server names it so its messages land on the input. */
interface ActionValues {
  handlerId: string | null;
  agencyId: string | null;
  question: string;
  workingDays: number | string;
  consultation: string | null;
  answer: string;
  reason: string;
  extra: number | string;
  decision: string;
  note: string;
  reasons: string;
  documentCode: string;
  late: boolean;
  lateExplanation: { who: string; why: string };
  channel: string | null;
}
type ActionValuesForm = UseFormReturnType<ActionValues>;

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The officers who may process at the competent agency, for a leader choosing one. */
function useHandlerOptions(detail: DossierDetail, enabled: boolean) {
  const users = useQuery({
    ...usersQueryOptions({ agencyId: detail.competentAgency.id, page: 1 }),
    enabled,
  });
  const options = (users.data?.items ?? [])
    .filter((u) => u.active && u.roles.some((r) => r.role === 'specialist' || r.role === 'leader'))
    .map((u) => ({ value: u.id, label: `${u.fullName} (${u.username})` }));
  return { options, loading: users.isPending && enabled, error: users.error };
}

/** The fields each action requires, in the order the form shows them. */
function requiredFields(action: PageAction, values: ActionValues): string[] {
  const late = values.late ? ['lateExplanation.who', 'lateExplanation.why'] : [];
  switch (action) {
    case 'assign':
      return ['handlerId'];
    case 'consult':
      return ['agencyId', 'question', 'workingDays'];
    case 'record_reply':
      return ['consultation', 'answer'];
    case 'request_extension':
      return ['reason', 'extra'];
    case 'refuse_after_appraisal':
      return ['reasons', ...late];
    case 'approve':
      return late;
    case 'return_result':
      return ['channel'];
    default:
      return [];
  }
}

function blank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && !value.trim());
}

function fieldsOf(action: PageAction, v: ActionValues): AnyFields {
  const lateExplanation = v.late
    ? { who: v.lateExplanation.who.trim(), why: v.lateExplanation.why.trim() }
    : undefined;
  const late = lateExplanation ? { lateExplanation } : {};
  switch (action) {
    case 'assign':
      return { handlerId: v.handlerId ?? '' };
    case 'forward':
      return v.handlerId ? { handlerId: v.handlerId } : {};
    case 'consult':
      return {
        agencyId: v.agencyId ?? '',
        question: v.question.trim(),
        workingDays: Number(v.workingDays),
      };
    case 'record_reply':
      return { consultation: Number(v.consultation), answer: v.answer.trim() };
    case 'request_extension':
      return { reason: v.reason.trim(), extra: Number(v.extra) };
    case 'decide_extension':
      return {
        approve: v.decision === 'approve',
        ...(v.note.trim() ? { note: v.note.trim() } : {}),
      };
    case 'refuse_after_appraisal':
      return { reasons: lines(v.reasons), ...late };
    case 'approve':
      return { ...(v.documentCode.trim() ? { documentCode: v.documentCode.trim() } : {}), ...late };
    case 'return_result':
      return { channel: v.channel as (typeof RETURN_CHANNELS)[number] };
    default:
      return {};
  }
}

/** A text field of the dialog: its value, its own check and the server's word on it. */
function TextField({
  form,
  path,
  label,
  description,
  serverError,
  required = false,
  autofocus = false,
  minRows = 3,
}: {
  form: ActionValuesForm;
  path: 'question' | 'answer' | 'reason' | 'note' | 'reasons' | 'lateExplanation.why';
  label: string;
  description?: string;
  serverError: string | undefined;
  required?: boolean;
  autofocus?: boolean;
  minRows?: number;
}) {
  return (
    <Textarea
      label={label}
      description={description}
      autosize
      minRows={minRows}
      required={required}
      data-autofocus={autofocus || undefined}
      {...form.getInputProps(path)}
      error={form.errors[path] ?? serverError}
    />
  );
}

function ActionForm({ action, detail, pending, error, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const mayListUsers = useCan('user.read');
  const needsHandler = action === 'assign' || (action === 'forward' && mayListUsers);
  const handlers = useHandlerOptions(detail, needsHandler && mayListUsers);
  const overdue = detail.dueAt !== null && new Date(detail.dueAt).getTime() < Date.now();
  const form = useForm<ActionValues>({
    initialValues: {
      handlerId: null,
      agencyId: null,
      question: '',
      workingDays: 5,
      consultation: firstOpenConsultation(detail),
      answer: '',
      reason: '',
      extra: 1,
      decision: 'approve',
      note: '',
      reasons: '',
      documentCode: '',
      late: overdue,
      lateExplanation: { who: '', why: '' },
      channel: detail.returnChannel,
    },
    validate: (values) => {
      const errors: Record<string, string> = {};
      for (const path of requiredFields(action, values)) {
        const value = path
          .split('.')
          .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], values);
        if (blank(value)) errors[path] = t('dossier.validation.required');
      }
      return errors;
    },
  });
  const apiError = error instanceof ApiError ? error : null;
  const problem = (field: string) => fieldProblem(apiError, field);
  const submit = form.onSubmit(
    (values) => onSubmit(fieldsOf(action, values)),
    (errors) => focusFirstError(formRef.current, errors),
  );
  const unit = detail.timeLimit.unit;
  const extension = detail.processing.extension;
  // A dialog that only confirms starts on its button, so that Enter confirms (Escape cancels).
  const confirmOnly =
    action === 'claim' ||
    action === 'supplement' ||
    action === 'close_unsupplemented' ||
    (action === 'forward' && !needsHandler);

  return (
    <form ref={formRef} noValidate onSubmit={submit} onKeyDown={submitKeys(formRef)}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t(`processing.hints.${action}`)}
        </Text>
        {error !== null && <ProblemAlert error={error} />}
        {needsHandler && (
          <Select
            label={t(
              action === 'assign' ? 'processing.fields.handler' : 'processing.fields.nextHandler',
            )}
            placeholder={handlers.loading ? t('app.loading') : undefined}
            data={handlers.options}
            searchable
            // Focused on opening, the list stays shut until the officer types or clicks, so that
            // it does not cover the dialog's buttons (the next handler is optional).
            openOnFocus={false}
            clearable={action === 'forward'}
            required={action === 'assign'}
            data-autofocus
            {...form.getInputProps('handlerId')}
            error={form.errors.handlerId ?? problem('handlerId')}
          />
        )}
        {needsHandler && handlers.error && <ProblemAlert error={handlers.error} />}
        {action === 'assign' && !mayListUsers && (
          <Alert color="orange">{t('processing.noUserList')}</Alert>
        )}
        {action === 'consult' && (
          <>
            <AgencySelect
              label={t('processing.fields.agency')}
              value={form.values.agencyId}
              onChange={(value) => form.setFieldValue('agencyId', value)}
              required
              error={form.errors.agencyId ?? problem('agencyId')}
            />
            <TextField
              form={form}
              path="question"
              label={t('processing.fields.question')}
              required
              serverError={problem('question')}
            />
            <NumberInput
              label={t('processing.fields.workingDays')}
              min={1}
              max={30}
              allowDecimal={false}
              required
              {...form.getInputProps('workingDays')}
              error={form.errors.workingDays ?? problem('workingDays')}
            />
          </>
        )}
        {action === 'record_reply' && (
          <>
            <Select
              label={t('processing.fields.consultation')}
              data={detail.processing.consultations.flatMap((c, index) =>
                c.answer === null
                  ? [{ value: String(index), label: `${index + 1}. ${c.question}` }]
                  : [],
              )}
              required
              {...form.getInputProps('consultation')}
              error={form.errors.consultation ?? problem('consultation')}
            />
            <TextField
              form={form}
              path="answer"
              label={t('processing.fields.answer')}
              required
              autofocus
              serverError={problem('answer')}
            />
          </>
        )}
        {action === 'request_extension' && (
          <>
            {detail.dueAt && (
              <Text size="sm">
                {t('processing.currentDue', { due: formatDateTime(detail.dueAt) })}
              </Text>
            )}
            <TextField
              form={form}
              path="reason"
              label={t('processing.fields.extensionReason')}
              required
              autofocus
              serverError={problem('reason')}
            />
            <NumberInput
              label={t('processing.fields.extra', {
                unit: isUnit(unit) ? unitText(t, unit, 2) : unit,
              })}
              min={1}
              max={365}
              allowDecimal={false}
              required
              {...form.getInputProps('extra')}
              error={form.errors.extra ?? problem('extra')}
            />
          </>
        )}
        {action === 'decide_extension' && (
          <>
            {extension && (
              <Paper withBorder p="xs" data-testid="extension-request">
                <Text size="sm">
                  {t('processing.extensionAsked', {
                    due: formatDateTime(extension.proposedDueAt),
                    at: formatDateTime(extension.requestedAt),
                  })}
                </Text>
                {detail.dueAt && (
                  <Text size="sm">
                    {t('processing.currentDue', { due: formatDateTime(detail.dueAt) })}
                  </Text>
                )}
                <Text size="sm">
                  {t('processing.extensionReason', { reason: extension.reason })}
                </Text>
              </Paper>
            )}
            <SegmentedControl
              data={[
                { value: 'approve', label: t('processing.fields.approveExtension') },
                { value: 'reject', label: t('processing.fields.rejectExtension') },
              ]}
              {...form.getInputProps('decision')}
            />
            <TextField
              form={form}
              path="note"
              label={t('processing.fields.note')}
              minRows={2}
              serverError={problem('note')}
            />
          </>
        )}
        {action === 'refuse_after_appraisal' && (
          <TextField
            form={form}
            path="reasons"
            label={t('processing.fields.reasons')}
            description={t('processing.fields.reasonsHint')}
            required
            autofocus
            serverError={problem('reasons')}
          />
        )}
        {action === 'approve' && (
          <TextInput
            label={t('processing.fields.documentCode')}
            maxLength={100}
            data-autofocus
            {...form.getInputProps('documentCode')}
            error={form.errors.documentCode ?? problem('documentCode')}
          />
        )}
        {(action === 'approve' || action === 'refuse_after_appraisal') && (
          <>
            <Checkbox
              label={t('processing.fields.late')}
              {...form.getInputProps('late', { type: 'checkbox' })}
            />
            {form.values.late && (
              <>
                <TextInput
                  label={t('processing.fields.lateWho')}
                  required
                  {...form.getInputProps('lateExplanation.who')}
                  error={form.errors['lateExplanation.who'] ?? problem('lateExplanation.who')}
                />
                <TextField
                  form={form}
                  path="lateExplanation.why"
                  label={t('processing.fields.lateWhy')}
                  minRows={2}
                  required
                  serverError={problem('lateExplanation.why')}
                />
              </>
            )}
          </>
        )}
        {action === 'return_result' && (
          <Select
            label={t('processing.fields.channel')}
            data={RETURN_CHANNELS.map((c) => ({
              value: c,
              label: t(`dossier.returnChannels.${c}`),
            }))}
            allowDeselect={false}
            required
            data-autofocus
            {...form.getInputProps('channel')}
            error={form.errors.channel ?? problem('channel')}
          />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('dossier.cancel')}
          </Button>
          <Button
            type="submit"
            loading={pending}
            color={DANGER.includes(action) ? 'red' : undefined}
            data-autofocus={confirmOnly || undefined}
            rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}
          >
            {t(`processing.actions.${action}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function firstOpenConsultation(detail: DossierDetail): string | null {
  const index = detail.processing.consultations.findIndex((c) => c.answer === null);
  return index >= 0 ? String(index) : null;
}
