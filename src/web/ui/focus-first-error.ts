/**
 * After a failed submit, takes the officer to the first field in error, in the order the form
 * shows them: on a long form it may be far above the button just pressed. Inputs carry their
 * form path in `data-path` (set by Mantine's `getInputProps`).
 */
export function focusFirstError(
  form: HTMLFormElement | null,
  errors: Readonly<Record<string, unknown>>,
): void {
  if (!form) return;
  for (const node of form.querySelectorAll<HTMLElement>('[data-path]')) {
    const path = node.dataset.path;
    if (path && errors[path]) {
      node.scrollIntoView({ block: 'center' });
      node.focus({ preventScroll: true });
      return;
    }
  }
}
