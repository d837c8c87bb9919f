import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dmy } from '../../ui/format.js';
import { notifySuccess } from '../../ui/notify.js';
import { ProblemAlert } from '../../ui/problem-alert.js';

interface DeleteVersionModalProps {
  version: { version: string; validFrom: string };
  remove: () => Promise<void>;
  onClose: () => void;
}

/** Asks before deleting a version not yet in force; the safe answer has the focus. */
export function DeleteVersionModal({ version, remove, onClose }: DeleteVersionModalProps) {
  const { t } = useTranslation();
  const mutation = useMutation({
    mutationFn: remove,
    onSuccess: () => {
      notifySuccess(t('indicatorSettings.notices.removed', { version: version.version }));
      onClose();
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('indicatorSettings.removeLabel', { version: version.version })}
    >
      <Stack>
        <Text size="sm">
          {t('indicatorSettings.removeConfirm.body', {
            version: version.version,
            from: dmy(version.validFrom),
          })}
        </Text>
        {mutation.error && <ProblemAlert error={mutation.error} />}
        <Group justify="flex-end">
          <Button data-autofocus variant="default" onClick={onClose}>
            {t('indicatorSettings.removeConfirm.cancel')}
          </Button>
          <Button color="red" loading={mutation.isPending} onClick={() => mutation.mutate()}>
            {t('indicatorSettings.removeConfirm.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
