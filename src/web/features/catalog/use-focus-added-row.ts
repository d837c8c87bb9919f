import { useRef } from 'react';

/**
 * A row added by a button takes the caret in its first input, so a list can be filled in without
 * the mouse. The ref callback fires when the row's input mounts, once, for the row just added.
 */
export function useFocusAddedRow() {
  const pending = useRef<string | null>(null);
  return {
    added: (key: string) => {
      pending.current = key;
    },
    refFor: (key: string) => (node: HTMLElement | null) => {
      if (node && pending.current === key) {
        pending.current = null;
        node.focus();
      }
    },
  };
}
