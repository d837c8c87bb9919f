import { type RefObject, useEffect, useRef } from 'react';

/** Puts the caret in the first field so a form can be filled without reaching for the mouse. */
export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
