import type { Schemas } from '@trellis/api-client';
import { describeBusinessMinutes } from '../../../shared/format';

export type SlaPromise = Schemas['SlaPromiseDto'];

/** "5 business days": how long fulfilment may take, on the policy's calendar. */
export function promisedResolution(sla: SlaPromise): string {
  return describeBusinessMinutes(sla.resolutionMinutes, sla.businessDayMinutes);
}

/**
 * The whole promise in a sentence: "First response within 4 h and fulfilment within 5 business
 * days of Office hours (Standard service, medium priority)."
 */
export function describeSlaPromise(sla: SlaPromise): string {
  const response = describeBusinessMinutes(sla.responseMinutes, sla.businessDayMinutes);
  return (
    `First response within ${response} and fulfilment within ${promisedResolution(sla)} ` +
    `of ${sla.calendarName} (${sla.policyName}, ${sla.priority} priority)`
  );
}
