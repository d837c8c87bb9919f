import { Table, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type ContentValues, MAX_LEGAL_BASES, newLegalBasisRow } from './content-values.js';
import { ListField, RemoveRowButton } from './list-field.js';
import { useFocusAddedRow } from './use-focus-added-row.js';

export function LegalBasesField({ form }: { form: UseFormReturnType<ContentValues> }) {
  const { t } = useTranslation();
  const rows = form.values.legalBases;
  const focus = useFocusAddedRow();
  const add = () => {
    const row = newLegalBasisRow();
    focus.added(row.key);
    form.insertListItem('legalBases', row);
  };
  return (
    <ListField
      legend={t('catalog.form.legalBases')}
      empty={t('catalog.form.noLegalBases')}
      count={rows.length}
      addLabel={t('catalog.form.addLegalBasis')}
      canAdd={rows.length < MAX_LEGAL_BASES}
      onAdd={add}
      error={form.errors.legalBases}
    >
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing={4} horizontalSpacing={4} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>{t('catalog.columns.legalNumber')}</Table.Th>
              <Table.Th>{t('catalog.columns.legalTitle')}</Table.Th>
              <Table.Th w={160}>{t('catalog.columns.issuedOn')}</Table.Th>
              <Table.Th w={44} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((basis, index) => {
              const row = index + 1;
              return (
                <Table.Tr key={basis.key} style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <TextInput
                      ref={focus.refFor(basis.key)}
                      aria-label={t('catalog.form.legalNumber', { row })}
                      spellCheck={false}
                      {...form.getInputProps(`legalBases.${index}.number`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('catalog.form.legalTitle', { row })}
                      {...form.getInputProps(`legalBases.${index}.title`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      type="date"
                      aria-label={t('catalog.form.legalIssuedOn', { row })}
                      {...form.getInputProps(`legalBases.${index}.issuedOn`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <RemoveRowButton
                      label={t('catalog.form.removeLegalBasis', { row })}
                      onClick={() => form.removeListItem('legalBases', index)}
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
