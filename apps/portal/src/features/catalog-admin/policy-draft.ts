import type { Schemas } from '@trellis/api-client';
import type {
  ApprovalLevel,
  ApprovalRule,
  ApproverSpec,
  Role,
  TimeoutAction,
} from '@trellis/domain';
import { localId } from './item-draft';

type Level = Schemas['ApprovalLevelDoc'];
type Policy = Schemas['ApprovalPolicyDto'];

export interface ApproverDraft {
  id: string;
  type: ApproverSpec['type'];
  userId: string;
  teamId: string;
  role: Role;
}

export interface LevelDraft {
  id: string;
  name: string;
  approvers: ApproverDraft[];
  ruleKind: ApprovalRule['kind'];
  /** Numbers as typed; '' for none. */
  minApprovals: string;
  percent: string;
  reminderIntervalHours: string;
  timeoutHours: string;
  timeoutAction: TimeoutAction | '';
}

export interface PolicyDraft {
  name: string;
  description: string;
  levels: LevelDraft[];
}

export function newApprover(type: ApproverSpec['type'] = 'requester_manager'): ApproverDraft {
  return { id: localId('approver'), type, userId: '', teamId: '', role: 'approver' };
}

export function newLevel(): LevelDraft {
  return {
    id: localId('level'),
    name: '',
    approvers: [newApprover()],
    ruleKind: 'any',
    minApprovals: '',
    percent: '',
    reminderIntervalHours: '',
    timeoutHours: '',
    timeoutAction: '',
  };
}

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

export function policyToDraft(policy: Policy | null): PolicyDraft {
  if (!policy) return { name: '', description: '', levels: [newLevel()] };
  return {
    name: policy.name,
    description: policy.description,
    levels: policy.levels.map((level) => ({
      id: localId('level'),
      name: level.name ?? '',
      approvers: level.approvers.map((spec) => ({
        id: localId('approver'),
        type: spec.type,
        userId: spec.userId ?? '',
        teamId: spec.teamId ?? '',
        role: spec.role ?? 'approver',
      })),
      ruleKind: level.rule.kind,
      minApprovals: text(level.rule.minApprovals),
      percent: text(level.rule.percent),
      reminderIntervalHours: text(level.reminderIntervalHours),
      timeoutHours: text(level.timeoutHours),
      timeoutAction: level.timeoutAction ?? '',
    })),
  };
}

/** '' -> absent; anything else as a number (NaN included, so validation can say it is wrong). */
const number = (value: string) => (value.trim() === '' ? undefined : Number(value));

function approverBody(draft: ApproverDraft): Level['approvers'][number] {
  switch (draft.type) {
    case 'user':
      return { type: 'user', userId: draft.userId };
    case 'team':
      return { type: 'team', teamId: draft.teamId };
    case 'role':
      return { type: 'role', role: draft.role };
    case 'requester_manager':
    case 'cost_center_owner':
      return { type: draft.type };
  }
}

/** The levels as the API stores them; only what each part's kind uses. */
export function draftToLevels(levels: readonly LevelDraft[]): Level[] {
  return levels.map((draft) => {
    const rule: Level['rule'] = { kind: draft.ruleKind };
    if (draft.ruleKind === 'min') rule.minApprovals = number(draft.minApprovals);
    if (draft.ruleKind === 'percent') rule.percent = number(draft.percent);
    const level: Level = { approvers: draft.approvers.map(approverBody), rule };
    if (draft.name.trim() !== '') level.name = draft.name.trim();
    const reminder = number(draft.reminderIntervalHours);
    const timeout = number(draft.timeoutHours);
    if (reminder !== undefined) level.reminderIntervalHours = reminder;
    if (timeout !== undefined) level.timeoutHours = timeout;
    if (draft.timeoutAction !== '') level.timeoutAction = draft.timeoutAction;
    return level;
  });
}

/** The levels typed as the domain's rules take them (the API checks them the same way). */
export const asDomainLevels = (levels: Level[]) => levels as unknown as ApprovalLevel[];
