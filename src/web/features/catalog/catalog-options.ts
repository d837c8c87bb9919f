import type {
  ApplicantType,
  FeeKind,
  OnlineLevel,
  ProcedureLevel,
  Unit,
  VersionState,
  WayChannel,
} from '../../api/types.js';

/**
 * The domain's lists come with zod, which stays out of the browser bundle. Records keyed by the
 * contract's types instead: a value added on the server fails to compile here until it is named.
 */
const LEVEL_SET: Record<ProcedureLevel, true> = { province: true, commune: true, central: true };
const ONLINE_LEVEL_SET: Record<OnlineLevel, true> = { full: true, partial: true, none: true };
const CHANNEL_SET: Record<WayChannel, true> = { counter: true, online: true, post: true };
const FEE_KIND_SET: Record<FeeKind, true> = { phi: true, le_phi: true };
const APPLICANT_TYPE_SET: Record<ApplicantType, true> = {
  citizen: true,
  organisation: true,
  business: true,
  foreigner: true,
  agency: true,
};
/** The units a procedure's time limit is written in, most common first. */
const UNIT_SET: Record<Unit, true> = {
  working_days: true,
  days: true,
  months: true,
  working_hours: true,
  hours: true,
};

function keysOf<T extends string>(record: Record<T, true>): readonly T[] {
  return Object.keys(record) as T[];
}

export const LEVELS = keysOf(LEVEL_SET);
export const ONLINE_LEVELS = keysOf(ONLINE_LEVEL_SET);
export const CHANNELS = keysOf(CHANNEL_SET);
export const FEE_KINDS = keysOf(FEE_KIND_SET);
export const APPLICANT_TYPES = keysOf(APPLICANT_TYPE_SET);
export const UNITS = keysOf(UNIT_SET);

export function isLevel(value: unknown): value is ProcedureLevel {
  return typeof value === 'string' && value in LEVEL_SET;
}

export function isOnlineLevel(value: unknown): value is OnlineLevel {
  return typeof value === 'string' && value in ONLINE_LEVEL_SET;
}

export const STATE_COLOURS: Record<VersionState, string> = {
  draft: 'yellow',
  published: 'green',
  superseded: 'gray',
  abolished: 'red',
};

/** The same pattern as the server's contract: "1.001234", or the long form of a local variant. */
export const NATIONAL_CODE = /^[1-3]\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})?$/;
