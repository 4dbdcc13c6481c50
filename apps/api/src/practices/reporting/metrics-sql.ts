/** Small pieces the reporting queries share. */

/** Statuses of a request that left the flow for good, successfully or not. */
export const FINISHED_STATUSES = ['fulfilled', 'closed', 'rejected', 'cancelled'];
export const SUCCESSFUL_STATUSES = ['fulfilled', 'closed'];
/** Being worked: approved and waiting for tasks, tasks running, or paused. */
export const OPEN_WORK_STATUSES = ['approved', 'in_progress', 'on_hold'];

/** numeric/bigint arrive from node-postgres as strings; null stays null. */
export function toNumber(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return Number(value);
}

export function toCount(value: string | number | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** part / whole as a percentage with one decimal; null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** Rounds to two decimals (means of ratings and minutes). */
export function round2(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}
