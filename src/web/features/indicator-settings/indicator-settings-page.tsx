import { Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.js';
import { useCan } from '../auth/current-user.js';
import { RequirePermission } from '../auth/require-permission.js';
import { SchemePanel } from './scheme-panel.js';
import { TargetsPanel } from './targets-panel.js';

export type IndicatorSettingsTab = 'targets' | 'scheme';

interface IndicatorSettingsPageProps {
  tab: IndicatorSettingsTab;
  onTabChange: (tab: IndicatorSettingsTab) => void;
}

/**
 * `/quan-tri/chi-so-phuc-vu` (issue 7): the plan's targets and the service index's scheme as
 * versions. Administrators of the province create, edit and delete versions not yet in force;
 * those who read the indicators see what their figures are held against.
 */
export function IndicatorSettingsPage(props: IndicatorSettingsPageProps) {
  const manages = useCan('indicator.settings.manage');
  const reads = useCan('indicator.read');
  // Neither: the same refusal as any page the menu would not offer.
  if (!manages && !reads)
    return <RequirePermission action="indicator.settings.manage">{null}</RequirePermission>;
  return <IndicatorSettingsScreen {...props} />;
}

function IndicatorSettingsScreen({ tab, onTabChange }: IndicatorSettingsPageProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PageHeader title={t('indicatorSettings.title')} />
      <Text size="sm" c="dimmed" maw={900}>
        {t('indicatorSettings.intro')}
      </Text>
      {/* Tabs move with the arrow keys; each panel keeps its own list and dialogs. */}
      <Tabs
        value={tab}
        onChange={(value) => value && onTabChange(value as IndicatorSettingsTab)}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="targets">{t('indicatorSettings.tabs.targets')}</Tabs.Tab>
          <Tabs.Tab value="scheme">{t('indicatorSettings.tabs.scheme')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="targets" pt="md">
          <TargetsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="scheme" pt="md">
          <SchemePanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
