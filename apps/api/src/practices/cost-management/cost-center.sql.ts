import type { CostCenterDto } from './dto/cost-center.dto';

export interface CostCenterRow {
  id: string;
  code: string;
  name: string;
  owner_id: string;
  budget_amount: string;
  currency: string;
  period_start: string;
  period_end: string;
  committed_amount: string;
  spent_amount: string;
  available_amount: string;
  created_at: Date;
  updated_at: Date;
  version: number;
}

// Dates as text: node-postgres would turn a `date` into a Date at local midnight, which shifts
// the day in any timezone west of UTC. numeric arrives as a string, which is what we want.
export const COST_CENTER_COLUMNS = `id, code, name, owner_id, budget_amount, currency,
  to_char(period_start, 'YYYY-MM-DD') AS period_start, to_char(period_end, 'YYYY-MM-DD') AS period_end,
  committed_amount, spent_amount, budget_amount - committed_amount - spent_amount AS available_amount,
  created_at, updated_at, version`;

export function toCostCenterDto(r: CostCenterRow): CostCenterDto {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    ownerId: r.owner_id,
    budgetAmount: r.budget_amount,
    currency: r.currency,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    committedAmount: r.committed_amount,
    spentAmount: r.spent_amount,
    availableAmount: r.available_amount,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}
