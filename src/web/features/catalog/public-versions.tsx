import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcedureVersionInfo } from '../../api/types.js';
import { AnchorLink } from '../../ui/router-links.js';
import { STATE_COLOURS } from './catalog-options.js';
import { versionText } from './version-text.js';

interface PublicVersionsProps {
  code: string;
  versions: readonly ProcedureVersionInfo[];
  shown: number;
}

/** Every published version stays readable, newest first, for files received under an older one. */
export function PublicVersions({ code, versions, shown }: PublicVersionsProps) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={4} listStyleType="none" withPadding={false}>
      {[...versions].reverse().map((version) => (
        <List.Item key={version.versionNo}>
          <Group gap="xs" wrap="wrap">
            {version.versionNo === shown ? (
              <Text span size="sm" fw={600} aria-current="page">
                {versionText(t, version)}
              </Text>
            ) : (
              <AnchorLink
                to="/thu-tuc/$code"
                params={{ code }}
                search={{ version: version.versionNo }}
                size="sm"
              >
                {versionText(t, version)}
              </AnchorLink>
            )}
            <Badge color={STATE_COLOURS[version.state]} variant="light" tt="none" size="sm">
              {t(`catalog.states.${version.state}`)}
            </Badge>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
