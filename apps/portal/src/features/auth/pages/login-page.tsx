import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Navigate, useLocation } from 'react-router-dom';
import { paths } from '../../../app/router/paths';
import { TrellisLogo } from '../../../shared/components/trellis-logo';
import { LoginForm } from '../components/login-form';
import type { LoginLocationState } from '../components/require-auth';
import { useHasStoredSession } from '../hooks/use-session';

export function LoginPage() {
  const signedIn = useHasStoredSession();
  const location = useLocation();

  if (signedIn) {
    // Back to where the person was going before they were asked to sign in.
    const from = (location.state as LoginLocationState | null)?.from;
    const target = from ? `${from.pathname}${from.search}${from.hash}` : paths.home;
    return <Navigate to={target} replace />;
  }

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      <title>Sign in · Trellis</title>
      <Paper variant="outlined" sx={{ p: { xs: 3, sm: 4 }, width: '100%', maxWidth: 420 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 3 }}>
          <TrellisLogo />
          <Typography component="span" variant="h6" sx={{ fontWeight: 700 }}>
            Trellis
          </Typography>
        </Box>
        <Typography variant="h1" gutterBottom>
          Sign in
        </Typography>
        <Typography color="text.secondary">Use the account your organisation gave you.</Typography>
        <LoginForm />
      </Paper>
    </Box>
  );
}
