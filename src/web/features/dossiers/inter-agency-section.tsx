import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format-date.js';
import { useLanguage } from '../../i18n/use-language.js';
import { timeLimitText } from '../catalog/catalog-text.js';
import { DeadlineBadge } from './deadline-badge.js';
import { DossierSection } from './dossier-sections.js';
import { isUnit, untilText } from './dossier-text.js';
import type { DossierDetail } from './dossier-types.js';
import { type InterAgencyLeg, legStatus } from './processing-view.js';

const when = (iso: string | null) => (iso ? formatDateTime(iso) : '—');

/**
 * An inter-agency dossier (liên thông): the lead agency and each partner in the centre's order,
 * with the share of the time limit each has, when its part was sent, due and returned, what it
 * answered and whether in time; and whether the partners work one after another or all at once.
 */
export function InterAgencySection({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const ia = dossier.processing.interAgency;
  if (!ia) return null;
  const mode =
    ia.parallel === null
      ? t('processing.interAgency.notSent')
      : ia.parallel
        ? t('processing.interAgency.parallel')
        : t('processing.interAgency.sequential');
  return (
    <DossierSection title={t('processing.interAgency.title')}>
      <Text size="sm" mb="xs" data-testid="inter-agency-mode">
        {mode}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table
          withTableBorder
          striped
          verticalSpacing={4}
          horizontalSpacing="xs"
          fz="sm"
          className="dossier-list"
          data-testid="inter-agency"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>{t('processing.interAgency.order')}</Table.Th>
              <Table.Th>{t('processing.interAgency.agency')}</Table.Th>
              <Table.Th>{t('processing.interAgency.share')}</Table.Th>
              <Table.Th>{t('processing.interAgency.sentAt')}</Table.Th>
              <Table.Th>{t('processing.interAgency.dueAt')}</Table.Th>
              <Table.Th>{t('processing.interAgency.returnedAt')}</Table.Th>
              <Table.Th>{t('processing.interAgency.note')}</Table.Th>
              <Table.Th>{t('processing.interAgency.progress')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td>1</Table.Td>
              <AgencyCell
                name={ia.lead.name || ia.lead.code}
                role={t('processing.interAgency.lead')}
              />
              <Table.Td>—</Table.Td>
              <Table.Td>—</Table.Td>
              <Table.Td>—</Table.Td>
              <Table.Td>—</Table.Td>
              <Table.Td>—</Table.Td>
              <Table.Td>—</Table.Td>
            </Table.Tr>
            {ia.legs.map((leg, at) => (
              <LegRow key={leg.agency.id} leg={leg} number={at + 2} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </DossierSection>
  );
}

function LegRow({ leg, number }: { leg: InterAgencyLeg; number: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = legStatus(leg);
  const { amount, unit } = leg.share;
  return (
    <Table.Tr data-leg-status={status}>
      <Table.Td>{number}</Table.Td>
      <AgencyCell
        name={leg.agency.name || leg.agency.code}
        role={t('processing.interAgency.partner')}
      />
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {isUnit(unit) ? timeLimitText(t, language, { amount, unit }) : `${amount} ${unit}`}
      </Table.Td>
      <Table.Td>{when(leg.sentAt)}</Table.Td>
      <Table.Td>{leg.dueAt ? untilText(t, leg.dueAt) : '—'}</Table.Td>
      <Table.Td>{when(leg.returnedAt)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'pre-line' }}>{leg.note ?? '—'}</Table.Td>
      <Table.Td>
        {status === 'out' && leg.dueAt ? (
          <DeadlineBadge
            dueAt={leg.dueAt}
            compact={false}
            label={t('processing.interAgency.out')}
          />
        ) : (
          <LegBadge leg={leg} />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The agency as the row's header, with its part in the work under it. */
function AgencyCell({ name, role }: { name: string; role: string }) {
  return (
    <Table.Th scope="row" fw={500} style={{ verticalAlign: 'top' }}>
      {name}
      <Text size="xs" c="dimmed">
        {role}
      </Text>
    </Table.Th>
  );
}

function LegBadge({ leg }: { leg: InterAgencyLeg }) {
  const { t } = useTranslation();
  const status = legStatus(leg);
  const [color, label] =
    status === 'waiting'
      ? (['gray', t('processing.interAgency.waiting')] as const)
      : status === 'out'
        ? (['blue', t('processing.interAgency.out')] as const)
        : leg.onTime === false
          ? (['red', t('processing.interAgency.late')] as const)
          : (['teal', t('processing.interAgency.onTime')] as const);
  return (
    <Badge
      color={color}
      variant="light"
      className="dossier-print-plain"
      style={{ textTransform: 'none', minWidth: 'max-content' }}
    >
      {label}
    </Badge>
  );
}
