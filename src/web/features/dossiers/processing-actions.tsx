import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ProcessingBody } from '../../../server/features/dossiers/dossiers.contract.js';
import { isApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { formatDateTime } from '../../i18n/format-date.js';
import { notifySuccess } from '../../ui/notify.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { usersQueryOptions } from '../admin-users/users-api.js';
import { AgencySelect } from '../agencies/agency-select.js';
import { useCan } from '../auth/current-user.js';
import { DeadlineBadge } from './deadline-badge.js';
import type { DossierDetail } from './dossier-types.js';
import { dossierDetailQueryKey, dossiersQueryKey } from './dossiers-api.js';

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

const DANGER: readonly ProcessingAction[] = [
  'refuse_after_appraisal',
  'close_unsupplemented',
  'withdraw',
];

function isProcessingAction(action: string): action is (typeof PROCESSING_ACTIONS)[number] {
  return (PROCESSING_ACTIONS as readonly string[]).includes(action);
}

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
  const [open, setOpen] = useState<ProcessingAction | null>(null);
  const [conflict, setConflict] = useState<unknown>(null);
  const act = useMutation({
    mutationFn: (body: ProcessingRequest) => postAction(detail.id, body),
    onSuccess: (next, body) => {
      queryClient.setQueryData(dossierDetailQueryKey(detail.id), next);
      void queryClient.invalidateQueries({ queryKey: dossiersQueryKey, refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: [...dossiersQueryKey, 'inbox'] });
      setOpen(null);
      setConflict(null);
      notifySuccess(t('processing.done', { action: t(`processing.actions.${body.action}`) }));
    },
    onError: (error) => {
      if (
        isApiError(error, 'DOSSIER_VERSION_CONFLICT') ||
        isApiError(error, 'DOSSIER_TRANSITION_FORBIDDEN')
      ) {
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
    act.mutate({ version: detail.version, action: open, ...fields } as ProcessingRequest);
  };
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
            {actions.filter(isProcessingAction).map((action, at) => (
              <Button
                key={action}
                data-action={action}
                color={DANGER.includes(action) ? 'red' : undefined}
                variant={at === 0 ? 'filled' : 'light'}
                onClick={() => {
                  act.reset();
                  setOpen(action);
                }}
              >
                {t(`processing.actions.${action}`)}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
      {open && (
        <Modal
          opened
          onClose={() => setOpen(null)}
          title={t(`processing.actions.${open}`)}
          size="lg"
        >
          <ActionForm
            key={`${open}-${detail.version}`}
            action={open}
            detail={detail}
            pending={act.isPending}
            error={act.isError ? act.error : null}
            onSubmit={submit}
            onCancel={() => setOpen(null)}
          />
        </Modal>
      )}
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" align="baseline" wrap="nowrap">
      <Text size="sm" c="dimmed" miw="11rem">
        {label}
      </Text>
      <div>{children}</div>
    </Group>
  );
}

function ProcessingFacts({ detail }: { detail: DossierDetail }) {
  const { t } = useTranslation();
  const p = detail.processing;
  const open = detail.state === 'in_progress' || detail.state === 'received';
  return (
    <Stack gap={4} data-testid="processing-facts">
      <Fact label={t('processing.handler')}>
        <Text size="sm">
          {p.handler ? (p.handler.name ?? p.handler.id) : t('processing.noHandler')}
        </Text>
      </Fact>
      {p.step && (
        <Fact label={t('processing.step')}>
          <Group gap="xs">
            <Text size="sm">
              {t('processing.stepOf', {
                number: p.step.index + 1,
                total: p.steps.length,
                name: p.step.name,
              })}
            </Text>
            {p.step.dueAt && open && <DeadlineBadge dueAt={p.step.dueAt} />}
          </Group>
        </Fact>
      )}
      {p.supplement && (
        <Fact label={t('processing.supplement')}>
          <Text size="sm">
            {p.supplement.answeredAt
              ? t('processing.supplementAnswered', {
                  at: formatDateTime(p.supplement.answeredAt),
                })
              : t('processing.supplementWaiting', {
                  at: formatDateTime(p.supplement.requestedAt),
                  closes: formatDateTime(p.supplement.closesAt),
                })}
          </Text>
        </Fact>
      )}
      {p.extension && (
        <Fact label={t('processing.extension')}>
          <Text size="sm">
            {t(`processing.extensionState.${p.extension.decision ?? 'pending'}`, {
              due: formatDateTime(p.extension.proposedDueAt),
            })}{' '}
            — {p.extension.reason}
          </Text>
        </Fact>
      )}
      {p.consultations.map((c, index) => (
        <Fact
          key={`${c.agencyId}-${c.askedAt}`}
          label={t('processing.consultation', { number: index + 1 })}
        >
          <Text size="sm">{c.question}</Text>
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
            <Text size="sm">{formatDateTime(p.result.decidedAt)}</Text>
            {p.result.documentCode && (
              <Text size="sm">{t('processing.documentCode', { code: p.result.documentCode })}</Text>
            )}
          </Group>
          {p.result.reasons?.map((reason) => (
            <Text key={reason} size="sm">
              • {reason}
            </Text>
          ))}
        </Fact>
      )}
      {p.returnedAt && (
        <Fact label={t('processing.returned')}>
          <Text size="sm" fw={600}>
            {t('processing.returnedAt', { at: formatDateTime(p.returnedAt) })}
          </Text>
        </Fact>
      )}
    </Stack>
  );
}

interface ActionFormProps {
  action: ProcessingAction;
  detail: DossierDetail;
  pending: boolean;
  error: unknown;
  onSubmit: (fields: AnyFields) => void;
  onCancel: () => void;
}

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

function ActionForm({ action, detail, pending, error, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const mayListUsers = useCan('user.read');
  const needsHandler = action === 'assign' || (action === 'forward' && mayListUsers);
  const handlers = useHandlerOptions(detail, needsHandler && mayListUsers);
  const [handlerId, setHandlerId] = useState<string | null>(null);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [number, setNumber] = useState<number | string>(action === 'consult' ? 5 : 1);
  const [choice, setChoice] = useState<string | null>(
    action === 'return_result'
      ? detail.returnChannel
      : action === 'decide_extension'
        ? 'approve'
        : action === 'record_reply'
          ? firstOpenConsultation(detail)
          : null,
  );
  const [items, setItems] = useState([{ name: '', reason: '' }]);
  const overdue = detail.dueAt !== null && new Date(detail.dueAt).getTime() < Date.now();
  const [late, setLate] = useState(overdue);
  const [who, setWho] = useState('');
  const [why, setWhy] = useState('');
  const [missing, setMissing] = useState(false);
  const lateExplanation =
    late && who.trim() && why.trim() ? { who: who.trim(), why: why.trim() } : undefined;

  const build = (): AnyFields | null => {
    switch (action) {
      case 'assign':
        return handlerId ? { handlerId } : null;
      case 'forward':
        return handlerId ? { handlerId } : {};
      case 'consult':
        return agencyId && text.trim() && typeof number === 'number'
          ? { agencyId, question: text.trim(), workingDays: number }
          : null;
      case 'record_reply':
        return choice !== null && text.trim()
          ? { consultation: Number(choice), answer: text.trim() }
          : null;
      case 'request_supplement': {
        const filled = items
          .map((i) => ({ name: i.name.trim(), reason: i.reason.trim() }))
          .filter((i) => i.name || i.reason);
        return filled.length > 0 && filled.every((i) => i.name && i.reason)
          ? { items: filled }
          : null;
      }
      case 'request_extension':
        return text.trim() && typeof number === 'number' && number > 0
          ? { reason: text.trim(), extra: number }
          : null;
      case 'decide_extension':
        return { approve: choice === 'approve', ...(text.trim() ? { note: text.trim() } : {}) };
      case 'refuse_after_appraisal': {
        const reasons = lines(text);
        if (reasons.length === 0 || (late && !lateExplanation)) return null;
        return { reasons, ...(lateExplanation ? { lateExplanation } : {}) };
      }
      case 'approve':
        if (late && !lateExplanation) return null;
        return {
          ...(text.trim() ? { documentCode: text.trim() } : {}),
          ...(lateExplanation ? { lateExplanation } : {}),
        };
      case 'return_result':
        return choice === 'counter' || choice === 'post' || choice === 'online'
          ? { channel: choice }
          : null;
      case 'correct_result':
      case 'withdraw':
        return text.trim() ? { reason: text.trim() } : null;
      default:
        return {};
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = build();
    if (!fields) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onSubmit(fields);
  };
  const required = (value: unknown) =>
    missing && (value === null || value === '' || (typeof value === 'string' && !value.trim()))
      ? t('processing.required')
      : null;

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t(`processing.hints.${action}`)}
        </Text>
        {error !== null && <ProblemAlert error={error} />}
        {missing && (
          <Alert color="orange" role="alert">
            {t('processing.fillRequired')}
          </Alert>
        )}
        {needsHandler && (
          <Select
            label={t(
              action === 'assign' ? 'processing.fields.handler' : 'processing.fields.nextHandler',
            )}
            placeholder={handlers.loading ? t('app.loading') : undefined}
            data={handlers.options}
            value={handlerId}
            onChange={setHandlerId}
            searchable
            clearable={action === 'forward'}
            required={action === 'assign'}
            error={action === 'assign' ? required(handlerId) : null}
            data-autofocus
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
              value={agencyId}
              onChange={setAgencyId}
              required
              error={required(agencyId)}
            />
            <Textarea
              label={t('processing.fields.question')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={3}
              required
              error={required(text)}
            />
            <NumberInput
              label={t('processing.fields.workingDays')}
              value={number}
              onChange={setNumber}
              min={1}
              max={30}
              allowDecimal={false}
              required
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
              value={choice}
              onChange={setChoice}
              required
              error={required(choice)}
            />
            <Textarea
              label={t('processing.fields.answer')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={3}
              required
              error={required(text)}
            />
          </>
        )}
        {action === 'request_supplement' && (
          <SupplementItems items={items} onChange={setItems} missing={missing} t={t} />
        )}
        {action === 'request_extension' && (
          <>
            <Textarea
              label={t('processing.fields.extensionReason')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={3}
              required
              error={required(text)}
              data-autofocus
            />
            <NumberInput
              label={t('processing.fields.extra', { unit: detail.timeLimit.unit })}
              value={number}
              onChange={setNumber}
              min={0.5}
              max={365}
              required
            />
          </>
        )}
        {action === 'decide_extension' && (
          <>
            <SegmentedControl
              value={choice ?? 'approve'}
              onChange={setChoice}
              data={[
                { value: 'approve', label: t('processing.fields.approveExtension') },
                { value: 'reject', label: t('processing.fields.rejectExtension') },
              ]}
            />
            <Textarea
              label={t('processing.fields.note')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={2}
            />
          </>
        )}
        {action === 'refuse_after_appraisal' && (
          <Textarea
            label={t('processing.fields.reasons')}
            description={t('processing.fields.reasonsHint')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={3}
            required
            error={required(text)}
            data-autofocus
          />
        )}
        {action === 'approve' && (
          <TextInput
            label={t('processing.fields.documentCode')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            maxLength={100}
            data-autofocus
          />
        )}
        {(action === 'approve' || action === 'refuse_after_appraisal') && (
          <>
            <Checkbox
              label={t('processing.fields.late')}
              checked={late}
              onChange={(e) => setLate(e.currentTarget.checked)}
            />
            {late && (
              <>
                <TextInput
                  label={t('processing.fields.lateWho')}
                  value={who}
                  onChange={(e) => setWho(e.currentTarget.value)}
                  required
                  error={required(who)}
                />
                <Textarea
                  label={t('processing.fields.lateWhy')}
                  value={why}
                  onChange={(e) => setWhy(e.currentTarget.value)}
                  autosize
                  minRows={2}
                  required
                  error={required(why)}
                />
              </>
            )}
          </>
        )}
        {action === 'return_result' && (
          <Select
            label={t('processing.fields.channel')}
            data={(['counter', 'post', 'online'] as const).map((c) => ({
              value: c,
              label: t(`processing.channels.${c}`),
            }))}
            value={choice}
            onChange={setChoice}
            allowDeselect={false}
            required
          />
        )}
        {(action === 'correct_result' || action === 'withdraw') && (
          <Textarea
            label={t('processing.fields.reason')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={3}
            required
            error={required(text)}
            data-autofocus
          />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('processing.cancel')}
          </Button>
          <Button
            type="submit"
            loading={pending}
            color={DANGER.includes(action) ? 'red' : undefined}
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

function SupplementItems({
  items,
  onChange,
  missing,
  t,
}: {
  items: { name: string; reason: string }[];
  onChange: (next: { name: string; reason: string }[]) => void;
  missing: boolean;
  t: TFunction;
}) {
  const set = (at: number, key: 'name' | 'reason', value: string) =>
    onChange(items.map((item, i) => (i === at ? { ...item, [key]: value } : item)));
  return (
    <Stack gap="xs">
      <Table withTableBorder verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('processing.fields.itemName')}</Table.Th>
            <Table.Th>{t('processing.fields.itemReason')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, at) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
            <Table.Tr key={at}>
              <Table.Td>
                <TextInput
                  aria-label={t('processing.fields.itemNameOf', { number: at + 1 })}
                  value={item.name}
                  onChange={(e) => set(at, 'name', e.currentTarget.value)}
                  error={missing && !item.name.trim() ? t('processing.required') : null}
                  data-autofocus={at === 0 ? true : undefined}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={t('processing.fields.itemReasonOf', { number: at + 1 })}
                  value={item.reason}
                  onChange={(e) => set(at, 'reason', e.currentTarget.value)}
                  error={missing && !item.reason.trim() ? t('processing.required') : null}
                />
              </Table.Td>
              <Table.Td>
                <Button
                  variant="subtle"
                  color="red"
                  px={6}
                  aria-label={t('processing.fields.removeItem', { number: at + 1 })}
                  disabled={items.length === 1}
                  onClick={() => onChange(items.filter((_, i) => i !== at))}
                >
                  <IconTrash size={16} aria-hidden />
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange([...items, { name: '', reason: '' }])}
        >
          {t('processing.fields.addItem')}
        </Button>
      </Group>
    </Stack>
  );
}
