import {
  Button,
  Checkbox,
  Group,
  Kbd,
  List,
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
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ProcessingBody } from '../../../server/features/dossiers/dossiers.contract.js';
import { ApiError } from '../../api/api-error.js';
import { formatDateTime } from '../../i18n/format-date.js';
import { useLanguage } from '../../i18n/use-language.js';
import { fieldProblem } from '../../ui/field-problems.js';
import { focusFirstError } from '../../ui/focus-first-error.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { AgencySelect } from '../agencies/agency-select.js';
import { useCurrentUser } from '../auth/current-user.js';
import { procedureDetailQueryOptions } from '../catalog/catalog-api.js';
import { timeLimitText, unitText } from '../catalog/catalog-text.js';
import { isUnit, untilText } from './dossier-text.js';
import type { DossierDetail } from './dossier-types.js';
import { dossierHandlersQueryOptions } from './dossiers-api.js';
import type { UploadValue } from './intake-values.js';
import { submitKeys } from './outcome-modals.js';
import {
  defaultReturningAgency,
  derivedDocumentCode,
  legsOut,
  legsWaiting,
} from './processing-view.js';
import { ResultFileField, resultFileProblem } from './result-file-field.js';

/** The body of POST /dossiers/{id}/actions, as the page sends it (defaults filled by the server). */
export type ProcessingRequest = z.input<typeof ProcessingBody>;
type ProcessingAction = ProcessingRequest['action'];
type ActionFields<A extends ProcessingAction> = Omit<
  Extract<ProcessingRequest, { action: A }>,
  'version' | 'action'
>;
export type AnyFields = { [A in ProcessingAction]: ActionFields<A> }[ProcessingAction];

/**
 * In the order of the work: hand it out, send it to the partner agencies and take their parts
 * back, work it, decide, hand the result over. The server says which of them are open now.
 */
