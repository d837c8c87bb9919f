import { Button, FileInput, Group } from '@mantine/core';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';

/**
 * A file chosen and sent (the agency map, a file of dossiers): checked for presence and size
 * before anything is sent, the field taking the keyboard when it is not right. The page remounts
 * it (a new `key`) to clear it once the file is accepted.
 */
export function FilePickForm(props: {
  label: string;
  placeholder: string;
  accept: string;
  icon: ReactNode;
  limit: number;
  requiredText: string;
  tooLargeText: string;
  submitLabel: string;
  submitIcon?: ReactNode;
  pending: boolean;
  /** The field is locked while the file is on its way (it is read as it is sent). */
  lockWhilePending?: boolean;
  onSend: (file: File) => void;
  onChange: () => void;
  /** More buttons beside the submit one (cancel). */
  children?: ReactNode;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const fileRef = useRef<HTMLButtonElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !file
      ? props.requiredText
      : file.size > props.limit
        ? props.tooLargeText
        : null;
    if (problem || !file) {
      setFileError(problem);
      fileRef.current?.focus();
      return;
    }
    props.onSend(file);
  };
  return (
    <form noValidate onSubmit={submit}>
      <Group align="flex-start" gap="sm">
        <FileInput
          ref={fileRef}
          label={props.label}
          placeholder={props.placeholder}
          accept={props.accept}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setFileError(null);
            props.onChange();
          }}
          error={fileError}
          clearable
          disabled={props.lockWhilePending === true && props.pending}
          leftSection={props.icon}
          w={360}
        />
        <Button type="submit" mt={25} loading={props.pending} leftSection={props.submitIcon}>
          {props.submitLabel}
        </Button>
        {props.children}
      </Group>
    </form>
  );
}
