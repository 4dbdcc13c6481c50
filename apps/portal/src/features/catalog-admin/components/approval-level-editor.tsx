import AddIcon from '@mui/icons-material/Add';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ValidationProblem } from '@trellis/domain';
import { APPROVAL_RULE_KINDS, TIMEOUT_ACTIONS } from '@trellis/domain';
import { RULE_LABELS, TIMEOUT_ACTION_LABELS } from '../approval-text';
import type { LevelDraft } from '../policy-draft';
import { newApprover } from '../policy-draft';
import { ApproverEditor } from './approver-editor';

/** One level: who is asked, how many must approve, reminders and what a timeout does. */
export function ApprovalLevelEditor({
  level,
  index,
  count,
  problems,
  onChange,
  onMove,
  onRemove,
}: {
  level: LevelDraft;
  index: number;
  count: number;
  /** This level's problems, paths relative to the level (`/rule/percent`). */
  problems: ValidationProblem[];
  onChange: (level: LevelDraft) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}) {
  const at = (path: string) => problems.find((p) => p.path === path)?.message;
  const under = (prefix: string) => problems.find((p) => p.path.startsWith(prefix))?.message;
  const number = (key: 'minApprovals' | 'percent' | 'reminderIntervalHours' | 'timeoutHours') => ({
    type: 'number',
    size: 'small' as const,
    value: level[key],
    onChange: (event: { target: { value: string } }) =>
      onChange({ ...level, [key]: event.target.value }),
  });
  const title = `Level ${index + 1}`;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={title}
      sx={{ p: 2, borderColor: problems.length ? 'error.main' : undefined }}
    >
      <Stack sx={{ gap: 2 }}>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
          <Typography variant="subtitle1" component="h3" sx={{ flexGrow: 1 }}>
            {title}
          </Typography>
          <IconButton
            aria-label={`Move level ${index + 1} up`}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            <ArrowUpward />
          </IconButton>
          <IconButton
            aria-label={`Move level ${index + 1} down`}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            <ArrowDownward />
          </IconButton>
          <IconButton aria-label={`Remove level ${index + 1}`} onClick={onRemove}>
            <DeleteOutlined />
          </IconButton>
        </Stack>
        <TextField
          size="small"
          label={`${title} name`}
          value={level.name}
          placeholder="e.g. Manager"
          onChange={(event) => onChange({ ...level, name: event.target.value })}
          error={Boolean(at('/name'))}
          helperText={at('/name')}
        />
        <Typography variant="subtitle2" component="h4">
          Approvers
        </Typography>
        {at('/approvers') ? (
          <Typography color="error" variant="body2" role="alert">
            {at('/approvers')}
          </Typography>
        ) : null}
        {level.approvers.map((approver, i) => (
          <ApproverEditor
            key={approver.id}
            approver={approver}
            label={`${title} approver ${i + 1}`}
            problem={under(`/approvers/${i}`)}
            onChange={(next) =>
              onChange({
                ...level,
                approvers: level.approvers.map((a) => (a.id === approver.id ? next : a)),
              })
            }
            onRemove={() =>
              onChange({ ...level, approvers: level.approvers.filter((a) => a.id !== approver.id) })
            }
          />
        ))}
        <div>
          <Button
            size="small"
            startIcon={<AddIcon />}
            onClick={() => onChange({ ...level, approvers: [...level.approvers, newApprover()] })}
          >
            Add approver
          </Button>
        </div>
        <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
          <TextField
            select
            size="small"
            label={`${title} rule`}
            value={level.ruleKind}
            onChange={(event) =>
              onChange({ ...level, ruleKind: event.target.value as LevelDraft['ruleKind'] })
            }
            sx={{ minWidth: 220 }}
            error={Boolean(at('/rule/kind'))}
            helperText={at('/rule/kind')}
          >
            {APPROVAL_RULE_KINDS.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {RULE_LABELS[kind]}
              </MenuItem>
            ))}
          </TextField>
          {level.ruleKind === 'min' ? (
            <TextField
              label="Approvals needed"
              {...number('minApprovals')}
              error={Boolean(at('/rule/minApprovals'))}
              helperText={at('/rule/minApprovals')}
            />
          ) : null}
          {level.ruleKind === 'percent' ? (
            <TextField
              label="Share that must approve (%)"
              {...number('percent')}
              error={Boolean(at('/rule/percent'))}
              helperText={at('/rule/percent')}
            />
          ) : null}
        </Stack>
        <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
          <TextField
            label="Remind every (hours)"
            {...number('reminderIntervalHours')}
            error={Boolean(at('/reminderIntervalHours'))}
            helperText={at('/reminderIntervalHours') ?? 'Empty: no reminders.'}
          />
          <TextField
            label="Time out after (hours)"
            {...number('timeoutHours')}
            error={Boolean(at('/timeoutHours'))}
            helperText={at('/timeoutHours') ?? 'Empty: waits for ever.'}
          />
          <TextField
            select
            size="small"
            label="On timeout"
            value={level.timeoutAction}
            onChange={(event) =>
              onChange({
                ...level,
                timeoutAction: event.target.value as LevelDraft['timeoutAction'],
              })
            }
            error={Boolean(at('/timeoutAction'))}
            helperText={at('/timeoutAction')}
            sx={{ minWidth: 260 }}
          >
            <MenuItem value="">
              <em>Nothing</em>
            </MenuItem>
            {TIMEOUT_ACTIONS.map((action) => (
              <MenuItem key={action} value={action}>
                {TIMEOUT_ACTION_LABELS[action]}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      </Stack>
    </Paper>
  );
}
