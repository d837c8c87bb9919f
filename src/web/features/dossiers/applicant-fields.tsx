import { Group, SegmentedControl, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../catalog/date-field.js';
import { AdminUnitPicker } from './admin-unit-picker.js';
import type { AdminUnit } from './dossier-types.js';
import type { ApplicantKind, IntakeValues } from './intake-values.js';

interface ApplicantFieldsProps {
  form: UseFormReturnType<IntakeValues>;
  unit: AdminUnit | null;
  onUnitChange: (unit: AdminUnit | null) => void;
  unitHint: string | undefined;
  nameRef: RefObject<HTMLInputElement | null>;
  phoneRef: RefObject<HTMLInputElement | null>;
  unitRef: RefObject<HTMLInputElement | null>;
}

/** The applicant: a citizen by personal ID number, or an organisation by tax code. */
export function ApplicantFields({
  form,
  unit,
  onUnitChange,
  unitHint,
  nameRef,
  phoneRef,
  unitRef,
}: ApplicantFieldsProps) {
  const { t } = useTranslation();
  const kind = form.values.applicant.kind;
  const citizen = kind === 'citizen';
  return (
    <Stack gap="xs">
      <SegmentedControl
        w="fit-content"
        size="xs"
        aria-label={t('dossier.applicant.kind')}
        data={[
          { value: 'citizen', label: t('dossier.applicant.citizen') },
          { value: 'organisation', label: t('dossier.applicant.organisation') },
        ]}
        value={kind}
        onChange={(value) => form.setFieldValue('applicant.kind', value as ApplicantKind)}
      />
      <Group gap="xs" align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
        <TextInput
          ref={nameRef}
          label={citizen ? t('dossier.applicant.name') : t('dossier.applicant.orgName')}
          required
          autoComplete="off"
          style={{ flex: '2 1 16rem' }}
          {...form.getInputProps('applicant.name')}
        />
        {citizen ? (
          <TextInput
            label={t('dossier.applicant.idNumber')}
            required
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={12}
            style={{ flex: '1 1 10rem' }}
            {...form.getInputProps('applicant.idNumber')}
          />
        ) : (
          <TextInput
            label={t('dossier.applicant.taxCode')}
            required
            autoComplete="off"
            spellCheck={false}
            maxLength={14}
            style={{ flex: '1 1 10rem' }}
            {...form.getInputProps('applicant.taxCode')}
          />
        )}
        {citizen ? (
          <DateField
            label={t('dossier.applicant.birthDate')}
            style={{ flex: '1 1 10rem' }}
            {...form.getInputProps('applicant.birthDate')}
            value={form.values.applicant.birthDate}
          />
        ) : (
          <TextInput
            label={t('dossier.applicant.representative')}
            autoComplete="off"
            style={{ flex: '1 1 12rem' }}
            {...form.getInputProps('applicant.representative')}
          />
        )}
      </Group>
      <Group gap="xs" align="flex-start" wrap="wrap">
        <AdminUnitPicker
          ref={unitRef}
          label={t('dossier.applicant.unit')}
          required
          style={{ flex: '1 1 18rem' }}
          unit={unit}
          searchHint={unitHint}
          onChange={(next) => {
            onUnitChange(next);
            form.setFieldValue('applicant.address.unitCode', next?.code ?? '');
            form.clearFieldError('applicant.address.unitCode');
          }}
          error={form.errors['applicant.address.unitCode']}
          data-path="applicant.address.unitCode"
        />
        <TextInput
          label={t('dossier.applicant.detail')}
          required
          autoComplete="off"
          style={{ flex: '2 1 18rem' }}
          {...form.getInputProps('applicant.address.detail')}
        />
      </Group>
      <Group gap="xs" align="flex-start" wrap="wrap">
        <TextInput
          ref={phoneRef}
          type="tel"
          label={t('dossier.applicant.phone')}
          autoComplete="off"
          style={{ flex: '1 1 12rem' }}
          {...form.getInputProps('applicant.phone')}
        />
        <TextInput
          type="email"
          label={t('dossier.applicant.email')}
          autoComplete="off"
          spellCheck={false}
          style={{ flex: '1 1 16rem' }}
          {...form.getInputProps('applicant.email')}
        />
      </Group>
    </Stack>
  );
}

/** Someone handing in the dossier for the applicant, under a written authorisation. */
export function ProxyFields({ form }: { form: UseFormReturnType<IntakeValues> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Switch
        label={t('dossier.proxy.toggle')}
        {...form.getInputProps('withProxy', { type: 'checkbox' })}
      />
      {form.values.withProxy && (
        <>
          <Group gap="xs" align="flex-start" wrap="wrap">
            <TextInput
              label={t('dossier.proxy.name')}
              required
              autoComplete="off"
              style={{ flex: '2 1 16rem' }}
              {...form.getInputProps('proxy.name')}
            />
            <TextInput
              label={t('dossier.proxy.idNumber')}
              required
              inputMode="numeric"
              maxLength={12}
              autoComplete="off"
              style={{ flex: '1 1 10rem' }}
              {...form.getInputProps('proxy.idNumber')}
            />
            <TextInput
              type="tel"
              label={t('dossier.proxy.phone')}
              autoComplete="off"
              style={{ flex: '1 1 10rem' }}
              {...form.getInputProps('proxy.phone')}
            />
          </Group>
          <TextInput
            label={t('dossier.proxy.authorisation')}
            placeholder={t('dossier.proxy.authorisationPlaceholder')}
            required
            autoComplete="off"
            {...form.getInputProps('proxy.authorisation')}
          />
          <Text size="xs" c="dimmed">
            {t('dossier.proxy.hint')}
          </Text>
        </>
      )}
    </Stack>
  );
}
