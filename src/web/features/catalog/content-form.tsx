import {
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { APPLICANT_TYPES, ONLINE_LEVELS } from './catalog-options.js';
import { ComponentsField } from './components-field.js';
import type { ContentValues } from './content-values.js';
import { LegalBasesField } from './legal-bases-field.js';
import { MainFields } from './main-fields.js';
import { ResultsField } from './results-field.js';
import { WaysField } from './ways-field.js';

/** Every field of a draft the officer edits, grouped as in the published catalogue. */
export function ContentForm({ form }: { form: UseFormReturnType<ContentValues> }) {
  const { t } = useTranslation();
  const onlineOptions = ONLINE_LEVELS.map((level) => ({
    value: level,
    label: t(`catalog.onlineLevels.${level}`),
  }));
  return (
    <Stack gap="md">
      <Fieldset legend={t('catalog.form.main')} p="sm">
        <Stack gap="sm">
          <MainFields form={form} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('catalog.form.onlineLevel')}
              data={onlineOptions}
              {...form.getInputProps('onlineLevel')}
            />
          </SimpleGrid>
          <Stack gap={6}>
            <Switch
              label={t('catalog.form.eligibleFullyOnline')}
              {...form.getInputProps('eligibleFullyOnline', { type: 'checkbox' })}
            />
            <Switch
              label={t('catalog.form.postalAllowed')}
              {...form.getInputProps('postalAllowed', { type: 'checkbox' })}
            />
            <Switch
              label={t('catalog.form.boundaryFree')}
              {...form.getInputProps('boundaryFree', { type: 'checkbox' })}
            />
          </Stack>
          <Textarea
            label={t('catalog.form.conditions')}
            autosize
            minRows={2}
            maxRows={10}
            {...form.getInputProps('conditions')}
          />
        </Stack>
      </Fieldset>
      <WaysField form={form} />
      <Textarea
        label={t('catalog.form.steps')}
        description={t('catalog.form.stepsHint')}
        autosize
        minRows={3}
        maxRows={16}
        required
        withAsterisk={false}
        {...form.getInputProps('steps')}
      />
      <ComponentsField form={form} />
      <ResultsField form={form} />
      <Checkbox.Group
        label={t('catalog.form.applicantTypes')}
        {...form.getInputProps('applicantTypes')}
      >
        <Group gap="md" mt={6}>
          {APPLICANT_TYPES.map((type) => (
            <Checkbox key={type} value={type} label={t(`catalog.applicantTypes.${type}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <LegalBasesField form={form} />
    </Stack>
  );
}
