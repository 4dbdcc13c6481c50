import type { Schemas } from '@trellis/api-client';
import { useApi } from '../../../app/api/api-context';

export type TaskDetail = Schemas['TaskDto'];

/** One task with its checklist, notes and time entries. */
export function useTask(id: string) {
  const { client } = useApi();
  return client.query.useQuery('get', '/api/v1/tasks/{id}', { params: { path: { id } } });
}
