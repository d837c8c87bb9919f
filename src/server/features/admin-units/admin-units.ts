import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { searchKey } from '../../../domain/catalog/search-key.js';

/**
 * The commune-level units of Vietnam since 1 July 2025 (reference/), read once per process:
 * addresses are checked against it and the address picker searches it.
 */
export interface AdminUnit {
  code: string;
  name: string;
  fullName: string;
  provinceCode: string;
  provinceName: string;
}

interface UnitsFile {
  provinces: {
    code: string;
    fullName: string;
    units: { code: string; name: string; fullName: string }[];
  }[];
}

const PATH = fileURLToPath(
  new URL('../../../../reference/vn-administrative-units-2025.json', import.meta.url),
);

let loaded: { byCode: Map<string, AdminUnit>; keyed: [string, AdminUnit][] } | undefined;

function units() {
  if (loaded) return loaded;
  const file = JSON.parse(readFileSync(PATH, 'utf8')) as UnitsFile;
  const byCode = new Map<string, AdminUnit>();
  for (const p of file.provinces)
    for (const u of p.units)
      byCode.set(u.code, {
        code: u.code,
        name: u.name,
        fullName: u.fullName,
        provinceCode: p.code,
        provinceName: p.fullName,
      });
  const keyed = [...byCode.values()].map(
    (u) => [searchKey(`${u.fullName} ${u.provinceName}`), u] as [string, AdminUnit],
  );
  loaded = { byCode, keyed };
  return loaded;
}

export function adminUnit(code: string): AdminUnit | undefined {
  return units().byCode.get(code);
}

/** "Phường Kinh Bắc, Tỉnh Bắc Ninh" */
export function unitLabel(unit: AdminUnit): string {
  return `${unit.fullName}, ${unit.provinceName}`;
}

/** Every typed word must appear; units of the home province first. */
export function searchUnits(q: string, homeProvince: string, limit = 20): AdminUnit[] {
  const words = searchKey(q).split(' ').filter(Boolean);
  const hits = units().keyed.filter(([key]) => words.every((w) => key.includes(w)));
  hits.sort(
    ([, a], [, b]) =>
      Number(b.provinceCode === homeProvince) - Number(a.provinceCode === homeProvince),
  );
  return hits.slice(0, limit).map(([, u]) => u);
}

/** An address as printed: "Số 5 đường Nguyễn Trãi, Phường Kinh Bắc, Tỉnh Bắc Ninh". */
export function addressText(address: { unitCode: string; detail: string } | string | undefined) {
  if (!address) return null;
  // As a previous system wrote it (an imported dossier).
  if (typeof address === 'string') return address;
  const unit = adminUnit(address.unitCode);
  return unit ? `${address.detail}, ${unitLabel(unit)}` : address.detail;
}
