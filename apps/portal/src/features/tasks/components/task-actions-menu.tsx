import MoreVert from '@mui/icons-material/MoreVert';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import type { BoardAction, BoardTask } from '../board-state';
import { canAct } from '../board-state';

/** The menu's entries, in order; those needing more input end in an ellipsis. */
const ENTRIES: readonly { action: BoardAction; label: string }[] = [
  { action: 'claim', label: 'Claim' },
  { action: 'start', label: 'Start' },
  { action: 'complete', label: 'Complete' },
  { action: 'assign', label: 'Assign…' },
  { action: 'skip', label: 'Skip…' },
];

/** What the signed-in person can do to the task now, by the lifecycle. */
export function availableActions(task: BoardTask, myId: string): BoardAction[] {
  return ENTRIES.map((e) => e.action).filter(
    (action) => canAct(task, action) && !(action === 'claim' && task.assigneeId === myId),
  );
}

export function actionLabel(action: BoardAction): string {
  return ENTRIES.find((e) => e.action === action)?.label ?? action;
}

/** A card's menu: open the task, or act on it without dragging. */
export function TaskActionsMenu({
  task,
  disabled,
  onOpen,
  onAction,
}: {
  task: BoardTask;
  disabled: boolean;
  onOpen: () => void;
  onAction: (action: BoardAction) => void;
}) {
  const me = useCurrentUser();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  const actions = availableActions(task, me.id);
  return (
    <>
      <IconButton
        size="small"
        aria-label={`Actions for ${task.number}`}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        disabled={disabled}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <MoreVert fontSize="small" />
      </IconButton>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={close}>
        <MenuItem
          onClick={() => {
            close();
            onOpen();
          }}
        >
          <ListItemText>Open details</ListItemText>
        </MenuItem>
        {actions.map((action) => (
          <MenuItem
            key={action}
            onClick={() => {
              close();
              onAction(action);
            }}
          >
            <ListItemText>{actionLabel(action)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
