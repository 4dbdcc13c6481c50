import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../../shared/format';
import type { ServiceRequest } from '../hooks/use-request';
import type { SlaTimer } from '../sla-timers';
import { timerStanding } from '../sla-timers';

type ChipColor = 'default' | 'primary' | 'secondary' | 'success' | 'error';

const STAGE: Readonly<Record<SlaTimer['stage'], { label: string; color: ChipColor }>> = {
  running: { label: 'Running', color: 'primary' },
  paused: { label: 'Paused', color: 'secondary' },
  met: { label: 'Met', color: 'success' },
  breached: { label: 'Breached', color: 'error' },
  cancelled: { label: 'Cancelled', color: 'default' },
};

function timerName(timer: SlaTimer, request: ServiceRequest): string {
  switch (timer.kind) {
    case 'response':
      return 'First response';
    case 'resolution':
      return 'Resolution';
    case 'task': {
      const task = request.tasks.find((t) => t.id === timer.taskId);
      return task ? `Task: ${task.title}` : 'Task';
    }
  }
}

/**
 * The request's service-level timers: each one's stage, when it is due and the business time
 * left (business minutes, from the SLA policy's calendar). Nothing when the request has none.
 */
export function RequestSlaTimers({ request }: { request: ServiceRequest }) {
  if (request.slaTimers.length === 0) return null;
  return (
    <List dense disablePadding aria-label="Service levels">
      {request.slaTimers.map((timer) => {
        const name = timerName(timer, request);
        const stage = STAGE[timer.stage];
        const used =
          timer.targetMinutes > 0
            ? Math.min(100, Math.round((timer.elapsedMinutes / timer.targetMinutes) * 100))
            : 100;
        const late = timer.stage === 'breached' || timer.remainingMinutes < 0;
        return (
          <ListItem key={timer.id} disableGutters divider sx={{ display: 'block' }}>
            <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography sx={{ fontWeight: 500, flexGrow: 1 }}>{name}</Typography>
              <Chip size="small" color={stage.color} label={stage.label} />
            </Stack>
            <Typography variant="body2" color={late ? 'error' : 'text.secondary'}>
              {timerStanding(timer)}
              {timer.stage === 'running' || timer.stage === 'paused' ? ' · due ' : ' · target '}
              <time dateTime={timer.dueAt}>{formatDateTime(timer.dueAt)}</time>
            </Typography>
            {timer.stage === 'running' || timer.stage === 'paused' ? (
              <LinearProgress
                variant="determinate"
                value={used}
                color={late ? 'error' : 'primary'}
                aria-label={`${name}: ${used}% of the target used`}
                sx={{ mt: 0.5 }}
              />
            ) : null}
          </ListItem>
        );
      })}
    </List>
  );
}
