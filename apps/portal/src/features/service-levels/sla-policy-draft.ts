import type { Schemas } from '@trellis/api-client';
import type { RequestPriority, SlaTargets } from '@trellis/domain';
import { REQUEST_PRIORITIES, validateSlaPolicy } from '@trellis/domain';
import { formatBusinessMinutes, parseBusinessDuration } from './business-duration';

type SlaPolicy = Schemas['SlaPolicyDto'];
export type TargetField = 'responseMinutes' | 'resolutionMinutes' | 'taskMinutes';
export const TARGET_FIELDS: readonly TargetField[] = [
  'responseMinutes',
  'resolutionMinutes',
  'taskMinutes',
];

/** Targets as typed ("4h", "2d"); the task target may be left empty. */
export type TargetTexts = Record<RequestPriority, Record<TargetField, string>>;

export interface SlaPolicyDraft {
  name: string;
  description: string;
  calendarId: string;
  targets: TargetTexts;
  warningThresholds: number[];
  pauseOnHold: boolean;
  isDefault: boolean;
  active: boolean;
}

/** A new policy's targets, in business minutes: tighter as priority rises. */
const NEW_TARGETS: Record<RequestPriority, Record<TargetField, number>> = {
  low: { responseMinutes: 480, resolutionMinutes: 2400, taskMinutes: 960 },
  medium: { responseMinutes: 240, resolutionMinutes: 1440, taskMinutes: 480 },
  high: { responseMinutes: 60, resolutionMinutes: 480, taskMinutes: 240 },
  critical: { responseMinutes: 30, resolutionMinutes: 240, taskMinutes: 120 },
};

export function policyToDraft(
  policy: SlaPolicy | null,
  defaultCalendarId: string,
  dayMinutes: number | null,
): SlaPolicyDraft {
  const minutes = policy?.targets ?? NEW_TARGETS;
  const text = (value: number | null | undefined) =>
    value ? formatBusinessMinutes(value, dayMinutes) : '';
  const targets = Object.fromEntries(
    REQUEST_PRIORITIES.map((priority) => [
      priority,
      Object.fromEntries(TARGET_FIELDS.map((field) => [field, text(minutes[priority][field])])),
    ]),
  ) as TargetTexts;
  return {
    name: policy?.name ?? '',
    description: policy?.description ?? '',
    calendarId: policy?.calendarId ?? defaultCalendarId,
    targets,
    warningThresholds: policy ? [...policy.warningThresholds] : [50, 75],
    pauseOnHold: policy ? policy.pauseStates.includes('on_hold') : true,
    isDefault: policy?.isDefault ?? false,
    active: policy?.active ?? true,
  };
}

export interface DraftCheck {
  problems: { path: string; message: string }[];
  /** The targets in minutes, when every one could be read. */
  targets: SlaTargets | null;
}

/** Reads the typed targets and applies the API's rules (validateSlaPolicy) to the result. */
export function checkDraft(draft: SlaPolicyDraft, dayMinutes: number | null): DraftCheck {
  const problems: { path: string; message: string }[] = [];
  if (!draft.name.trim()) problems.push({ path: '/name', message: 'Give the policy a name.' });
  if (!draft.calendarId) problems.push({ path: '/calendarId', message: 'Pick a calendar.' });
  const targets = {} as Record<RequestPriority, Record<TargetField, number | null>>;
  for (const priority of REQUEST_PRIORITIES) {
    targets[priority] = { responseMinutes: 0, resolutionMinutes: 0, taskMinutes: null };
    for (const field of TARGET_FIELDS) {
      const text = draft.targets[priority][field];
      if (field === 'taskMinutes' && text.trim() === '') continue;
      const parsed = parseBusinessDuration(text, dayMinutes);
      if (parsed.ok) targets[priority][field] = parsed.minutes;
      else problems.push({ path: `/targets/${priority}/${field}`, message: parsed.message });
    }
  }
  if (problems.some((p) => p.path.startsWith('/targets'))) return { problems, targets: null };
  const rules = {
    targets: targets as unknown as SlaTargets,
    warningThresholds: draft.warningThresholds,
    pauseStates: draft.pauseOnHold ? ['on_hold'] : [],
  };
  return { problems: [...problems, ...validateSlaPolicy(rules)], targets: rules.targets };
}

/** Adds a threshold (whole percent 1-99), keeping the list sorted and without repeats. */
export function addThreshold(thresholds: readonly number[], percent: number): number[] {
  if (!Number.isInteger(percent) || percent < 1 || percent > 99) return [...thresholds];
  return [...new Set([...thresholds, percent])].sort((a, b) => a - b);
}
