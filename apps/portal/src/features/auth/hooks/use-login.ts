import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';

/** Signs in; on success the tokens are stored and whatever another session cached is dropped. */
export function useLogin() {
  const { client, tokens } = useApi();
  const queryClient = useQueryClient();
  return client.query.useMutation('post', '/api/v1/auth/login', {
    onSuccess: (pair) => {
      queryClient.clear();
      tokens.set({ accessToken: pair.accessToken, refreshToken: pair.refreshToken });
    },
  });
}
