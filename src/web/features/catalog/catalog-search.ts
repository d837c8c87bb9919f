import type { OnlineLevel, ProcedureLevel } from '../../api/types.js';
import { isLevel, isOnlineLevel } from './catalog-options.js';

/** The query and filters live in the address, so a search can be bookmarked or sent to someone. */
export interface CatalogSearch {
  q?: string | undefined;
  level?: ProcedureLevel | undefined;
  onlineLevel?: OnlineLevel | undefined;
  page?: number | undefined;
}

export function parseCatalogSearch(raw: Record<string, unknown>): CatalogSearch {
  // A code typed into the address ("?q=1.001234") reaches here as a number.
  const text = typeof raw.q === 'number' ? String(raw.q) : raw.q;
  const q = typeof text === 'string' && text.trim() ? text.trim().slice(0, 200) : undefined;
  const page = Number(raw.page);
  return {
    q,
    level: isLevel(raw.level) ? raw.level : undefined,
    onlineLevel: isOnlineLevel(raw.onlineLevel) ? raw.onlineLevel : undefined,
    page: Number.isInteger(page) && page > 1 && page <= 1000 ? page : undefined,
  };
}

/** Which version of a procedure to show; absent means the one in force. */
export interface VersionSearch {
  version?: number | undefined;
}

export function parseVersionSearch(raw: Record<string, unknown>): VersionSearch {
  const version = Number(raw.version);
  return { version: Number.isInteger(version) && version >= 1 ? version : undefined };
}
