import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { signOut } from './auth-api.js';
import { replaceSession } from './session-query.js';

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: signOut,
    // Even if the server call fails (e.g. the session had already expired) the officer asked to
    // leave, so local state is dropped and the sign-in page shown regardless.
    onSettled: async () => {
      replaceSession(queryClient, null);
      await navigate({ to: '/dang-nhap' });
    },
  });
}
