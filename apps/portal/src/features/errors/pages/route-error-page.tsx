import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { ErrorState } from '../components/error-state';

/** The router's last resort when a route fails to load or render. */
export function RouteErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : 'An unexpected error stopped this page from loading.';
  return (
    <Box component="main">
      <ErrorState
        icon={<ErrorOutline />}
        title="Something went wrong"
        actions={
          <Button variant="contained" onClick={() => window.location.reload()}>
            Reload the page
          </Button>
        }
      >
        {detail} Reloading usually helps; if it keeps happening, tell your Trellis administrator.
      </ErrorState>
    </Box>
  );
}
