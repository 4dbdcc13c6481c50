import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { navigationFor } from '@trellis/domain';
import { NavLink } from 'react-router-dom';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { NAVIGATION_ICONS } from './navigation-icons';

/**
 * Exactly the entries the person's roles reach, from the same rules the API enforces
 * (`navigationFor` in @trellis/domain).
 */
export function MainNavigation({ onNavigate }: { onNavigate?: () => void }) {
  const { roles } = useCurrentUser();
  return (
    <nav aria-label="Main navigation">
      <List>
        {navigationFor(roles).map((entry) => (
          <ListItem key={entry.key} disablePadding>
            <ListItemButton
              component={NavLink}
              to={entry.path}
              onClick={onNavigate}
              sx={{
                mx: 1,
                borderRadius: 1,
                '&.active': {
                  bgcolor: 'action.selected',
                  color: 'primary.main',
                  '& .MuiListItemIcon-root': { color: 'primary.main' },
                },
              }}
            >
              <ListItemIcon sx={{ minWidth: 40 }}>{NAVIGATION_ICONS[entry.key]}</ListItemIcon>
              <ListItemText primary={entry.label} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </nav>
  );
}
