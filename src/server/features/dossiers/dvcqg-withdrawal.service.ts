import type { Kysely } from 'kysely';
import { type Actor, can } from '../../../domain/access/policy.js';
import { type DossierState, NATIONAL_STATUS_OF } from '../../../domain/dossier/states.js';
import { allowedActions } from '../../../domain/dossier/transitions.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { notifyCounterOfficers } from '../notifications/notifications.service.js';
import { act } from './dossier-processing.service.js';
import type { DvcqgWithdrawalBody } from './dossiers.contract.js';
import { agencyById, findDossierByExternal } from './dossiers.queries.js';

const DVCQG = 'dvcqg';

/**
 * The applicant asked DVCQG to stop a dossier (domain.md §4 "Withdrawal", issue 6 §7). It goes
 * through the same guarded action as a withdrawal at the counter, recorded as coming from DVCQG
 * under the adapter's token; the counter officers are told. A stop request for a dossier already
 * stopped answers the same again (the portal retries deliveries); after the decision it is
 * refused by name, since a decided dossier can no longer be withdrawn.
 */
export async function withdrawFromDvcqg(
  db: Kysely<DB>,
  actor: Actor,
  dvcqgId: string,
  body: DvcqgWithdrawalBody,
  now = new Date(),
) {
  const row = await findDossierByExternal(db, DVCQG, dvcqgId);
  const receiving = row ? await agencyById(db, row.receiving_agency_id) : undefined;
  // Outside the token's agencies, a dossier is as absent as an unknown one.
  if (
    !row ||
    !receiving ||
    actor.kind !== 'system' ||
    !can(actor, 'dossier.submit_online', { agencyPath: receiving.path })
  )
    throw new AppError('NOT_FOUND', { detail: `Không có hồ sơ DVCQG ${dvcqgId}` });
  const answer = (state: DossierState, duplicate: boolean) => ({
    id: row.id,
    dvcqgId,
    state,
    nationalStatus: NATIONAL_STATUS_OF[state],
    duplicate,
  });
  const state = row.state as DossierState;
  if (state === 'withdrawn') return answer(state, true);
  if (!allowedActions(state).includes('withdraw'))
    throw new AppError('WITHDRAWAL_TOO_LATE', { extra: { state, version: row.version } });
  // The portal's request is recorded as the adapter's, with the receiving centre's power to
  // record a withdrawal for this one dossier.
  const recorder: Actor = {
    kind: 'system',
    id: actor.id,
    scopes: ['dossier.receive'],
    agencyPath: receiving.path,
  };
  const reason = body.reason ?? 'Công dân yêu cầu dừng xử lý hồ sơ trên Cổng Dịch vụ công quốc gia';
  await act(
    db,
    recorder,
    row.id,
    {
      action: 'withdraw',
      reason,
      source: 'dvcqg',
      requestedAt: body.requestedAt,
      version: row.version,
    },
    now,
    async (trx) => {
      await notifyCounterOfficers(trx, receiving.path, {
        kind: 'dossier.withdrawn_online',
        dossierId: row.id,
        title: `Hồ sơ ${row.code ?? row.external_code ?? dvcqgId}: công dân yêu cầu dừng xử lý trên Cổng DVCQG`,
      });
    },
  );
  return answer('withdrawn', false);
}
