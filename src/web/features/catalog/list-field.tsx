import { ActionIcon, Button, Fieldset, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface ListFieldProps {
  legend: string;
  /** Shown instead of the rows when there are none. */
  empty?: string | undefined;
  count: number;
  addLabel: string;
  canAdd: boolean;
  onAdd: () => void;
  /** A problem with the list as a whole ("Cần ít nhất một kết quả"). */
  error?: ReactNode;
  children: ReactNode;
}

/** The frame shared by the editable lists of the draft: legend, rows, "add" button, list error. */
export function ListField({
  legend,
  empty,
  count,
  addLabel,
  canAdd,
  onAdd,
  error,
  children,
}: ListFieldProps) {
  return (
    <Fieldset legend={legend} p="sm">
      <Stack gap="xs">
        {count === 0 && empty ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          children
        )}
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={!canAdd}
          onClick={onAdd}
          className="no-print"
        >
          {addLabel}
        </Button>
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}

export function RemoveRowButton({
  label,
  disabled = false,
  onClick,
}: {
  label: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <ActionIcon
      variant="subtle"
      color="red"
      size="lg"
      aria-label={label}
      disabled={disabled}
      onClick={onClick}
      className="no-print"
    >
      <IconTrash size={18} aria-hidden />
    </ActionIcon>
  );
}
