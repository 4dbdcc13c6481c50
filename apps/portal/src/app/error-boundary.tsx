import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { Component } from 'react';
import { ErrorState } from '../features/errors/components/error-state';

interface ErrorBoundaryState {
  failed: boolean;
}

/**
 * Keeps a failing page from taking the whole shell down: the navigation stays usable. Give it a
 * `key` that changes on navigation so moving to another page starts afresh. (React itself
 * reports the error to the console.)
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <ErrorState
        icon={<ErrorOutline />}
        title="Something went wrong"
        actions={
          <Button variant="contained" onClick={() => this.setState({ failed: false })}>
            Try again
          </Button>
        }
      >
        This page ran into a problem. Trying again usually helps; if it keeps happening, tell your
        Trellis administrator.
      </ErrorState>
    );
  }
}
