import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AgencyKind } from '../features/agencies/agencies.contract.js';
import { stableId } from './stable-id.js';

export interface AgencySeed {
  id: string;
  parentId: string | null;
  kind: AgencyKind;
  name: string;
  shortName: string | null;
  code: string;
  adminUnitCode: string | null;
}

interface UnitsFile {
  province: { code: string; name: string; fullName: string };
  units: { code: string; name: string; fullName: string; type: string }[];
}

const UNITS_PATH = fileURLToPath(
  new URL('../../../reference/bac-ninh-units.json', import.meta.url),
);

/** The day the two-level local government of Bắc Ninh (after the merger) took effect. */
export const ORGANISATION_VALID_FROM = '2025-07-01';

const DEPARTMENTS: [key: string, name: string, short: string][] = [
  ['vp-ubnd', 'Văn phòng Ủy ban nhân dân tỉnh', 'VP UBND tỉnh'],
  ['so-noi-vu', 'Sở Nội vụ', 'SNV'],
  ['so-tu-phap', 'Sở Tư pháp', 'STP'],
  ['so-tai-chinh', 'Sở Tài chính', 'STC'],
  ['so-cong-thuong', 'Sở Công Thương', 'SCT'],
  ['so-nn-mt', 'Sở Nông nghiệp và Môi trường', 'SNNMT'],
  ['so-xay-dung', 'Sở Xây dựng', 'SXD'],
  ['so-khcn', 'Sở Khoa học và Công nghệ', 'SKHCN'],
  ['so-gddt', 'Sở Giáo dục và Đào tạo', 'SGDĐT'],
  ['so-y-te', 'Sở Y tế', 'SYT'],
  ['so-vhttdl', 'Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL'],
  ['so-dttg', 'Sở Dân tộc và Tôn giáo', 'SDTTG'],
  ['thanh-tra', 'Thanh tra tỉnh', 'TTr'],
  ['bql-kcn', 'Ban Quản lý các khu công nghiệp tỉnh', 'BQL KCN'],
];

const CENTRAL: [key: string, name: string, short: string][] = [
  ['cong-an', 'Công an tỉnh Bắc Ninh', 'CA tỉnh'],
  ['thue', 'Thuế tỉnh Bắc Ninh', 'Thuế tỉnh'],
  ['bhxh', 'Bảo hiểm xã hội tỉnh Bắc Ninh', 'BHXH tỉnh'],
];

/**
 * Electronic identifiers here are placeholders in the shape of the national format
 * (xxx.yy.zz.Hnn) until the province confirms its own list; `codeIsPlaceholder` says so and an
 * administrator replaces them through the API.
 */
const PROVINCE_SUFFIX = 'H06';

export function bacNinhOrganisation(): AgencySeed[] {
  const file = JSON.parse(readFileSync(UNITS_PATH, 'utf8')) as UnitsFile;
  const province: AgencySeed = {
    id: stableId('agency:province'),
    parentId: null,
    kind: 'province',
    name: 'Ủy ban nhân dân tỉnh Bắc Ninh',
    shortName: 'UBND tỉnh Bắc Ninh',
    code: `000.00.00.${PROVINCE_SUFFIX}`,
    adminUnitCode: file.province.code,
  };
  const out: AgencySeed[] = [province];
  DEPARTMENTS.forEach(([key, name, short], i) => {
    out.push({
      id: stableId(`agency:${key}`),
      parentId: province.id,
      kind: 'department',
      name,
      shortName: short,
      code: `000.00.${String(i + 1).padStart(2, '0')}.${PROVINCE_SUFFIX}`,
      adminUnitCode: null,
    });
  });
  out.push({
    id: stableId('agency:ttpvhcc-tinh'),
    parentId: stableId('agency:vp-ubnd'),
    kind: 'service_centre',
    name: 'Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh',
    shortName: 'TTPVHCC tỉnh',
    code: `000.01.01.${PROVINCE_SUFFIX}`,
    adminUnitCode: null,
  });
  CENTRAL.forEach(([key, name, short], i) => {
    out.push({
      id: stableId(`agency:${key}`),
      parentId: province.id,
      kind: 'central',
      name,
      shortName: short,
      code: `000.00.${String(50 + i).padStart(2, '0')}.${PROVINCE_SUFFIX}`,
      adminUnitCode: null,
    });
  });
  file.units.forEach((unit, i) => {
    const communeId = stableId(`agency:commune:${unit.code}`);
    const seq = String(i + 1).padStart(3, '0');
    out.push({
      id: communeId,
      parentId: province.id,
      kind: 'commune',
      name: `Ủy ban nhân dân ${unit.fullName.replace(/^Xã/, 'xã').replace(/^Phường/, 'phường')}`,
      shortName: unit.fullName,
      code: `${seq}.00.00.${PROVINCE_SUFFIX}`,
      adminUnitCode: unit.code,
    });
    out.push({
      id: stableId(`agency:commune-centre:${unit.code}`),
      parentId: communeId,
      kind: 'service_centre',
      name: `Trung tâm Phục vụ hành chính công ${unit.fullName.replace(/^Xã/, 'xã').replace(/^Phường/, 'phường')}`,
      shortName: `TTPVHCC ${unit.name}`,
      code: `${seq}.00.01.${PROVINCE_SUFFIX}`,
      adminUnitCode: unit.code,
    });
  });
  return out;
}
