import { describe, expect, it } from 'vitest';
import type { SlaPromise } from './sla-promise';
import { describeSlaPromise, promisedResolution } from './sla-promise';

const officeHours: SlaPromise = {
  policyName: 'Standard service',
  calendarName: 'Office hours',
  businessDayMinutes: 480,
  priority: 'medium',
  responseMinutes: 240,
  resolutionMinutes: 2400,
};

describe('an SLA promise', () => {
  it("reads whole working days of the policy's calendar as business days", () => {
    expect(promisedResolution(officeHours)).toBe('5 business days');
    expect(describeSlaPromise(officeHours)).toBe(
      'First response within 4 h and fulfilment within 5 business days of Office hours ' +
        '(Standard service, medium priority)',
    );
  });

  it('falls back to hours when the target is not whole days or the calendar has none', () => {
    expect(promisedResolution({ ...officeHours, resolutionMinutes: 600 })).toBe('10 h');
    expect(promisedResolution({ ...officeHours, businessDayMinutes: null })).toBe('40 h');
  });
});
