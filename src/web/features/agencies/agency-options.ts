import type {
  ComboboxItem,
  ComboboxItemGroup,
  ComboboxParsedItem,
  OptionsFilter,
} from '@mantine/core';
import type { Agency, AgencyKind } from '../../api/types.js';
import { foldVietnamese } from './fold-vietnamese.js';

const collator = new Intl.Collator('vi');

/**
 * Order of the groups in pickers, from the top of the province down. A Record rather than the
 * contract's list so that zod stays out of the bundle, while a new kind still fails to compile.
 */
const KIND_RANK: Record<AgencyKind, number> = {
  province: 0,
  service_centre: 1,
  department: 2,
  central: 3,
  commune: 4,
  unit: 5,
};

const KINDS_IN_ORDER = (Object.keys(KIND_RANK) as AgencyKind[]).sort(
  (a, b) => KIND_RANK[a] - KIND_RANK[b],
);

/** Grouped by kind, names sorted the Vietnamese way. */
export function agencyOptionGroups(
  agencies: readonly Agency[],
  kindLabel: (kind: AgencyKind) => string,
): ComboboxItemGroup<ComboboxItem>[] {
  return KINDS_IN_ORDER.map((kind) => ({
    group: kindLabel(kind),
    items: agencies
      .filter((agency) => agency.kind === kind)
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((agency) => ({ value: agency.id, label: agency.name })),
  })).filter((group) => group.items.length > 0);
}

/** Matches every typed word, ignoring diacritics, against the name, short name and code. */
export function agencyFilter(agencies: readonly Agency[]): OptionsFilter {
  const haystacks = new Map(
    agencies.map((agency) => [
      agency.id,
      foldVietnamese([agency.name, agency.shortName ?? '', agency.code].join(' ')),
    ]),
  );
  return ({ options, search }) => {
    const words = foldVietnamese(search).split(/\s+/).filter(Boolean);
    if (words.length === 0) return options;
    const matches = (value: string, label: string) => {
      const haystack = haystacks.get(value) ?? foldVietnamese(label);
      return words.every((word) => haystack.includes(word));
    };
    return options.flatMap((option): ComboboxParsedItem[] => {
      if ('group' in option) {
        const items = option.items.filter((item) => matches(item.value, item.label));
        return items.length > 0 ? [{ ...option, items }] : [];
      }
      return matches(option.value, option.label) ? [option] : [];
    });
  };
}
