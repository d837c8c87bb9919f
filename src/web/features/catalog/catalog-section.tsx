import { Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** A titled region of a procedure page; the heading names it for screen-reader navigation. */
export function CatalogSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="catalog-section">
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}
