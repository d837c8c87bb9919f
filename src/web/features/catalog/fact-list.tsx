import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
}

/**
 * Label–value pairs as a description list, which screen readers announce as such. `compact`
 * keeps them side by side in small type even on a phone, for the short facts of a result card.
 */
export function FactList({
  facts,
  compact = false,
}: {
  facts: readonly Fact[];
  compact?: boolean;
}) {
  return (
    <dl className="catalog-facts" data-compact={compact || undefined}>
      {facts.map((fact) => (
        <div key={fact.label} style={{ display: 'contents' }}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
