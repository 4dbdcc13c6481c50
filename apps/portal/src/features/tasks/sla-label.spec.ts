import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../shared/format';
import { slaLabel } from './sla-label';

describe('slaLabel', () => {
  const due = '2026-11-23T15:30:00.000Z';

  it('says when a running clock falls due, and flags a breach', () => {
    expect(slaLabel({ slaStage: 'running', slaDueAt: due })).toEqual({
      label: `Due ${formatDateTime(due)}`,
      tone: 'default',
    });
    expect(slaLabel({ slaStage: 'breached', slaDueAt: due })).toEqual({
      label: 'SLA breached',
      tone: 'error',
    });
    expect(slaLabel({ slaStage: 'met', slaDueAt: due })?.tone).toBe('success');
    expect(slaLabel({ slaStage: 'paused', slaDueAt: due })?.label).toBe('SLA paused');
  });

  it('shows nothing for a task without a clock or with a cancelled one', () => {
    expect(slaLabel({ slaStage: null, slaDueAt: null })).toBeNull();
    expect(slaLabel({ slaStage: 'cancelled', slaDueAt: due })).toBeNull();
  });
});
