import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '../../api/types.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatIsoDate } from '../calendar/day-text.js';
import { CatalogSection } from './catalog-section.js';
import { timeLimitText } from './catalog-text.js';
import { ComponentsTable } from './components-table.js';
import { FactList } from './fact-list.js';
import { WaysTable } from './ways-table.js';

type Shown = Pick<ProcedureDetail, 'nationalCode' | 'content' | 'competentAgencyName'>;

export function ProcedureFacts({ procedure }: { procedure: Shown }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { content } = procedure;
  return (
    <FactList
      facts={[
        { label: t('catalog.facts.code'), value: procedure.nationalCode },
        { label: t('catalog.facts.field'), value: content.field },
        { label: t('catalog.facts.level'), value: t(`catalog.levels.${content.level}`) },
        { label: t('catalog.facts.agency'), value: procedure.competentAgencyName },
        {
          label: t('catalog.facts.timeLimit'),
          value: <strong>{timeLimitText(t, language, content.timeLimit)}</strong>,
        },
        {
          label: t('catalog.facts.onlineLevel'),
          value: t(`catalog.onlineLevels.${content.onlineLevel}`),
        },
      ]}
    />
  );
}

/**
 * What a citizen needs to prepare and where to go, in the order of the published catalogue. The
 * internal process is the office's business and is not shown here.
 */
export function ProcedureSections({ procedure }: { procedure: Shown }) {
  const { t } = useTranslation();
  const { content } = procedure;
  return (
    <Stack gap="lg">
      <CatalogSection title={t('catalog.sections.where')}>
        <Text size="sm">
          {content.boundaryFree
            ? t('catalog.anyCounter')
            : t('catalog.atAgency', { agency: procedure.competentAgencyName })}
        </Text>
        {content.postalAllowed && <Text size="sm">{t('catalog.byPost')}</Text>}
      </CatalogSection>
      <CatalogSection title={t('catalog.sections.ways')}>
        <WaysTable ways={content.ways} />
      </CatalogSection>
      <CatalogSection title={t('catalog.sections.steps')}>
        <ol className="catalog-steps">
          {content.steps.map((step, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the steps' order is what they are
            <li key={index}>
              <Text size="sm">{step}</Text>
            </li>
          ))}
        </ol>
      </CatalogSection>
      <CatalogSection title={t('catalog.sections.components')}>
        <ComponentsTable components={content.components} />
      </CatalogSection>
      <CatalogSection title={t('catalog.sections.results')}>
        <List size="sm" spacing={2}>
          {content.results.map((result) => (
            <List.Item key={result.name}>{result.name}</List.Item>
          ))}
        </List>
      </CatalogSection>
      <CatalogSection title={t('catalog.sections.applicants')}>
        <Text size="sm">
          {content.applicantTypes.map((type) => t(`catalog.applicantTypes.${type}`)).join(', ')}
        </Text>
      </CatalogSection>
      <CatalogSection title={t('catalog.sections.conditions')}>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {content.conditions ?? t('catalog.noConditions')}
        </Text>
      </CatalogSection>
      <CatalogSection title={t('catalog.sections.legalBases')}>
        {content.legalBases.length === 0 ? (
          <Text size="sm">{t('catalog.noLegalBases')}</Text>
        ) : (
          <List size="sm" spacing={2}>
            {content.legalBases.map((basis) => (
              <List.Item key={basis.number}>
                <Text span size="sm" fw={600}>
                  {basis.number}
                </Text>{' '}
                — {basis.title}
                {basis.issuedOn && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    ({t('catalog.legalIssued', { date: formatIsoDate(basis.issuedOn) })})
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </CatalogSection>
    </Stack>
  );
}
