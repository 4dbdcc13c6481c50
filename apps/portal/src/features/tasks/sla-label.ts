import { formatDateTime } from '../../shared/format';
import type { BoardTask } from './board-state';

export interface SlaLabel {
  label: string;
  tone: 'error' | 'success' | 'default';
}

/** What a card says of the task's operational-level clock; null when it has none to show. */
export function slaLabel(task: Pick<BoardTask, 'slaStage' | 'slaDueAt'>): SlaLabel | null {
  switch (task.slaStage) {
    case 'breached':
      return { label: 'SLA breached', tone: 'error' };
    case 'running':
      return task.slaDueAt
        ? { label: `Due ${formatDateTime(task.slaDueAt)}`, tone: 'default' }
        : null;
    case 'paused':
      return { label: 'SLA paused', tone: 'default' };
    case 'met':
      return { label: 'SLA met', tone: 'success' };
    case 'cancelled':
    case null:
      return null;
  }
}
