import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface SearchPagerProps {
  page: number;
  hasMore: boolean;
  onPageChange: (page: number) => void;
}

/** The server does not count every match of a broad query, so pages go one step at a time. */
export function SearchPager({ page, hasMore, onPageChange }: SearchPagerProps) {
  const { t } = useTranslation();
  if (page <= 1 && !hasMore) return null;
  return (
    <Group
      component="nav"
      aria-label={t('catalog.pagination')}
      justify="center"
      gap="sm"
      className="no-print"
    >
      <Button
        variant="default"
        leftSection={<IconChevronLeft size={16} aria-hidden />}
        disabled={page <= 1}
        onClick={() => onPageChange(page - 1)}
      >
        {t('catalog.previousPage')}
      </Button>
      <Text size="sm" aria-current="page">
        {t('catalog.pageNumber', { page })}
      </Text>
      <Button
        variant="default"
        rightSection={<IconChevronRight size={16} aria-hidden />}
        disabled={!hasMore}
        onClick={() => onPageChange(page + 1)}
      >
        {t('catalog.nextPage')}
      </Button>
    </Group>
  );
}
