import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { problemMessage } from '../../../shared/problem-message';
import { useLogin } from '../hooks/use-login';
import { rememberTenant, rememberedTenant } from '../remembered-tenant';

/** Tenant, email and password. Success stores the tokens; the page then moves on by itself. */
export function LoginForm() {
  const login = useLogin();
  const [tenant, setTenant] = useState(rememberedTenant);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const slug = tenant.trim().toLowerCase();
    rememberTenant(slug);
    login.mutate({ body: { tenant: slug, email: email.trim(), password } });
  };

  return (
    <Box component="form" onSubmit={onSubmit} aria-label="Sign in">
      {login.isError ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {problemMessage(login.error)}
        </Alert>
      ) : null}
      <TextField
        label="Tenant"
        name="tenant"
        value={tenant}
        onChange={(event) => setTenant(event.target.value)}
        autoComplete="organization"
        required
        fullWidth
        margin="normal"
        helperText="Your organisation's short name"
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        autoComplete="username"
        autoFocus
        required
        fullWidth
        margin="normal"
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        autoComplete="current-password"
        required
        fullWidth
        margin="normal"
      />
      <Button
        type="submit"
        variant="contained"
        size="large"
        fullWidth
        loading={login.isPending}
        sx={{ mt: 2 }}
      >
        Sign in
      </Button>
    </Box>
  );
}