export const PROCESSING_ACTIONS = [
  'assign',
  'claim',
  'send_to_agencies',
  'return_from_agency',
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
export type PageAction = (typeof PROCESSING_ACTIONS)[number];
export type PageRequest = Extract<ProcessingRequest, { action: PageAction }>;

export const DANGER: readonly PageAction[] = [
  'refuse_after_appraisal',
  'close_unsupplemented',
  'withdraw',
];

const RETURN_CHANNELS = ['counter', 'post', 'online'] as const;

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
  resultType: string | null;
  documentCode: string;
  /** The electronic result as it uploads; the request carries its SHA-256 (`fileSha256`). */
  resultFile: UploadValue | null;
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

/** The officers who may take the dossier, for the one assigning it or handing it on. */
function useHandlerOptions(detail: DossierDetail, enabled: boolean) {
  const handlers = useQuery({ ...dossierHandlersQueryOptions(detail.id), enabled });
  const options = (handlers.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
  return { options, loading: handlers.isPending && enabled, error: handlers.error };
}

/**
 * The result types of the dossier's procedure version, for the approval: which one (when there
 * are several) and the code the server derives from it.
 */
function useResultTypes(detail: DossierDetail, enabled: boolean) {
  const version = useQuery({
    ...procedureDetailQueryOptions(detail.procedure.code, detail.procedure.versionNo),
    enabled,
    staleTime: 10 * 60_000,
  });
  return version.data?.content.results ?? [];
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
    case 'return_from_agency':
      return ['agencyId', 'note'];
    case 'request_extension':
      return ['reason', 'extra'];
    case 'refuse_after_appraisal':
      return ['reasons', ...late];
    case 'approve':
      return late;
    case 'correct_result':
      return ['reason'];
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
  const file = v.resultFile?.sha256 ? { fileSha256: v.resultFile.sha256 } : {};
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
    case 'return_from_agency':
      return { agencyId: v.agencyId ?? '', note: v.note.trim() };
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
      return {
        ...(v.resultType !== null ? { resultType: Number(v.resultType) } : {}),
        ...(v.documentCode.trim() ? { documentCode: v.documentCode.trim() } : {}),
        ...file,
        ...late,
      };
    case 'correct_result':
      return { reason: v.reason.trim(), ...file };
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

/** The agencies of the officer: home and those of their roles, to preselect a returning one. */
function useOwnAgencyIds(): string[] {
  const user = useCurrentUser();
  return [user.agency.id, ...user.roles.map((r) => r.agencyId)];
}

/** A dialog that only confirms starts on its button, so that Enter confirms (Escape cancels). */
function confirmsOnly(action: PageAction, needsHandler: boolean): boolean {
  return (
    action === 'claim' ||
    action === 'supplement' ||
    action === 'close_unsupplemented' ||
    action === 'send_to_agencies' ||
    (action === 'forward' && !needsHandler)
  );
}

export function ActionForm({
  action,
  detail,
  pending,
  error,
  onSubmit,
  onCancel,
}: ActionFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const needsHandler = action === 'assign' || action === 'forward';
  const handlers = useHandlerOptions(detail, needsHandler);
  const resultTypes = useResultTypes(detail, action === 'approve');
  const ownAgencies = useOwnAgencyIds();
  const out = legsOut(detail.processing.interAgency);
  const returning =
    action === 'return_from_agency' ? defaultReturningAgency(out, ownAgencies) : null;
  const overdue = detail.dueAt !== null && new Date(detail.dueAt).getTime() < Date.now();
  const form = useForm<ActionValues>({
    initialValues: {
      handlerId: null,
      agencyId: returning,
      question: '',
      workingDays: 5,
      consultation: firstOpenConsultation(detail),
      answer: '',
      reason: '',
      extra: 1,
      decision: 'approve',
      note: '',
      reasons: '',
      resultType: null,
      documentCode: '',
      resultFile: null,
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
      if (action === 'approve' || action === 'correct_result') {
        const file = resultFileProblem(values.resultFile, t);
        if (file) errors.resultFile = file;
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
  const confirmOnly = confirmsOnly(action, needsHandler);
  const fileField = (label: string, autofocus: boolean) => (
    <ResultFileField
      label={label}
      description={t('processing.fields.resultFileHint')}
      path="resultFile"
      value={form.values.resultFile}
      onChange={(change) => {
        form.setFieldValue('resultFile', change);
        form.clearFieldError('resultFile');
      }}
      error={form.errors.resultFile?.toString() ?? problem('fileSha256')}
      autofocus={autofocus}
    />
  );

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
        {action === 'send_to_agencies' && <AgenciesToSend detail={detail} />}
        {action === 'return_from_agency' && (
          <>
            <Select
              label={t('processing.fields.partnerAgency')}
              data={out.map((leg) => ({
                value: leg.agency.id,
                label: leg.dueAt
                  ? t('processing.interAgency.legOption', {
                      name: leg.agency.name,
                      due: untilText(t, leg.dueAt),
                    })
                  : leg.agency.name,
              }))}
              allowDeselect={false}
              openOnFocus={false}
              required
              data-autofocus={returning === null || undefined}
              {...form.getInputProps('agencyId')}
              error={form.errors.agencyId ?? problem('agencyId')}
            />
            <TextField
              form={form}
              path="note"
              label={t('processing.fields.partnerNote')}
              required
              autofocus={returning !== null}
              serverError={problem('note')}
            />
          </>
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
          <>
            {/* The signed result is what the leader has in hand: the dialog starts on its file. */}
            {fileField(t('processing.fields.resultFile'), true)}
            {resultTypes.length > 1 && (
              <Select
                label={t('processing.fields.resultType')}
                placeholder={resultTypes[0]?.name}
                data={resultTypes.map((type, index) => ({
                  value: String(index),
                  label: type.resultTypeCode ? `${type.name} (${type.resultTypeCode})` : type.name,
                }))}
                openOnFocus={false}
                {...form.getInputProps('resultType')}
                error={form.errors.resultType ?? problem('resultType')}
              />
            )}
            <DocumentCodeField
              form={form}
              detail={detail}
              resultTypeCode={resultTypes[Number(form.values.resultType ?? 0)]?.resultTypeCode}
              error={apiError}
            />
          </>
        )}
        {action === 'correct_result' && (
          <>
            <TextField
              form={form}
              path="reason"
              label={t('processing.fields.reason')}
              required
              autofocus
              serverError={problem('reason')}
            />
            {fileField(t('processing.fields.correctedFile'), false)}
          </>
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

/**
 * The result's code: left empty, the server gives the owner's ID number + the result type's code
 * (shown as the hint when the catalog has the type's code); a typed code is checked, and when it
 * is refused the right one is a click away.
 */
function DocumentCodeField({
  form,
  detail,
  resultTypeCode,
  error,
}: {
  form: ActionValuesForm;
  detail: DossierDetail;
  resultTypeCode: string | null | undefined;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const derived = derivedDocumentCode(detail.applicant, resultTypeCode);
  const expected =
    error?.code === 'RESULT_DOCUMENT_CODE_INVALID' &&
    typeof error.extensions.expectedDocumentCode === 'string'
      ? error.extensions.expectedDocumentCode
      : null;
  return (
    <Stack gap={4}>
      <TextInput
        label={t('processing.fields.documentCode')}
        description={
          derived
            ? t('processing.fields.documentCodeHint', { code: derived })
            : t('processing.fields.documentCodeHintGeneric')
        }
        placeholder={derived ?? undefined}
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
        {...form.getInputProps('documentCode')}
        error={form.errors.documentCode ?? fieldProblem(error, 'documentCode')}
      />
      {expected && expected !== form.values.documentCode.trim() && (
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          onClick={() => form.setFieldValue('documentCode', expected)}
        >
          {t('processing.fields.useExpectedCode', { code: expected })}
        </Button>
      )}
    </Stack>
  );
}

/** The partner agencies the dossier has still to go to, in order, with the time each has. */
function AgenciesToSend({ detail }: { detail: DossierDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const waiting = legsWaiting(detail.processing.interAgency);
  if (waiting.length === 0) return null;
  return (
    <div>
      <Text size="sm">{t('processing.interAgency.toSend')}</Text>
      <List type="ordered" size="sm" data-testid="agencies-to-send">
        {waiting.map(({ agency, share }) => (
          <List.Item key={agency.id}>
            {agency.name}
            {' — '}
            {isUnit(share.unit)
              ? timeLimitText(t, language, { amount: share.amount, unit: share.unit })
              : `${share.amount} ${share.unit}`}
          </List.Item>
        ))}
      </List>
    </div>
  );
}

function firstOpenConsultation(detail: DossierDetail): string | null {
  const index = detail.processing.consultations.findIndex((c) => c.answer === null);
  return index >= 0 ? String(index) : null;
}
