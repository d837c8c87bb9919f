import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldProblem, isApiError } from '../../api/api-error.js';
import type { ProcedureDetail } from '../../api/types.js';
import { focusFirstError } from '../../ui/focus-first-error.js';
import { notifySuccess } from '../../ui/notify.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { updateDraft } from './catalog-api.js';
import { CatalogSection } from './catalog-section.js';
import { ContentForm } from './content-form.js';
import { draftFormPath } from './content-problems.js';
import { contentRules } from './content-rules.js';
import { type ContentValues, contentFromValues, valuesFromContent } from './content-values.js';
import { ProblemList } from './problem-list.js';
import { ProcessEditor } from './process-editor.js';
import { PublishPanel } from './publish-panel.js';

interface DraftEditorProps {
  /** The draft as last loaded; its row version is what every change is checked against. */
  draft: ProcedureDetail;
  onSaved: (saved: ProcedureDetail) => void;
  onConflict: (error: unknown) => boolean;
}

/**
 * A draft's three jobs, each saved on its own: the content, the internal process, and the
 * publication, which checks that the stored content hangs together and says where it does not.
 */
export function DraftEditor({ draft, onSaved, onConflict }: DraftEditorProps) {
  const { t } = useTranslation();
  const form = useForm<ContentValues>({
    initialValues: valuesFromContent(draft.content),
    validate: contentRules(t),
  });

  const formRef = useRef<HTMLFormElement>(null);

  const showProblems = (problems: readonly FieldProblem[]) => {
    const errors: Record<string, string> = {};
    for (const problem of problems) {
      const path = draftFormPath(problem.field);
      if (path) errors[path] = problem.message;
    }
    form.setErrors({ ...form.errors, ...errors });
    return errors;
  };

  const save = useMutation({
    mutationFn: (values: ContentValues) =>
      updateDraft(draft.nationalCode, draft.versionNo, {
        rowVersion: draft.rowVersion,
        content: contentFromValues(values, draft.content),
      }),
    onSuccess: (saved, values) => {
      onSaved(saved);
      form.setInitialValues(values);
      form.resetDirty(values);
      notifySuccess(t('catalog.notices.draftSaved'));
    },
    onError: (error) => {
      if (!onConflict(error) && error instanceof ApiError) {
        focusFirstError(formRef.current, showProblems(error.errors));
      }
    },
  });
  const unsaved = form.isDirty();

  return (
    <Stack gap="xl">
      <CatalogSection title={t('catalog.editor.draftContent', { version: draft.versionNo })}>
        <form
          ref={formRef}
          noValidate
          onSubmit={form.onSubmit(
            (values) => save.mutate(values),
            (errors) => focusFirstError(formRef.current, errors),
          )}
        >
          <Stack gap="md">
            <ContentForm form={form} />
            {save.isError && !isApiError(save.error, 'VERSION_CONFLICT') && (
              <>
                <ProblemAlert error={save.error} />
                <ProblemList error={save.error} title={t('catalog.form.problems')} />
              </>
            )}
            <Group justify="flex-end" gap="sm" className="no-print">
              {unsaved && (
                <Text size="sm" c="orange.9">
                  {t('catalog.form.unsaved')}
                </Text>
              )}
              <Button
                type="submit"
                leftSection={<IconDeviceFloppy size={18} aria-hidden />}
                loading={save.isPending}
              >
                {t('catalog.form.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </CatalogSection>
      <CatalogSection title={t('catalog.process.title')}>
        <ProcessEditor draft={draft} onSaved={onSaved} onConflict={onConflict} />
      </CatalogSection>
      <CatalogSection title={t('catalog.publish.title')}>
        <Paper withBorder p="sm" className="no-print">
          <PublishPanel
            draft={draft}
            unsaved={unsaved}
            onPublished={onSaved}
            onProblems={showProblems}
            onConflict={onConflict}
          />
        </Paper>
      </CatalogSection>
    </Stack>
  );
}
