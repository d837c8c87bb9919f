import type { TFunction } from 'i18next';
import type { ProcedureVersionInfo } from '../../api/types.js';
import { formatIsoDate } from '../calendar/day-text.js';

/** "Phiên bản 2, hiệu lực từ 01/07/2025" (and "đến …" once another version replaced it). */
export function versionText(
  t: TFunction,
  version: Pick<ProcedureVersionInfo, 'versionNo' | 'validFrom' | 'validTo'>,
): string {
  if (!version.validFrom) return t('catalog.versionUndated', { version: version.versionNo });
  const from = formatIsoDate(version.validFrom);
  if (!version.validTo) return t('catalog.versionInfo', { version: version.versionNo, from });
  return t('catalog.versionInfoUntil', {
    version: version.versionNo,
    from,
    to: formatIsoDate(version.validTo),
  });
}
