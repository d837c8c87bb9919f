import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type ApiError, isApiError } from '../../api/api-error.js';
import { usersQueryKey } from './users-api.js';

/**
 * On a stale version the list is reloaded, and the dialog's form, keyed by version, starts over
 * from what is now stored: the officer sees the other change before deciding to redo theirs.
 */
export function useConflictReload() {
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const handle = (error: unknown): boolean => {
    if (!isApiError(error, 'VERSION_CONFLICT')) return false;
    setConflict(error);
    void queryClient.invalidateQueries({ queryKey: usersQueryKey });
    return true;
  };
  return { conflict, handle };
}
