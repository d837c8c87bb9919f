import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  FileButton,
  Group,
  NumberInput,
  Progress,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  IconAlertTriangle,
  IconCheck,
  IconPaperclip,
  IconRefresh,
  IconX,
} from '@tabler/icons-react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language.js';
import { fileSizeText } from './dossier-text.js';
import type { IntakeValues, UploadValue } from './intake-values.js';
import { SCAN_ACCEPT, type useScanUploads } from './use-scan-uploads.js';

type Uploads = ReturnType<typeof useScanUploads>;

/**
 * The procedure version's components, one dense row each: ticked when handed in, with how many
 * originals and copies, and the scans (picked or dropped on the row) uploading as they are added.
 */
export function Checklist({
  form,
  uploads,
}: {
  form: UseFormReturnType<IntakeValues>;
  uploads: Uploads;
}) {
  const { t } = useTranslation();
  const rows = form.values.components;
  const mandatoryLeft = rows.some((row) => row.mandatory && !row.provided);
  const tickMandatory = () => {
    rows.forEach((row, at) => {
      if (row.mandatory && !row.provided) {
        form.setFieldValue(`components.${at}.provided`, true);
        form.clearFieldError(`components.${at}.provided`);
      }
    });
  };
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={760}>
        <Table withTableBorder verticalSpacing={4} horizontalSpacing="xs" fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('dossier.checklist.provided')}</Table.Th>
              <Table.Th>{t('dossier.checklist.name')}</Table.Th>
              <Table.Th w={84}>{t('dossier.checklist.originals')}</Table.Th>
              <Table.Th w={84}>{t('dossier.checklist.copies')}</Table.Th>
              <Table.Th w={300}>{t('dossier.checklist.files')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, at) => (
              <ChecklistRow key={row.index} form={form} at={at} uploads={uploads} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {mandatoryLeft && (
        <Group>
          <Button variant="light" size="compact-sm" onClick={tickMandatory}>
            {t('dossier.checklist.tickMandatory')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function ChecklistRow({
  form,
  at,
  uploads,
}: {
  form: UseFormReturnType<IntakeValues>;
  at: number;
  uploads: Uploads;
}) {
  const { t } = useTranslation();
  const row = form.values.components[at];
  if (!row) return null;
  const path = `components.${at}` as const;
  const providedError = form.errors[`${path}.provided`];
  const filesError = form.errors[`${path}.files`];
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    uploads.add(at, Array.from(event.dataTransfer.files));
  };
  return (
    <Table.Tr
      onDragOver={(event) => event.preventDefault()}
      onDrop={onDrop}
      bg={providedError ? 'red.0' : undefined}
    >
      <Table.Td>
        <Checkbox
          aria-label={t('dossier.checklist.providedLabel', { name: row.name })}
          {...form.getInputProps(`${path}.provided`, { type: 'checkbox' })}
          error={providedError ? true : undefined}
        />
      </Table.Td>
      <Table.Td miw={240}>
        <Text size="sm" lh={1.35}>
          {row.name}{' '}
          {row.mandatory ? (
            <Badge size="xs" color="red" variant="light" style={{ verticalAlign: 'middle' }}>
              {t('dossier.checklist.mandatory')}
            </Badge>
          ) : (
            <Badge size="xs" color="gray" variant="light" style={{ verticalAlign: 'middle' }}>
              {t('dossier.checklist.optional')}
            </Badge>
          )}
        </Text>
        {providedError && (
          <Text size="xs" c="red.8" role="alert">
            {providedError}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <NumberInput
          size="xs"
          min={0}
          max={20}
          allowDecimal={false}
          allowNegative={false}
          aria-label={t('dossier.checklist.originalsLabel', { name: row.name })}
          {...form.getInputProps(`${path}.originals`)}
        />
      </Table.Td>
      <Table.Td>
        <NumberInput
          size="xs"
          min={0}
          max={20}
          allowDecimal={false}
          allowNegative={false}
          aria-label={t('dossier.checklist.copiesLabel', { name: row.name })}
          {...form.getInputProps(`${path}.copies`)}
        />
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          {row.files.map((file) => (
            <UploadLine
              key={file.key}
              file={file}
              onRetry={() => uploads.retry(at, file.key)}
              onRemove={() => uploads.remove(at, file.key)}
            />
          ))}
          <FileButton
            multiple
            accept={SCAN_ACCEPT}
            onChange={(files) => uploads.add(at, files)}
            inputProps={{ 'aria-label': t('dossier.checklist.attachLabel', { name: row.name }) }}
          >
            {(props) => (
              <Button
                {...props}
                size="compact-xs"
                variant="subtle"
                leftSection={<IconPaperclip size={14} aria-hidden />}
                data-path={`${path}.files`}
                aria-label={t('dossier.checklist.attachLabel', { name: row.name })}
                w="fit-content"
              >
                {t('dossier.checklist.attach')}
              </Button>
            )}
          </FileButton>
          {filesError && (
            <Text size="xs" c="red.8" role="alert">
              {filesError}
            </Text>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

function UploadLine({
  file,
  onRetry,
  onRemove,
}: {
  file: UploadValue;
  onRetry: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const percent = Math.round(file.progress * 100);
  const status =
    file.status === 'uploading'
      ? t('dossier.checklist.uploading', { percent })
      : file.status === 'done'
        ? t('dossier.checklist.uploaded')
        : (file.error ?? t('errors.unexpected'));
  return (
    <div>
      <Group gap={4} wrap="nowrap">
        {file.status === 'done' && <IconCheck size={14} color="green" aria-hidden />}
        {file.status === 'error' && (
          <IconAlertTriangle size={14} color="var(--mantine-color-red-7)" aria-hidden />
        )}
        <Text size="xs" truncate="end" style={{ flex: 1, minWidth: 0 }} title={file.name}>
          {file.name}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {fileSizeText(file.size, language)}
        </Text>
        {file.status === 'error' && (
          <ActionIcon
            size="xs"
            variant="subtle"
            aria-label={t('dossier.checklist.retry', { name: file.name })}
            title={t('dossier.checklist.retry', { name: file.name })}
            onClick={onRetry}
          >
            <IconRefresh size={12} aria-hidden />
          </ActionIcon>
        )}
        <ActionIcon
          size="xs"
          variant="subtle"
          color="gray"
          aria-label={t('dossier.checklist.removeFile', { name: file.name })}
          title={t('dossier.checklist.removeFile', { name: file.name })}
          onClick={onRemove}
        >
          <IconX size={12} aria-hidden />
        </ActionIcon>
      </Group>
      {file.status === 'uploading' && (
        <Progress
          value={percent}
          size="sm"
          aria-label={t('dossier.checklist.progressLabel', { name: file.name })}
          animated
        />
      )}
      <Text
        size="xs"
        c={file.status === 'error' ? 'red.8' : 'dimmed'}
        role={file.status === 'error' ? 'alert' : 'status'}
        data-upload-status={file.status}
      >
        {status}
      </Text>
    </div>
  );
}
