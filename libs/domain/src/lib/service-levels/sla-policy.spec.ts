import type { SlaPolicyRules } from './sla-policy';
import { validateSlaPolicy } from './sla-policy';

const valid: SlaPolicyRules = {
  targets: {
    low: { responseMinutes: 480, resolutionMinutes: 4800 },
    medium: { responseMinutes: 240, resolutionMinutes: 2400, taskMinutes: 960 },
    high: { responseMinutes: 60, resolutionMinutes: 960, taskMinutes: null },
    critical: { responseMinutes: 15, resolutionMinutes: 240 },
  },
  warningThresholds: [50, 75],
  pauseStates: ['on_hold'],
};

describe('validateSlaPolicy', () => {
  it('accepts targets for every priority, increasing thresholds and on_hold as a pause state', () => {
    expect(validateSlaPolicy(valid)).toEqual([]);
    expect(validateSlaPolicy({ ...valid, warningThresholds: [], pauseStates: [] })).toEqual([]);
  });

  it('requires every priority and refuses unknown ones', () => {
    const { critical: _critical, ...rest } = valid.targets;
    const problems = validateSlaPolicy({
      ...valid,
      targets: { ...rest, urgent: valid.targets.high } as unknown as SlaPolicyRules['targets'],
    });
    expect(problems.map((p) => p.path)).toEqual(['/targets/urgent', '/targets/critical']);
  });

  it('refuses zero, fractional and negative minutes, and a response longer than the resolution', () => {
    const problems = validateSlaPolicy({
      ...valid,
      targets: {
        ...valid.targets,
        low: { responseMinutes: 0, resolutionMinutes: 1.5 },
        medium: { responseMinutes: 600, resolutionMinutes: 60, taskMinutes: -1 },
      },
    });
    expect(problems.map((p) => p.path)).toEqual([
      '/targets/low/responseMinutes',
      '/targets/low/resolutionMinutes',
      '/targets/medium/taskMinutes',
      '/targets/medium/responseMinutes',
    ]);
  });

  it('refuses thresholds out of range or out of order, and states a request cannot pause in', () => {
    const problems = validateSlaPolicy({
      ...valid,
      warningThresholds: [75, 50, 100],
      pauseStates: ['on_hold', 'in_progress'],
    });
    expect(problems.map((p) => p.path)).toEqual([
      '/warningThresholds/1',
      '/warningThresholds/2',
      '/pauseStates/1',
    ]);
  });
});
