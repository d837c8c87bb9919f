/**
 * Wire shapes of the intake API, from the server's zod contract; only types are imported, so zod
 * never reaches the browser bundle (as in api/types.ts).
 */
import type { z } from 'zod';
import { DOSSIER_STATES, type DossierState } from '../../../domain/dossier/states.js';
import type {
  CorrectionBody,
  DeclineBody,
  DossierDetail as DossierDetailSchema,
  DossierHandlers as DossierHandlersSchema,
  DossierList as DossierListSchema,
  IntakeBody,
  NotificationList as NotificationListSchema,
  PublicDossier as PublicDossierSchema,
  StoredFile as StoredFileSchema,
  VersionBody,
} from '../../../server/features/dossiers/dossiers.contract.js';

export type { DossierState };
export type DossierDetail = z.infer<typeof DossierDetailSchema>;
export type DossierComponent = DossierDetail['components'][number];
export type DossierHandlers = z.infer<typeof DossierHandlersSchema>;
export type DossierHistoryEntry = DossierDetail['history'][number];
export type DossierApplicant = DossierDetail['applicant'];
export type DossierProxy = NonNullable<DossierDetail['proxy']>;
export type DossierForm = DossierDetail['forms'][number];
export type DossierChannel = DossierDetail['channel'];
export type DossierListResponse = z.infer<typeof DossierListSchema>;
export type DossierSummary = DossierListResponse['items'][number];
/** `input` because the server fills defaults (channel, missing, reasons, files). */
export type IntakeRequest = z.input<typeof IntakeBody>;
export type IntakeOutcome = IntakeRequest['outcome'];
export type MissingItem = NonNullable<IntakeRequest['missing']>[number];
export type StoredFile = z.infer<typeof StoredFileSchema>;
export type AcceptRequest = z.infer<typeof VersionBody>;
export type CorrectionRequest = z.infer<typeof CorrectionBody>;
export type DeclineRequest = z.infer<typeof DeclineBody>;
export type NotificationListResponse = z.infer<typeof NotificationListSchema>;
export type DossierNotification = NotificationListResponse['items'][number];
export type PublicDossier = z.infer<typeof PublicDossierSchema>;
export type LookupStage = PublicDossier['progress']['stage'];

/**
 * One commune-level unit of the national list, as GET /api/v1/admin-units answers. The route
 * keeps its schema to itself (admin-units.routes.ts), so the shape is restated here.
 */
export interface AdminUnit {
  code: string;
  name: string;
  fullName: string;
  provinceName: string;
}

/** The domain module is pure data (no zod, no I/O), so the list itself may come along. */
export { DOSSIER_STATES };

export function isDossierState(value: unknown): value is DossierState {
  return DOSSIER_STATES.includes(value as DossierState);
}

export const DOSSIER_CHANNELS = [
  'counter',
  'online',
  'post',
] as const satisfies readonly DossierChannel[];

export function isDossierChannel(value: unknown): value is DossierChannel {
  return DOSSIER_CHANNELS.includes(value as DossierChannel);
}
