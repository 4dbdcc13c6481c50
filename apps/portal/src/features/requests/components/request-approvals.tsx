import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Schemas } from '@trellis/api-client';
import { formatDateTime } from '../../../shared/format';
import type { ServiceRequest } from '../hooks/use-request';

type Approval = Schemas['ApprovalDto'];
type ChipColor = 'default' | 'primary' | 'secondary' | 'success' | 'error';

export const APPROVAL_STATUS: Readonly<
  Record<Approval['status'], { label: string; color: ChipColor }>
> = {
  pending: { label: 'Waiting', color: 'secondary' },
  approved: { label: 'Approved', color: 'success' },
  rejected: { label: 'Rejected', color: 'error' },
  not_required: { label: 'Not required', color: 'default' },
};

export interface ApprovalLevelView {
  index: number;
  name: string;
  approvals: Approval[];
  outcome: 'waiting' | 'passed' | 'failed' | 'not_started';
}

/** The request's approvals grouped by level, in level order, with each level's outcome. */
export function approvalLevels(request: Pick<ServiceRequest, 'approvals'>): ApprovalLevelView[] {
  const byLevel = new Map<number, Approval[]>();
  for (const approval of request.approvals) {
    byLevel.set(approval.levelIndex, [...(byLevel.get(approval.levelIndex) ?? []), approval]);
  }
  return [...byLevel.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, approvals]) => {
      const name = approvals.find((a) => a.levelName)?.levelName ?? `Level ${index + 1}`;
      const outcome = approvals.some((a) => a.status === 'rejected')
        ? 'failed'
        : approvals.some((a) => a.status === 'pending')
          ? 'waiting'
          : approvals.some((a) => a.status === 'approved')
            ? 'passed'
            : 'not_started';
      return { index, name, approvals, outcome };
    });
}

const OUTCOME_TEXT: Readonly<Record<ApprovalLevelView['outcome'], string>> = {
  waiting: 'Waiting for a decision',
  passed: 'Approved',
  failed: 'Rejected',
  not_started: 'Not needed',
};

function Decider({ approval }: { approval: Approval }) {
  // A delegation routed it: the record names who was asked and who acted in their place.
  const forWhom = approval.delegatedFromName ? ` for ${approval.delegatedFromName}` : '';
  return (
    <Typography component="span" sx={{ fontWeight: 500 }}>
      {`${approval.approverName}${forWhom}`}
    </Typography>
  );
}

/** Each approval level: who was asked, what they decided and said, and when. */
export function RequestApprovals({
  request,
  headingLevel = 'h3',
}: {
  request: ServiceRequest;
  headingLevel?: 'h3' | 'h4';
}) {
  const levels = approvalLevels(request);
  if (levels.length === 0) {
    return (
      <Typography color="text.secondary">
        {request.approvedAt
          ? 'No approval was needed.'
          : 'Approvers are asked once it is submitted.'}
      </Typography>
    );
  }
  return (
    <Stack sx={{ gap: 2 }}>
      {levels.map((level) => (
        <div key={level.index}>
          <Typography component={headingLevel} variant="subtitle1" sx={{ fontWeight: 600 }}>
            {`Level ${level.index + 1}: ${level.name}`}
            <Typography component="span" color="text.secondary" variant="body2">
              {` · ${OUTCOME_TEXT[level.outcome]}`}
            </Typography>
          </Typography>
          <List dense disablePadding aria-label={`Level ${level.index + 1} approvers`}>
            {level.approvals.map((approval) => {
              const status = APPROVAL_STATUS[approval.status];
              return (
                <ListItem key={approval.id} disableGutters sx={{ display: 'block' }}>
                  <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                    <Decider approval={approval} />
                    <Chip size="small" color={status.color} label={status.label} />
                    {approval.decidedAt ? (
                      <Typography variant="body2" color="text.secondary">
                        <time dateTime={approval.decidedAt}>
                          {formatDateTime(approval.decidedAt)}
                        </time>
                      </Typography>
                    ) : null}
                  </Stack>
                  {approval.comment ? (
                    <Typography variant="body2" sx={{ mt: 0.5 }}>
                      “{approval.comment}”
                    </Typography>
                  ) : null}
                </ListItem>
              );
            })}
          </List>
        </div>
      ))}
    </Stack>
  );
}
