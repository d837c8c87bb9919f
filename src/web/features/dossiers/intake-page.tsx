import './dossiers.css';

import {
  Alert,
  Button,
  Fieldset,
  Group,
  Kbd,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { IconAlertTriangle, IconCheck, IconFileAlert, IconScan, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.js';
import type { Agency } from '../../api/types.js';
import { useLanguage } from '../../i18n/use-language.js';
import { fieldPath } from '../../ui/field-problems.js';
import { focusFirstError } from '../../ui/focus-first-error.js';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { notifySuccess } from '../../ui/notify.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { foldVietnamese } from '../agencies/fold-vietnamese.js';
import { RequirePermission } from '../auth/require-permission.js';
import { procedureDetailQueryOptions } from '../catalog/catalog-api.js';
import { timeLimitText } from '../catalog/catalog-text.js';
import { ApplicantFields, ProxyFields } from './applicant-fields.js';
import { Checklist } from './checklist.js';
import { CounterSelect, useCounters } from './counter-select.js';
import type { AdminUnit, IntakeOutcome, MissingItem } from './dossier-types.js';
import {
  adminUnitsQueryOptions,
  createDossier,
  dossierDetailQueryKey,
  dossiersQueryKey,
} from './dossiers-api.js';
import { idempotencyKeys } from './idempotency-key.js';
import { IntakeHeader } from './intake-header.js';
import { intakeErrors } from './intake-rules.js';
import {
  componentValues,
  type IntakeValues,
  initialIntakeValues,
  intakeRequest,
  missingMandatory,
  type OutcomeExtras,
  vietnamNowLocal,
} from './intake-values.js';
import { MissingItemsModal, ReasonsModal } from './outcome-modals.js';
import { ProcedurePicker } from './procedure-picker.js';
import { parseScan } from './scan-input.js';
import { useScanUploads } from './use-scan-uploads.js';

export function IntakePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission action="dossier.receive">
      <IntakeHeader title={t('dossier.intakeTitle')} current="new" />
      <IntakeScreen />
    </RequirePermission>
  );
}

function IntakeScreen() {
  const { counters, initial, pending } = useCounters();
  if (pending) return <FullPageLoader />;
  return <IntakeForm counters={counters} initialCounter={initial} />;
}

type Dialog = 'incomplete' | 'refused' | null;

