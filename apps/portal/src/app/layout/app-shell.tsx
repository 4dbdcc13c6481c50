import MenuIcon from '@mui/icons-material/Menu';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { Suspense, useState } from 'react';
import { Outlet, Link as RouterLink, useLocation } from 'react-router-dom';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { FullPageLoader } from '../../shared/components/full-page-loader';
import { TrellisLogo } from '../../shared/components/trellis-logo';
import { ErrorBoundary } from '../error-boundary';
import { paths } from '../router/paths';
import { ColorModeToggle } from '../theme/color-mode-toggle';
import { MainNavigation } from './main-navigation';
import { SkipLink } from './skip-link';
import { UserMenu } from './user-menu';

const DRAWER_WIDTH = 248;
const MAIN_ID = 'main-content';

/**
 * The frame around every signed-in page: app bar, navigation drawer (always open on desktop, a
 * dismissible overlay on phones) and the page itself.
 */
export function AppShell() {
  const theme = useTheme();
  const desktop = useMediaQuery(theme.breakpoints.up('md'), { noSsr: true });
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { pathname } = useLocation();
  const { tenant } = useCurrentUser();

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <SkipLink target={MAIN_ID} />
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <Toolbar>
          {desktop ? null : (
            <IconButton
              color="inherit"
              edge="start"
              aria-label="Open navigation"
              onClick={() => setDrawerOpen(true)}
              sx={{ mr: 1 }}
            >
              <MenuIcon />
            </IconButton>
          )}
          <Link
            component={RouterLink}
            to={paths.home}
            color="inherit"
            underline="none"
            sx={{ display: 'flex', alignItems: 'center', gap: 1 }}
          >
            <TrellisLogo color="inherit" latticeColor="var(--AppBar-background)" />
            <Typography component="span" variant="h6" sx={{ fontWeight: 700 }}>
              Trellis
            </Typography>
          </Link>
          <Typography
            component="span"
            variant="body2"
            sx={{ ml: 2, opacity: 0.85, display: { xs: 'none', sm: 'inline' } }}
          >
            {tenant.name}
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          <NotificationBell />
          <ColorModeToggle />
          <UserMenu />
        </Toolbar>
      </AppBar>
      <Drawer
        variant={desktop ? 'permanent' : 'temporary'}
        open={desktop || drawerOpen}
        onClose={() => setDrawerOpen(false)}
        sx={{
          width: { md: DRAWER_WIDTH },
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar />
        <MainNavigation onNavigate={() => setDrawerOpen(false)} />
      </Drawer>
      <Box
        component="main"
        id={MAIN_ID}
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, sm: 3 }, outline: 'none' }}
      >
        <Toolbar />
        {/* A new boundary per page: an error on one page is forgotten on leaving it. */}
        <ErrorBoundary key={pathname}>
          <Suspense fallback={<FullPageLoader label="Loading page" />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </Box>
    </Box>
  );
}
