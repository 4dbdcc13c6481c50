import type { Schemas } from '@trellis/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';

export type NewSlaPolicy = Schemas['CreateSlaPolicyRequest'];
export type SlaPolicyChanges = Schemas['UpdateSlaPolicyRequest'];

export type SaveSlaPolicy =
  | { kind: 'create'; body: NewSlaPolicy; idempotencyKey: string }
  | { kind: 'update'; id: string; body: SlaPolicyChanges };

/** Creates or changes an SLA policy; changes carry the version read (409 when stale). */
export function useSaveSlaPolicy() {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (save: SaveSlaPolicy) => {
      const result =
        save.kind === 'create'
          ? await client.fetch.POST('/api/v1/sla/policies', {
              params: { header: { 'Idempotency-Key': save.idempotencyKey } },
              body: save.body,
            })
          : await client.fetch.PATCH('/api/v1/sla/policies/{id}', {
              params: { path: { id: save.id } },
              body: save.body,
            });
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (result.error) throw result.error;
      return result.data;
    },
    onSuccess: async () => {
      // Making one policy the default un-defaults another: refresh every policy.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.slaPolicies }),
        queryClient.invalidateQueries({ queryKey: queryKeys.slaPolicy }),
      ]);
    },
  });
}
