import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { Permission } from '@trellis/domain';
import { can } from '@trellis/domain';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { paths } from '../../../app/router/paths';
import { useCurrentUser } from '../../auth/hooks/use-current-user';

const SECTIONS: readonly { label: string; path: string; permission: Permission }[] = [
  { label: 'Users', path: paths.admin, permission: 'settings:manage' },
  { label: 'Teams', path: paths.adminTeams, permission: 'teams:manage' },
  { label: 'Cost centres', path: paths.adminCostCentres, permission: 'catalog:manage' },
  { label: 'API tokens', path: paths.adminApiTokens, permission: 'api-tokens:manage' },
];

/** The administration pages the person may open, as links styled as tabs. */
export function AdminSections() {
  const { roles } = useCurrentUser();
  const { pathname } = useLocation();
  const sections = SECTIONS.filter((section) => can(roles, section.permission));
  const current = sections.some((s) => s.path === pathname) ? pathname : false;
  return (
    <Box
      component="nav"
      aria-label="Administration"
      sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}
    >
      <Tabs value={current} variant="scrollable" allowScrollButtonsMobile>
        {sections.map((section) => (
          <Tab
            key={section.path}
            component={RouterLink}
            to={section.path}
            value={section.path}
            label={section.label}
            aria-current={section.path === pathname ? 'page' : undefined}
          />
        ))}
      </Tabs>
    </Box>
  );
}
