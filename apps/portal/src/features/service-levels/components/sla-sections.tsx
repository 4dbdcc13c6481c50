import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { paths } from '../../../app/router/paths';

const SECTIONS = [
  { label: 'Calendars', path: paths.serviceLevels },
  { label: 'Policies', path: paths.slaPolicies },
] as const;

/** Calendars and policies: two pages, as links styled as tabs. */
export function SlaSections() {
  const { pathname } = useLocation();
  const current = SECTIONS.some((s) => s.path === pathname) ? pathname : false;
  return (
    <Box
      component="nav"
      aria-label="Service levels"
      sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}
    >
      <Tabs value={current} variant="scrollable" allowScrollButtonsMobile>
        {SECTIONS.map((section) => (
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
