import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcedureComponent } from '../../api/types.js';

/** Thành phần hồ sơ as printed in the published catalogue: counts of originals and copies. */
export function ComponentsTable({ components }: { components: readonly ProcedureComponent[] }) {
  const { t } = useTranslation();
  if (components.length === 0) return <Text size="sm">{t('catalog.noComponents')}</Text>;
  const columns = {
    name: t('catalog.columns.component'),
    originals: t('catalog.columns.originals'),
    copies: t('catalog.columns.copies'),
    mandatory: t('catalog.columns.mandatory'),
    form: t('catalog.columns.form'),
  };
  return (
    <Table
      className="catalog-stacked"
      role="table"
      striped
      withTableBorder
      verticalSpacing={6}
      horizontalSpacing="xs"
      fz="sm"
    >
      <Table.Thead role="rowgroup">
        <Table.Tr role="row">
          <Table.Th role="columnheader">{columns.name}</Table.Th>
          <Table.Th role="columnheader" className="catalog-count">
            {columns.originals}
          </Table.Th>
          <Table.Th role="columnheader" className="catalog-count">
            {columns.copies}
          </Table.Th>
          <Table.Th role="columnheader" className="catalog-count">
            {columns.mandatory}
          </Table.Th>
          <Table.Th role="columnheader">{columns.form}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody role="rowgroup">
        {components.map((component, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: read-only rows, in the catalogue's order
          <Table.Tr key={index} role="row" style={{ verticalAlign: 'top' }}>
            <Table.Td role="cell" data-label={columns.name}>
              <div>
                {component.name}
                {component.note && (
                  <Text size="xs" c="dimmed">
                    {component.note}
                  </Text>
                )}
              </div>
            </Table.Td>
            <Table.Td role="cell" data-label={columns.originals} className="catalog-count">
              {component.originals}
            </Table.Td>
            <Table.Td role="cell" data-label={columns.copies} className="catalog-count">
              {component.copies}
            </Table.Td>
            <Table.Td role="cell" data-label={columns.mandatory} className="catalog-count">
              {component.mandatory ? t('catalog.yes') : t('catalog.no')}
            </Table.Td>
            <Table.Td role="cell" data-label={columns.form}>
              {component.form?.url ? (
                <Anchor href={component.form.url} target="_blank" rel="noopener" size="sm">
                  {component.form.name}
                </Anchor>
              ) : (
                (component.form?.name ?? '—')
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
