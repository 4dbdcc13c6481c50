import Logout from '@mui/icons-material/Logout';
import NotificationsOutlined from '@mui/icons-material/NotificationsOutlined';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import MenuItem from '@mui/material/MenuItem';
import MenuList from '@mui/material/MenuList';
import Popover from '@mui/material/Popover';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { useSignOut } from '../../features/auth/hooks/use-sign-out';
import { ROLE_LABELS } from '../../shared/role-labels';
import { visuallyHidden } from '../../shared/visually-hidden';
import { paths } from '../router/paths';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => part[0]?.toUpperCase() ?? '').join('');
}

/**
 * The person's own corner: who they are, in which tenant, with which roles, and signing out.
 * A popover rather than a Menu because it holds information as well as the one action, and a
 * `role="menu"` may only contain menu items.
 */
export function UserMenu() {
  const user = useCurrentUser();
  const { signOut, pending } = useSignOut();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const popoverId = useId();
  const open = anchor !== null;

  return (
    <>
      <Button
        color="inherit"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        startIcon={
          <Avatar
            aria-hidden
            sx={{ width: 32, height: 32, fontSize: 14, bgcolor: 'secondary.main' }}
          >
            {initials(user.name)}
          </Avatar>
        }
        sx={{
          ml: 1,
          textTransform: 'none',
          minWidth: 0,
          '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } },
        }}
      >
        {/* The name is the button's accessible name everywhere; phones show only the avatar. */}
        <Box component="span" sx={(theme) => ({ [theme.breakpoints.down('sm')]: visuallyHidden })}>
          {user.name}
        </Box>
      </Button>
      <Popover
        id={popoverId}
        open={open}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{
          paper: { role: 'dialog', 'aria-label': 'Your account', sx: { width: 300, mt: 1 } },
        }}
      >
        <Box sx={{ p: 2 }}>
          <Typography sx={{ fontWeight: 600 }}>{user.name}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {user.email}
          </Typography>
          <Typography variant="body2" sx={{ mt: 1.5 }}>
            <Box component="span" sx={{ color: 'text.secondary' }}>
              Tenant:{' '}
            </Box>
            {user.tenant.name}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5, mb: 0.5 }}>
            Roles
          </Typography>
          <Stack
            component="ul"
            direction="row"
            aria-label="Your roles"
            sx={{ flexWrap: 'wrap', gap: 0.5, listStyle: 'none', m: 0, p: 0 }}
          >
            {user.roles.map((role) => (
              <li key={role}>
                <Chip size="small" label={ROLE_LABELS[role]} />
              </li>
            ))}
          </Stack>
        </Box>
        <Divider />
        <MenuList autoFocusItem={open} aria-label="Account">
          <MenuItem
            onClick={() => {
              setAnchor(null);
              void navigate(paths.notificationPreferences);
            }}
          >
            <ListItemIcon>
              <NotificationsOutlined fontSize="small" />
            </ListItemIcon>
            Notification settings
          </MenuItem>
          <MenuItem
            disabled={pending}
            onClick={() => {
              setAnchor(null);
              void signOut();
            }}
          >
            <ListItemIcon>
              <Logout fontSize="small" />
            </ListItemIcon>
            Sign out
          </MenuItem>
        </MenuList>
      </Popover>
    </>
  );
}
