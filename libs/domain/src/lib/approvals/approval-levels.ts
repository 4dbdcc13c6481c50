import type { Role } from '../identity/roles';
import { ROLES, isRole } from '../identity/roles';
import type { ApprovalRule } from './approval-rules';
import { validateRule } from './approval-rules';
import type { ValidationProblem } from './validation-problem';

/**
 * Who a level asks, as stored in a policy. Specs are resolved to people when the request is
 * submitted (a team's members, a role's holders, the requester's manager, the cost centre's
 * owner); the requester is never among them, and a level resolving to nobody goes to the admins.
 */
export type ApproverSpec =
  | { readonly type: 'user'; readonly userId: string }
  | { readonly type: 'team'; readonly teamId: string }
  | { readonly type: 'role'; readonly role: Role }
  | { readonly type: 'requester_manager' }
  | { readonly type: 'cost_center_owner' };

export const APPROVER_TYPES = [
  'user',
  'team',
  'role',
  'requester_manager',
  'cost_center_owner',
] as const satisfies readonly ApproverSpec['type'][];

/** What happens when a level's timeout passes with its outcome still pending. */
export const TIMEOUT_ACTIONS = ['escalate', 'approve', 'reject'] as const;
export type TimeoutAction = (typeof TIMEOUT_ACTIONS)[number];

/** One level of an approval policy, as saved on a catalog item or a change type. */
export interface ApprovalLevel {
  readonly name?: string;
  readonly approvers: readonly ApproverSpec[];
  readonly rule: ApprovalRule;
  readonly reminderIntervalHours?: number;
  readonly timeoutHours?: number;
  readonly timeoutAction?: TimeoutAction;
}

const isPositiveNumber = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

const isNonBlank = (value: unknown): boolean =>
  typeof value === 'string' && value.trim().length > 0;

/** Problems with one approver spec; null when it is well formed. */
function approverProblem(spec: ApproverSpec): ValidationProblem | null {
  // Request bodies reach this before their union type is proven, so check the type at run time.
  if (!(APPROVER_TYPES as readonly string[]).includes(spec.type)) {
    return {
      path: '/type',
      message: `The approver type must be one of ${APPROVER_TYPES.join(', ')}.`,
    };
  }
  switch (spec.type) {
    case 'user':
      return isNonBlank(spec.userId) ? null : { path: '/userId', message: 'Choose a user.' };
    case 'team':
      return isNonBlank(spec.teamId) ? null : { path: '/teamId', message: 'Choose a team.' };
    case 'role':
      return isRole(spec.role)
        ? null
        : { path: '/role', message: `The role must be one of ${ROLES.join(', ')}.` };
    case 'requester_manager':
    case 'cost_center_owner':
      return null;
  }
}

/** Identifies a spec, so that naming the same approver twice in a level is caught. */
function approverIdentity(spec: ApproverSpec): string {
  switch (spec.type) {
    case 'user':
      return `user:${spec.userId}`;
    case 'team':
      return `team:${spec.teamId}`;
    case 'role':
      return `role:${spec.role}`;
    case 'requester_manager':
    case 'cost_center_owner':
      return spec.type;
  }
}

function levelProblems(level: ApprovalLevel): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (level.name !== undefined && !isNonBlank(level.name)) {
    problems.push({ path: '/name', message: 'A level name, when given, must not be blank.' });
  }
  if (level.approvers.length === 0) {
    problems.push({ path: '/approvers', message: 'A level needs at least one approver.' });
  }
  const seen = new Map<string, number>();
  for (const [index, spec] of level.approvers.entries()) {
    const problem = approverProblem(spec);
    if (problem) {
      problems.push({ path: `/approvers/${index}${problem.path}`, message: problem.message });
      continue;
    }
    const identity = approverIdentity(spec);
    const first = seen.get(identity);
    if (first === undefined) seen.set(identity, index);
    else problems.push({ path: `/approvers/${index}`, message: `Repeats approver ${first}.` });
  }
  // Only named users have a count known before submission; teams and roles resolve later.
  const onlyUsers = level.approvers.every((spec) => spec.type === 'user');
  const knownCount = onlyUsers && level.approvers.length > 0 ? seen.size : undefined;
  for (const problem of validateRule(level.rule, knownCount)) {
    problems.push({ path: `/rule${problem.path}`, message: problem.message });
  }
  if (level.reminderIntervalHours !== undefined && !isPositiveNumber(level.reminderIntervalHours)) {
    problems.push({
      path: '/reminderIntervalHours',
      message: 'The reminder interval must be a positive number of hours.',
    });
  }
  problems.push(...timeoutProblems(level));
  return problems;
}

/** A timeout and its action come together: either alone would be a silent no-op or a guess. */
function timeoutProblems(level: ApprovalLevel): ValidationProblem[] {
  const { timeoutHours, timeoutAction } = level;
  if (timeoutHours === undefined && timeoutAction === undefined) return [];
  const problems: ValidationProblem[] = [];
  if (timeoutHours === undefined) {
    problems.push({ path: '/timeoutHours', message: 'A timeout action needs a timeout.' });
  } else if (!isPositiveNumber(timeoutHours)) {
    problems.push({
      path: '/timeoutHours',
      message: 'The timeout must be a positive number of hours.',
    });
  }
  if (timeoutAction === undefined) {
    problems.push({
      path: '/timeoutAction',
      message: 'Choose what happens when the timeout passes.',
    });
  } else if (!(TIMEOUT_ACTIONS as readonly string[]).includes(timeoutAction)) {
    const actions = TIMEOUT_ACTIONS.join(', ');
    problems.push({
      path: '/timeoutAction',
      message: `The timeout action must be one of ${actions}.`,
    });
  }
  return problems;
}

/**
 * Every problem with a policy's levels, for a 400 response when a policy is saved. Paths are
 * JSON Pointers under `basePath` (`/levels/0/rule/percent`). No levels at all is valid: the
 * request is then approved automatically.
 */
export function validatePolicyLevels(
  levels: readonly ApprovalLevel[],
  basePath = '/levels',
): ValidationProblem[] {
  return levels.flatMap((level, index) =>
    levelProblems(level).map((problem) => ({
      path: `${basePath}/${index}${problem.path}`,
      message: problem.message,
    })),
  );
}
