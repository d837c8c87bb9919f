import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '../../api/types.js';
import { notifySuccess } from '../../ui/notify.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { todayInVietnam } from '../calendar/vietnam-today.js';
import { abolishProcedure } from './catalog-api.js';
import { DateField } from './date-field.js';

interface AbolishModalProps {
  code: string;
  onAbolished: (abolished: ProcedureDetail) => void;
  onClose: () => void;
}

export function AbolishModal({ code, onAbolished, onClose }: AbolishModalProps) {
  const { t } = useTranslation();
  const [effectiveFrom, setEffectiveFrom] = useState(todayInVietnam());
  const [dateError, setDateError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => abolishProcedure(code, { effectiveFrom }),
    onSuccess: (abolished) => {
      notifySuccess(t('catalog.notices.abolished', { code }));
      onAbolished(abolished);
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!effectiveFrom) setDateError(t('catalog.validation.dateRequired'));
    else mutation.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('catalog.abolish.title', { code })} size="md">
      <form noValidate onSubmit={submit}>
        <Stack>
          {mutation.isError && <ProblemAlert error={mutation.error} />}
          <Text size="sm">{t('catalog.abolish.note')}</Text>
          <DateField
            data-autofocus
            label={t('catalog.abolish.effectiveFrom')}
            value={effectiveFrom}
            onChange={(event) => {
              setEffectiveFrom(event.currentTarget.value);
              setDateError(null);
            }}
            error={dateError}
            required
            w={220}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('catalog.form.cancel')}
            </Button>
            <Button type="submit" color="red" loading={mutation.isPending}>
              {t('catalog.abolish.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
