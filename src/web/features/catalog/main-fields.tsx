import { Group, NativeSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ProcedureLevel } from '../../api/types.js';
import { AgencySelect } from '../agencies/agency-select.js';
import { LEVELS, UNITS } from './catalog-options.js';
import type { TimeLimitValues } from './content-values.js';

/** What the "Thêm thủ tục" dialog and the draft form both ask first. */
export interface MainValues {
  name: string;
  field: string;
  level: ProcedureLevel;
  agencyId: string | null;
  timeLimit: TimeLimitValues;
}

export function MainFields({ form }: { form: UseFormReturnType<MainValues> }) {
  const { t } = useTranslation();
  const levelOptions = LEVELS.map((level) => ({
    value: level,
    label: t(`catalog.levels.${level}`),
  }));
  const unitOptions = UNITS.map((unit) => ({ value: unit, label: t(`catalog.units.${unit}`) }));
  return (
    <>
      <TextInput label={t('catalog.form.name')} required {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('catalog.form.field')}
          placeholder={t('catalog.form.fieldPlaceholder')}
          required
          {...form.getInputProps('field')}
        />
        <NativeSelect
          label={t('catalog.form.level')}
          data={levelOptions}
          required
          withAsterisk={false}
          {...form.getInputProps('level')}
        />
      </SimpleGrid>
      <CompetentAgencyField form={form} />
      <Group align="flex-start" gap="sm" grow preventGrowOverflow={false}>
        <NumberInput
          label={t('catalog.form.timeLimit')}
          min={0}
          max={10_000}
          allowDecimal={false}
          allowNegative={false}
          required
          withAsterisk={false}
          style={{ flex: '0 1 12rem' }}
          {...form.getInputProps('timeLimit.amount')}
        />
        <NativeSelect
          label={t('catalog.form.unit')}
          data={unitOptions}
          style={{ flex: '1 1 12rem' }}
          {...form.getInputProps('timeLimit.unit')}
        />
      </Group>
    </>
  );
}

/**
 * The level decides who decides: a commune-level procedure goes to the commune's People's
 * Committee (whichever commune receives it), any other to one named agency.
 */
function CompetentAgencyField({ form }: { form: UseFormReturnType<MainValues> }) {
  const { t } = useTranslation();
  if (form.values.level === 'commune') {
    return (
      <TextInput
        label={t('catalog.form.agency')}
        value={t('catalog.form.communeAgency')}
        description={t('catalog.form.communeAgencyHint')}
        error={form.errors.agencyId}
        readOnly
        variant="filled"
      />
    );
  }
  return (
    <AgencySelect label={t('catalog.form.agency')} required {...form.getInputProps('agencyId')} />
  );
}
