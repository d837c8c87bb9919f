import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCopy, IconEdit, IconEye, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format-date.js';
import { dmy } from '../../ui/format.js';
import { DeleteVersionModal } from './delete-version-modal.js';
import type { SchemeVersionView, VersionStatus } from './indicator-settings-api.js';

/** What every version has, scheme or targets. */
export type VersionMeta = Omit<SchemeVersionView, 'groups' | 'points'>;

const STATUS_COLOR: Record<VersionStatus, string> = {
  in_force: 'green',
  planned: 'blue',
  past: 'gray',
};

export type EditorState<V> = { base: V; editing: V | null } | null;

interface VersionsPanelProps<V extends VersionMeta> {
  /** Labels the list, e.g. "Các phiên bản — Mục tiêu của Kế hoạch". */
  label: string;
  items: V[];
  canManage: boolean;
  /** The content of one version, read-only. */
  content: (version: V) => ReactNode;
  /** The dialog that creates a version from `base` (editing null) or edits `editing`. */
  editor: (state: { base: V; editing: V | null; onClose: () => void }) => ReactNode;
  remove: (version: V) => Promise<void>;
}

/**
 * The versions of one kind: the one shown (in force, unless another is picked), its content, and
 * the list of every version with what may be done to each. Versions not yet in force are the only
 * ones that can be edited or deleted; a new one starts from the version in force.
 */
export function VersionsPanel<V extends VersionMeta>(props: VersionsPanelProps<V>) {
  const { t } = useTranslation();
  const inForce = props.items.find((v) => v.status === 'in_force');
  const [shownId, setShownId] = useState<string | null>(null);
  const shown = props.items.find((v) => v.id === shownId) ?? inForce;
  const [editor, setEditor] = useState<EditorState<V>>(null);
  const [removing, setRemoving] = useState<V | null>(null);
  const editingNow = editor?.editing
    ? (props.items.find((v) => v.id === editor.editing?.id) ?? null)
    : null;

  return (
    <Stack gap="md">
      {props.canManage ? (
        inForce && (
          <Group>
            <Button
              leftSection={<IconCopy size={18} aria-hidden />}
              onClick={() => setEditor({ base: inForce, editing: null })}
            >
              {t('indicatorSettings.createFromCurrent')}
            </Button>
          </Group>
        )
      ) : (
        <Text size="sm" c="dimmed">
          {t('indicatorSettings.readOnly')}
        </Text>
      )}
      {shown && (
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} size="h4">
              {t('indicatorSettings.shownHeading', {
                version: shown.version,
                from: dmy(shown.validFrom),
              })}
            </Title>
            <Badge color={STATUS_COLOR[shown.status]} variant="light">
              {t(`indicatorSettings.status.${shown.status}`)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t('indicatorSettings.source', { source: shown.source })}
          </Text>
          {props.content(shown)}
        </Stack>
      )}
      <Title order={2} size="h4" mt="md">
        {t('indicatorSettings.versions')}
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table striped withTableBorder aria-label={props.label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('indicatorSettings.columns.version')}</Table.Th>
              <Table.Th>{t('indicatorSettings.columns.validFrom')}</Table.Th>
              <Table.Th>{t('indicatorSettings.columns.status')}</Table.Th>
              <Table.Th>{t('indicatorSettings.columns.changed')}</Table.Th>
              <Table.Th>{t('indicatorSettings.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.items.map((v) => (
              <Table.Tr key={v.id} aria-current={v.id === shown?.id ? 'true' : undefined}>
                <Table.Td fw={v.id === shown?.id ? 700 : undefined}>{v.version}</Table.Td>
                <Table.Td>{dmy(v.validFrom)}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[v.status]} variant="light">
                    {t(`indicatorSettings.status.${v.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {t('indicatorSettings.changed', {
                    at: formatDateTime(v.updatedAt),
                    by: v.updatedBy?.name ?? t('indicatorSettings.installed'),
                  })}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconEye size={16} aria-hidden />}
                      aria-label={t('indicatorSettings.viewLabel', { version: v.version })}
                      onClick={() => setShownId(v.id)}
                    >
                      {t('indicatorSettings.view')}
                    </Button>
                    {props.canManage && v.status === 'planned' && (
                      <>
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconEdit size={16} aria-hidden />}
                          aria-label={t('indicatorSettings.editLabel', { version: v.version })}
                          onClick={() => setEditor({ base: v, editing: v })}
                        >
                          {t('indicatorSettings.edit')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          color="red"
                          leftSection={<IconTrash size={16} aria-hidden />}
                          aria-label={t('indicatorSettings.removeLabel', { version: v.version })}
                          onClick={() => setRemoving(v)}
                        >
                          {t('indicatorSettings.remove')}
                        </Button>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editor &&
        props.editor({
          // After a conflict the list reloads: the dialog edits the version as now stored.
          base: editingNow ?? editor.base,
          editing: editor.editing ? (editingNow ?? editor.editing) : null,
          onClose: () => setEditor(null),
        })}
      {removing && (
        <DeleteVersionModal
          version={removing}
          remove={() => props.remove(removing)}
          onClose={() => setRemoving(null)}
        />
      )}
    </Stack>
  );
}
