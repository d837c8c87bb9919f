import { Checkbox, Group, NumberInput, Paper, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type ContentValues, MAX_COMPONENTS, newComponentRow } from './content-values.js';
import { ListField, RemoveRowButton } from './list-field.js';
import { useFocusAddedRow } from './use-focus-added-row.js';

/**
 * Thành phần hồ sơ: one block a document, on two lines, so that its name (often a long title with
 * a form number) keeps the width. Each input's name carries the row, for screen readers and tests.
 */
export function ComponentsField({ form }: { form: UseFormReturnType<ContentValues> }) {
  const { t } = useTranslation();
  const rows = form.values.components;
  const focus = useFocusAddedRow();
  const add = () => {
    const row = newComponentRow();
    focus.added(row.key);
    form.insertListItem('components', row);
  };
  return (
    <ListField
      legend={t('catalog.form.components')}
      empty={t('catalog.form.noComponents')}
      count={rows.length}
      addLabel={t('catalog.form.addComponent')}
      canAdd={rows.length < MAX_COMPONENTS}
      onAdd={add}
      error={form.errors.components}
    >
      {rows.map((component, index) => {
        const row = index + 1;
        const path = `components.${index}` as const;
        return (
          <Paper key={component.key} withBorder p="xs" bg="gray.0">
            <Group align="flex-start" gap="xs">
              <Text size="sm" c="dimmed" w={20} mt={30} aria-hidden>
                {row}
              </Text>
              <TextInput
                ref={focus.refFor(component.key)}
                label={t('catalog.columns.component')}
                aria-label={t('catalog.form.componentName', { row })}
                style={{ flex: '1 1 20rem' }}
                {...form.getInputProps(`${path}.name`)}
              />
              <NumberInput
                label={t('catalog.columns.originals')}
                aria-label={t('catalog.form.originals', { row })}
                min={0}
                max={20}
                allowDecimal={false}
                allowNegative={false}
                w={96}
                {...form.getInputProps(`${path}.originals`)}
              />
              <NumberInput
                label={t('catalog.columns.copies')}
                aria-label={t('catalog.form.copies', { row })}
                min={0}
                max={20}
                allowDecimal={false}
                allowNegative={false}
                w={96}
                {...form.getInputProps(`${path}.copies`)}
              />
              <Checkbox
                label={t('catalog.columns.mandatory')}
                aria-label={t('catalog.form.mandatory', { row })}
                mt={32}
                {...form.getInputProps(`${path}.mandatory`, { type: 'checkbox' })}
              />
              <Group mt={24}>
                <RemoveRowButton
                  label={t('catalog.form.removeComponent', { row })}
                  onClick={() => form.removeListItem('components', index)}
                />
              </Group>
            </Group>
            <Group align="flex-start" gap="xs" mt={4} pl={28}>
              <TextInput
                label={t('catalog.form.documentTypeColumn')}
                aria-label={t('catalog.form.documentTypeCode', { row })}
                spellCheck={false}
                w={160}
                {...form.getInputProps(`${path}.documentTypeCode`)}
              />
              <TextInput
                label={t('catalog.form.formNameColumn')}
                aria-label={t('catalog.form.formName', { row })}
                style={{ flex: '1 1 14rem' }}
                {...form.getInputProps(`${path}.form.name`)}
              />
              <TextInput
                type="url"
                label={t('catalog.form.formUrlColumn')}
                aria-label={t('catalog.form.formUrl', { row })}
                placeholder="https://"
                spellCheck={false}
                style={{ flex: '1 1 16rem' }}
                {...form.getInputProps(`${path}.form.url`)}
              />
            </Group>
          </Paper>
        );
      })}
    </ListField>
  );
}
