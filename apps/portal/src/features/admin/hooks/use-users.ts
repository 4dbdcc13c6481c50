import type { Schemas } from '@trellis/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@trellis/domain';
import { useApi } from '../../../app/api/api-context';
import { queryKeys } from '../../../app/api/query-keys';

export type User = Schemas['UserDto'];

/** What the user dialog edits. `email` is set once, at creation; an empty password sets none. */
export interface UserFields {
  email: string;
  name: string;
  roles: Role[];
  managerId: string | null;
  active: boolean;
  password: string;
}

const PAGE_SIZE = 50;

/** The tenant's users, a keyset page at a time (`fetchNextPage` while `hasNextPage`). */
export function useUsers() {
  const { client } = useApi();
  return client.query.useInfiniteQuery(
    'get',
    '/api/v1/users',
    { params: { query: { limit: PAGE_SIZE } } },
    {
      pageParamName: 'cursor',
      // null, not undefined: the client drops null query parameters, while an undefined page
      // param would be replaced by openapi-react-query's default of 0.
      initialPageParam: null,
      getNextPageParam: (page) => page.nextCursor,
      select: (data) => data.pages.flatMap((page) => page.items),
    },
  );
}

/**
 * Creates a user (`user` absent) or changes one, sending the version it was read at so a
 * concurrent change gets a 409 instead of being overwritten. Only what the dialog may change
 * is sent; a password only when one was typed.
 */
export function useSaveUser() {
  const { client } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      user,
      fields,
      idempotencyKey,
    }: {
      user: User | null;
      fields: UserFields;
      idempotencyKey: string;
    }) => {
      const password = fields.password === '' ? {} : { password: fields.password };
      const result = user
        ? await client.fetch.PATCH('/api/v1/users/{id}', {
            params: { path: { id: user.id } },
            body: {
              version: user.version,
              name: fields.name,
              roles: fields.roles,
              managerId: fields.managerId,
              active: fields.active,
              ...password,
            },
          })
        : await client.fetch.POST('/api/v1/users', {
            params: { header: { 'Idempotency-Key': idempotencyKey } },
            body: {
              email: fields.email,
              name: fields.name,
              roles: fields.roles,
              managerId: fields.managerId,
              ...password,
            },
          });
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- problem details, as the query hooks throw them
      if (result.error) throw result.error;
      return result.data;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users }),
  });
}
