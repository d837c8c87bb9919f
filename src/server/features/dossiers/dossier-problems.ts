import type { DossierState } from '../../../domain/dossier/states.js';
import {
  type DossierAction,
  DossierTransitionError,
  transition,
} from '../../../domain/dossier/transitions.js';
import { AppError } from '../../http/problem.js';

/** Somebody changed the dossier since it was read: 409 with what it is now, when known. */
export function conflict(version: number | undefined, state: string | undefined) {
  return new AppError('DOSSIER_VERSION_CONFLICT', {
    detail: 'Hồ sơ đã được người khác xử lý; hãy tải lại để xem trạng thái hiện tại.',
    extra: {
      ...(version === undefined ? {} : { currentVersion: version }),
      ...(state ? { state } : {}),
    },
  });
}

/** The state table refuses the action from this state: 409 with the state and version. */
export function forbiddenTransition(state: string, action: string, version?: number) {
  return new AppError('DOSSIER_TRANSITION_FORBIDDEN', {
    detail: `Không thể thực hiện "${action}" khi hồ sơ ở trạng thái "${state}".`,
    extra: { state, ...(version === undefined ? {} : { version }) },
  });
}

/** The next state by the table, or the named refusal. */
export function nextState(state: string, action: DossierAction, version?: number): DossierState {
  try {
    return transition(state as DossierState, action);
  } catch (error) {
    if (error instanceof DossierTransitionError) throw forbiddenTransition(state, action, version);
    throw error;
  }
}
