import { Badge, Group, Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcedureSummary } from '../../api/types.js';
import { useLanguage } from '../../i18n/use-language.js';
import { AnchorLink } from '../../ui/router-links.js';
import { timeLimitText } from './catalog-text.js';
import { FactList } from './fact-list.js';

/** Results for citizens: cards rather than a wide table, so a phone shows them without scrolling. */
export function ProcedureCards({ items }: { items: readonly ProcedureSummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="catalog-cards">
      {items.map((item) => (
        <li key={item.nationalCode}>
          <Paper withBorder p="sm">
            <Group justify="space-between" align="flex-start" gap={6} mb={6}>
              <Title order={3} size="h5" lh={1.35}>
                <AnchorLink to="/thu-tuc/$code" params={{ code: item.nationalCode }}>
                  {item.name}
                </AnchorLink>
              </Title>
              {item.onlineLevel !== 'none' && (
                <Badge variant="light" color="teal" tt="none">
                  {t('catalog.channels.online')}: {t(`catalog.onlineLevels.${item.onlineLevel}`)}
                </Badge>
              )}
            </Group>
            <FactList
              compact
              facts={[
                { label: t('catalog.facts.code'), value: item.nationalCode },
                { label: t('catalog.facts.field'), value: item.field },
                { label: t('catalog.facts.level'), value: t(`catalog.levels.${item.level}`) },
                { label: t('catalog.facts.agency'), value: item.competentAgency },
                {
                  label: t('catalog.facts.timeLimit'),
                  value: timeLimitText(t, language, item.timeLimit),
                },
              ]}
            />
          </Paper>
        </li>
      ))}
    </ul>
  );
}
