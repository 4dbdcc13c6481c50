import type { BoardTask } from './board-state';

// No `warning` or `info`: MUI's default orange and light blue fail AA contrast behind white text.
type ChipColor = 'default' | 'primary' | 'secondary' | 'error';

export const PRIORITY: Readonly<
  Record<BoardTask['priority'], { label: string; color: ChipColor }>
> = {
  low: { label: 'Low', color: 'default' },
  medium: { label: 'Medium', color: 'primary' },
  high: { label: 'High', color: 'secondary' },
  critical: { label: 'Critical', color: 'error' },
};

export const TASK_STATUS: Readonly<Record<BoardTask['status'], string>> = {
  blocked: 'Blocked',
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};
