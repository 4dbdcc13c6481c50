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

/** Minutes as people say them: "45 min", "2 h 5 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
