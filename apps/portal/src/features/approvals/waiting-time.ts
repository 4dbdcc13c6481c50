const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long something has waited, as people say it: "12 min", "3 h 20 min", "2 d 4 h". */
export function formatWaiting(since: string, now: Date): string {
  const elapsed = now.getTime() - new Date(since).getTime();
  if (!Number.isFinite(elapsed) || elapsed < MINUTE) return 'Just now';
  const days = Math.floor(elapsed / DAY);
  const hours = Math.floor((elapsed % DAY) / HOUR);
  const minutes = Math.floor((elapsed % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/** Whether a due time has passed (an approval's timeout acts then). */
export function isOverdue(due: string | null, now: Date): boolean {
  return due !== null && new Date(due).getTime() <= now.getTime();
}
