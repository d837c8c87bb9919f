import { Table, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type ContentValues, MAX_RESULTS, newResultRow } from './content-values.js';
import { ListField, RemoveRowButton } from './list-field.js';
import { useFocusAddedRow } from './use-focus-added-row.js';

export function ResultsField({ form }: { form: UseFormReturnType<ContentValues> }) {
  const { t } = useTranslation();
  const rows = form.values.results;
  const focus = useFocusAddedRow();
  const add = () => {
    const row = newResultRow();
    focus.added(row.key);
    form.insertListItem('results', row);
  };
  return (
    <ListField
      legend={t('catalog.form.results')}
      count={rows.length}
      addLabel={t('catalog.form.addResult')}
      canAdd={rows.length < MAX_RESULTS}
      onAdd={add}
      error={form.errors.results}
    >
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing={4} horizontalSpacing={4} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('catalog.form.resultNameColumn')}</Table.Th>
              <Table.Th w={180}>{t('catalog.form.resultCodeColumn')}</Table.Th>
              <Table.Th w={44} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((result, index) => {
              const row = index + 1;
              return (
                <Table.Tr key={result.key} style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <TextInput
                      ref={focus.refFor(result.key)}
                      aria-label={t('catalog.form.resultName', { row })}
                      {...form.getInputProps(`results.${index}.name`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('catalog.form.resultCode', { row })}
                      spellCheck={false}
                      {...form.getInputProps(`results.${index}.resultTypeCode`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <RemoveRowButton
                      label={t('catalog.form.removeResult', { row })}
                      // A procedure always ends in at least one result.
                      disabled={rows.length <= 1}
                      onClick={() => form.removeListItem('results', index)}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </ListField>
  );
}
