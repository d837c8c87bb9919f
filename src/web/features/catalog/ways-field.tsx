import { Fieldset, Group, NativeSelect, NumberInput, Stack, Table, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CHANNELS, FEE_KINDS, UNITS } from './catalog-options.js';
import {
  type ContentValues,
  MAX_FEES,
  MAX_WAYS,
  newFeeRow,
  newWayRow,
  type WayRow,
} from './content-values.js';
import { ListField, RemoveRowButton } from './list-field.js';
import { useFocusAddedRow } from './use-focus-added-row.js';

export function WaysField({ form }: { form: UseFormReturnType<ContentValues> }) {
  const { t } = useTranslation();
  const ways = form.values.ways;
  const focus = useFocusAddedRow();
  const addWay = () => {
    // The next channel not yet declared, with the procedure's own time limit to start from.
    const channel = CHANNELS.find((c) => !ways.some((way) => way.channel === c)) ?? 'counter';
    const row = newWayRow(channel, form.values.timeLimit);
    focus.added(row.key);
    form.insertListItem('ways', row);
  };
  return (
    <ListField
      legend={t('catalog.form.ways')}
      count={ways.length}
      addLabel={t('catalog.form.addWay')}
      canAdd={ways.length < MAX_WAYS}
      onAdd={addWay}
      error={form.errors.ways}
    >
      {ways.map((way, index) => (
        <WayFieldset
          key={way.key}
          form={form}
          way={way}
          index={index}
          firstRef={focus.refFor(way.key)}
          canRemove={ways.length > 1}
        />
      ))}
    </ListField>
  );
}

interface WayFieldsetProps {
  form: UseFormReturnType<ContentValues>;
  way: WayRow;
  index: number;
  firstRef: (node: HTMLElement | null) => void;
  canRemove: boolean;
}

function WayFieldset({ form, way, index, firstRef, canRemove }: WayFieldsetProps) {
  const { t } = useTranslation();
  const row = index + 1;
  const path = `ways.${index}` as const;
  const channelOptions = CHANNELS.map((c) => ({ value: c, label: t(`catalog.channels.${c}`) }));
  const unitOptions = UNITS.map((unit) => ({ value: unit, label: t(`catalog.units.${unit}`) }));
  return (
    <Fieldset legend={t('catalog.form.way', { row })} variant="filled" p="sm">
      <Stack gap="xs">
        <Group align="flex-start" gap="sm">
          <NativeSelect
            ref={firstRef}
            label={t('catalog.columns.channel')}
            data={channelOptions}
            style={{ flex: '1 1 10rem' }}
            {...form.getInputProps(`${path}.channel`)}
          />
          <NumberInput
            label={t('catalog.form.wayTimeLimit')}
            min={0}
            max={10_000}
            allowDecimal={false}
            allowNegative={false}
            style={{ flex: '0 1 9rem' }}
            {...form.getInputProps(`${path}.timeLimit.amount`)}
          />
          <NativeSelect
            label={t('catalog.form.unit')}
            data={unitOptions}
            style={{ flex: '1 1 10rem' }}
            {...form.getInputProps(`${path}.timeLimit.unit`)}
          />
          <Group pt={24}>
            <RemoveRowButton
              label={t('catalog.form.removeWay', { row })}
              disabled={!canRemove}
              onClick={() => form.removeListItem('ways', index)}
            />
          </Group>
        </Group>
        <FeesField form={form} way={way} wayIndex={index} />
      </Stack>
    </Fieldset>
  );
}

function FeesField({
  form,
  way,
  wayIndex,
}: {
  form: UseFormReturnType<ContentValues>;
  way: WayRow;
  wayIndex: number;
}) {
  const { t } = useTranslation();
  const focus = useFocusAddedRow();
  const wayRow = wayIndex + 1;
  const listPath = `ways.${wayIndex}.fees` as const;
  const kindOptions = FEE_KINDS.map((kind) => ({
    value: kind,
    label: t(`catalog.feeKinds.${kind}`),
  }));
  const addFee = () => {
    const fee = newFeeRow();
    focus.added(fee.key);
    form.insertListItem(listPath, fee);
  };
  return (
    <ListField
      legend={t('catalog.form.fees', { row: wayRow })}
      empty={t('catalog.form.noFees')}
      count={way.fees.length}
      addLabel={t('catalog.form.addFee')}
      canAdd={way.fees.length < MAX_FEES}
      onAdd={addFee}
    >
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={4} horizontalSpacing={4} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={120}>{t('catalog.form.kindColumn')}</Table.Th>
              <Table.Th>{t('catalog.form.feeNameColumn')}</Table.Th>
              <Table.Th w={170}>{t('catalog.form.amountColumn')}</Table.Th>
              <Table.Th w={44} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {way.fees.map((fee, index) => {
              const names = { fee: index + 1, way: wayRow };
              const path = `${listPath}.${index}` as const;
              return (
                <Table.Tr key={fee.key} style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <NativeSelect
                      ref={focus.refFor(fee.key)}
                      aria-label={t('catalog.form.feeKind', names)}
                      data={kindOptions}
                      {...form.getInputProps(`${path}.kind`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('catalog.form.feeName', names)}
                      {...form.getInputProps(`${path}.name`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('catalog.form.feeAmount', names)}
                      min={0}
                      allowDecimal={false}
                      allowNegative={false}
                      thousandSeparator="."
                      decimalSeparator=","
                      {...form.getInputProps(`${path}.amountVnd`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <RemoveRowButton
                      label={t('catalog.form.removeFee', names)}
                      onClick={() => form.removeListItem(listPath, index)}
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