function IntakeForm({
  counters,
  initialCounter,
}: {
  counters: readonly Agency[];
  initialCounter: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const procedureRef = useFocusOnMount<HTMLInputElement>();
  const scanRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const phoneRef = useRef<HTMLInputElement>(null);
  const unitRef = useRef<HTMLInputElement>(null);
  const keyFor = useMemo(() => idempotencyKeys(), []);

  const form = useForm<IntakeValues>({ initialValues: initialIntakeValues(initialCounter) });
  const uploads = useScanUploads(form);
  const [unit, setUnit] = useState<AdminUnit | null>(null);
  const [unitHint, setUnitHint] = useState<string | undefined>(undefined);
  const [scan, setScan] = useState('');
  const [scanNotice, setScanNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);

  const code = form.values.procedureCode;
  const procedure = useQuery({ ...procedureDetailQueryOptions(code), enabled: code !== '' });
  const content = procedure.data?.nationalCode === code ? procedure.data.content : undefined;
  const counterWay = content?.ways.some((way) => way.channel === 'counter') ?? true;
  const postAllowed = content?.postalAllowed ?? false;

  const pickProcedure = (next: string) => {
    form.setFieldValue('procedureCode', next);
    form.clearFieldError('procedureCode');
    form.setFieldValue('components', []);
    if (!next) return;
    void queryClient
      .fetchQuery(procedureDetailQueryOptions(next))
      .then((detail) => {
        if (form.getValues().procedureCode !== next) return;
        form.setFieldValue('components', componentValues(detail.content.components));
        if (!detail.content.postalAllowed && form.getValues().channel === 'post')
          form.setFieldValue('channel', 'counter');
      })
      .catch(() => undefined);
    scanRef.current?.focus();
  };

  const applyScan = async (raw: string) => {
    const result = parseScan(raw);
    setScan('');
    if (result.kind === 'unknown') {
      setScanNotice({ ok: false, text: t('dossier.scan.unknown') });
      return;
    }
    if (result.kind === 'taxCode') {
      form.setFieldValue('applicant.kind', 'organisation');
      form.setFieldValue('applicant.taxCode', result.taxCode);
      form.clearFieldError('applicant.taxCode');
      setScanNotice({ ok: true, text: t('dossier.scan.filledTax', { code: result.taxCode }) });
      nameRef.current?.focus();
      return;
    }
    form.setFieldValue('applicant.kind', 'citizen');
    form.setFieldValue('applicant.idNumber', result.idNumber);
    form.clearFieldError('applicant.idNumber');
    if (result.kind === 'idNumber') {
      setScanNotice({ ok: true, text: t('dossier.scan.filledId', { id: result.idNumber }) });
      nameRef.current?.focus();
      return;
    }
    form.setFieldValue('applicant.name', result.name);
    form.clearFieldError('applicant.name');
    if (result.birthDate) form.setFieldValue('applicant.birthDate', result.birthDate);
    setScanNotice({ ok: true, text: t('dossier.scan.filledCard', { name: result.name }) });
    const address = result.address;
    if (!address) {
      phoneRef.current?.focus();
      return;
    }
    form.setFieldValue('applicant.address.detail', address.detail);
    form.clearFieldError('applicant.address.detail');
    if (!address.unitHint) {
      unitRef.current?.focus();
      return;
    }
    // The commune on the card, if the national list has exactly it in the card's province.
    const units = await queryClient
      .fetchQuery(adminUnitsQueryOptions(address.unitHint))
      .then((response) => response.items)
      .catch(() => [] as AdminUnit[]);
    const residence = foldVietnamese(raw);
    const matches = units.filter(
      (candidate) =>
        foldVietnamese(candidate.name) === foldVietnamese(address.unitHint) &&
        residence.includes(
          foldVietnamese(candidate.provinceName.replace(/^(Tỉnh|Thành phố)\s+/u, '')),
        ),
    );
    const [only] = matches;
    if (matches.length === 1 && only) {
      setUnit(only);
      form.setFieldValue('applicant.address.unitCode', only.code);
      form.clearFieldError('applicant.address.unitCode');
      phoneRef.current?.focus();
    } else {
      setUnitHint(address.unitHint);
      unitRef.current?.focus();
    }
  };

  const onScanKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (scan.trim()) void applyScan(scan);
  };

  const submit = useMutation({
    mutationFn: (body: ReturnType<typeof intakeRequest>) =>
      createDossier(queryClient, body, keyFor(body)),
    onSuccess: async (dossier, body) => {
      queryClient.setQueryData(dossierDetailQueryKey(dossier.id), dossier);
      void queryClient.invalidateQueries({ queryKey: [...dossiersQueryKey, 'list'] });
      notifySuccess(
        body.outcome === 'received'
          ? t('dossier.notices.received', { code: dossier.code ?? '' })
          : body.outcome === 'incomplete'
            ? t('dossier.notices.incomplete')
            : t('dossier.notices.refused'),
      );
      setDialog(null);
      await navigate({ to: '/tiep-nhan-ho-so/$id', params: { id: dossier.id } });
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      const errors: Record<string, string> = {};
      for (const problem of error.errors) {
        const path = fieldPath(problem.field);
        if (/^(missing|reasons)(\.|$)/.test(path)) continue;
        errors[path || 'form'] = problem.message;
      }
      if (Object.keys(errors).length === 0) return;
      setDialog(null);
      form.setErrors({ ...form.errors, ...errors });
      // The dialog's closing gives focus back first; the field in error should have it last.
      setTimeout(() => focusFirstError(formRef.current, errors), 0);
    },
  });

  const check = (outcome: IntakeOutcome): boolean => {
    const errors = intakeErrors(t, form.getValues(), outcome);
    form.setErrors(errors);
    if (Object.keys(errors).length === 0) return true;
    focusFirstError(formRef.current, errors);
    return false;
  };

  const send = (outcome: IntakeOutcome, extras?: OutcomeExtras) => {
    if (submit.isPending) return;
    submit.reset();
    submit.mutate(intakeRequest(form.getValues(), outcome, extras));
  };

  const receive = () => {
    if (dialog || submit.isPending) return;
    if (check('received')) send('received');
  };
  const askIncomplete = () => {
    if (dialog || submit.isPending) return;
    submit.reset();
    if (check('incomplete')) setDialog('incomplete');
  };
  const askRefuse = () => {
    if (dialog || submit.isPending) return;
    submit.reset();
    if (check('refused')) setDialog('refused');
  };

  useHotkeys(
    [
      ['alt+Digit1', receive, { usePhysicalKeys: true }],
      ['mod+Enter', receive],
      ['alt+Digit2', askIncomplete, { usePhysicalKeys: true }],
      ['alt+Digit3', askRefuse, { usePhysicalKeys: true }],
      ['alt+q', () => scanRef.current?.focus(), { usePhysicalKeys: true }],
      ['alt+t', () => procedureRef.current?.focus(), { usePhysicalKeys: true }],
    ],
    [],
  );

  // The server puts these on Form 02 itself, with its own reason; the dialog shows them as such.
  const missingFixed: MissingItem[] = missingMandatory(form.values.components).map((row) => ({
    name: row.name,
    reason: t('dossier.incomplete.notProvided'),
  }));
  const mainError = submit.isError && !dialog ? submit.error : null;
  const dialogError = submit.error instanceof ApiError && dialog ? submit.error : null;

  return (
    <>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => event.preventDefault()}
        className="intake-form"
      >
        <Stack gap="md">
          <Fieldset legend={t('dossier.sections.procedure')} variant="filled" p="sm">
            <Group gap="xs" align="flex-start" wrap="wrap">
              <CounterSelect
                counters={counters}
                required
                style={{ flex: '1 1 18rem' }}
                {...form.getInputProps('receivingAgencyId')}
                onChange={(value) => form.setFieldValue('receivingAgencyId', value ?? '')}
              />
              <ProcedurePicker
                ref={procedureRef}
                label={t('dossier.procedure')}
                description={
                  <>
                    <Kbd size="xs">Alt+T</Kbd> {t('dossier.procedureHint')}
                  </>
                }
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                required
                style={{ flex: '3 1 28rem' }}
                value={code}
                onChange={pickProcedure}
                error={form.errors.procedureCode}
                data-path="procedureCode"
              />
            </Group>
            {procedure.isError && <ProblemAlert error={procedure.error} />}
            {procedure.data && content && (
              <Text size="sm" mt="xs">
                {t('dossier.procedureInfo', {
                  version: procedure.data.versionNo,
                  agency: procedure.data.competentAgencyName,
                  limit: timeLimitText(t, language, content.timeLimit),
                })}
              </Text>
            )}
            {content && !counterWay && (
              <Alert color="orange" mt="xs" icon={<IconAlertTriangle aria-hidden />}>
                {t('dossier.noCounterWay')}
              </Alert>
            )}
          </Fieldset>

          <Fieldset legend={t('dossier.sections.applicant')} p="sm">
            <Stack gap="xs">
              <TextInput
                ref={scanRef}
                label={t('dossier.scan.label')}
                description={
                  <>
                    <Kbd size="xs">Alt+Q</Kbd> {t('dossier.scan.hint')}
                  </>
                }
                inputWrapperOrder={['label', 'input', 'description']}
                placeholder={t('dossier.scan.placeholder')}
                leftSection={<IconScan size={18} aria-hidden />}
                autoComplete="off"
                spellCheck={false}
                value={scan}
                onChange={(event) => setScan(event.currentTarget.value)}
                onKeyDown={onScanKey}
                className="no-print"
              />
              <Text
                size="sm"
                c={scanNotice?.ok === false ? 'red.8' : 'teal.8'}
                role="status"
                aria-live="polite"
              >
                {scanNotice?.text ?? ''}
              </Text>
              <ApplicantFields
                form={form}
                unit={unit}
                onUnitChange={setUnit}
                unitHint={unitHint}
                nameRef={nameRef}
                phoneRef={phoneRef}
                unitRef={unitRef}
              />
              <ProxyFields form={form} />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('dossier.sections.checklist')} p="sm">
            {!code ? (
              <Text size="sm" c="dimmed">
                {t('dossier.checklist.pickProcedure')}
              </Text>
            ) : form.values.components.length === 0 ? (
              <Text size="sm" c="dimmed">
                {procedure.isPending ? t('app.loading') : t('dossier.checklist.empty')}
              </Text>
            ) : (
              <Checklist form={form} uploads={uploads} />
            )}
            {typeof form.errors.components === 'string' && (
              <Text size="sm" c="red.8" role="alert" mt="xs">
                {form.errors.components}
              </Text>
            )}
          </Fieldset>

          <Fieldset legend={t('dossier.sections.channel')} p="sm">
            <Stack gap="xs">
              <Group gap="lg" align="flex-end" wrap="wrap">
                <div>
                  <Text size="sm" fw={500} mb={4} id="intake-channel">
                    {t('dossier.channel.label')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="intake-channel"
                    size="xs"
                    data={[
                      { value: 'counter', label: t('dossier.channel.counter') },
                      {
                        value: 'post',
                        label: t('dossier.channel.post'),
                        disabled: content !== undefined && !postAllowed,
                      },
                    ]}
                    value={form.values.channel}
                    onChange={(value) => {
                      form.setFieldValue('channel', value === 'post' ? 'post' : 'counter');
                      if (value === 'post' && !form.getValues().postal.handedOverAt)
                        form.setFieldValue('postal.handedOverAt', vietnamNowLocal());
                    }}
                  />
                </div>
                <div>
                  <Text size="sm" fw={500} mb={4} id="intake-return">
                    {t('dossier.channel.returnChannel')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="intake-return"
                    size="xs"
                    data={[
                      { value: 'counter', label: t('dossier.returnChannels.counter') },
                      { value: 'post', label: t('dossier.returnChannels.post') },
                      { value: 'online', label: t('dossier.returnChannels.online') },
                    ]}
                    {...form.getInputProps('returnChannel')}
                  />
                </div>
              </Group>
              {content && !postAllowed && (
                <Text size="xs" c="dimmed">
                  {t('dossier.channel.postNotAllowed')}
                </Text>
              )}
              {form.values.channel === 'post' && (
                <Group gap="xs" align="flex-start" wrap="wrap">
                  <TextInput
                    label={t('dossier.channel.slipNumber')}
                    required
                    autoComplete="off"
                    style={{ flex: '1 1 12rem' }}
                    {...form.getInputProps('postal.slipNumber')}
                  />
                  <TextInput
                    type="datetime-local"
                    label={t('dossier.channel.handedOverAt')}
                    description={t('dossier.channel.handedOverHint')}
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    required
                    style={{ flex: '1 1 14rem' }}
                    {...form.getInputProps('postal.handedOverAt')}
                  />
                </Group>
              )}
              <Textarea
                label={t('dossier.note')}
                autosize
                minRows={1}
                maxRows={4}
                {...form.getInputProps('note')}
              />
            </Stack>
          </Fieldset>

          <Paper withBorder p="sm" className="intake-actions no-print" shadow="sm">
            <Stack gap="xs">
              {mainError && <ProblemAlert error={mainError} />}
              <Group gap="sm" wrap="wrap">
                <Button
                  color="green"
                  leftSection={<IconCheck size={18} aria-hidden />}
                  rightSection={<Kbd size="xs">Alt+1</Kbd>}
                  loading={submit.isPending && !dialog}
                  onClick={receive}
                  aria-keyshortcuts="Alt+1 Control+Enter"
                >
                  {t('dossier.actions.receive')}
                </Button>
                <Button
                  color="orange"
                  variant="light"
                  leftSection={<IconFileAlert size={18} aria-hidden />}
                  rightSection={<Kbd size="xs">Alt+2</Kbd>}
                  onClick={askIncomplete}
                  disabled={submit.isPending}
                  aria-keyshortcuts="Alt+2"
                >
                  {t('dossier.actions.incomplete')}
                </Button>
                <Button
                  color="red"
                  variant="light"
                  leftSection={<IconX size={18} aria-hidden />}
                  rightSection={<Kbd size="xs">Alt+3</Kbd>}
                  onClick={askRefuse}
                  disabled={submit.isPending}
                  aria-keyshortcuts="Alt+3"
                >
                  {t('dossier.actions.refuse')}
                </Button>
                <Text size="xs" c="dimmed">
                  {t('dossier.actions.receiveHint')} <Kbd size="xs">Ctrl+Enter</Kbd>
                </Text>
              </Group>
            </Stack>
          </Paper>
        </Stack>
      </form>

      {dialog === 'incomplete' && (
        <MissingItemsModal
          title={t('dossier.incomplete.title')}
          submitLabel={t('dossier.incomplete.submit')}
          fixed={missingFixed}
          list="missing"
          pending={submit.isPending}
          error={dialogError}
          onSubmit={(missing) => send('incomplete', { missing })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'refused' && (
        <ReasonsModal
          title={t('dossier.refuse.title')}
          label={t('dossier.refuse.reasons')}
          hint={t('dossier.refuse.hint')}
          submitLabel={t('dossier.refuse.submit')}
          pending={submit.isPending}
          error={dialogError}
          onSubmit={(reasons) => send('refused', { reasons })}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
