import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type CounterName = 'request' | 'task';

const PREFIX: Record<CounterName, string> = { request: 'REQ', task: 'TASK' };

/** REQ-000042: the per-tenant number people quote. */
export function formatNumber(counter: CounterName, value: string | number): string {
  return `${PREFIX[counter]}-${String(value).padStart(6, '0')}`;
}

/**
 * The counter's increment by `count` (a placeholder or literal, 1 by default) as a statement
 * yielding the last number taken, `value`. NumberingService runs it alone; a create can take its
 * number inside its own INSERT (`WITH counter AS (...) INSERT ... SELECT counter.value`), one round
 * trip less while the counter's row lock is held. `tenantParam` is a placeholder (`$1`).
 */
export function nextNumberSql(tenantParam: string, counter: CounterName, count = '1'): string {
  return `INSERT INTO tenant_counters (tenant_id, name, value) VALUES (${tenantParam}, '${counter}', ${count})
    ON CONFLICT (tenant_id, name) DO UPDATE SET value = tenant_counters.value + EXCLUDED.value
    RETURNING value`;
}

/**
 * Gap-free, duplicate-free per-tenant numbers. The upsert takes the counter row's lock until the
 * caller's transaction ends, so concurrent creates in one tenant queue for the increment (a few
 * microseconds of work) and a rolled-back create gives its number back.
 */
@Injectable()
export class NumberingService {
  async next(
    manager: EntityManager,
    tenantId: string,
    counter: CounterName,
    count = 1,
  ): Promise<string[]> {
    const [row]: { value: string }[] = await manager.query(nextNumberSql('$1', counter, '$2'), [
      tenantId,
      count,
    ]);
    const last = BigInt(row.value);
    return Array.from({ length: count }, (_, i) => (last - BigInt(count - 1 - i)).toString());
  }
}
