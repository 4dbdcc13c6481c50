import { styled } from '@mui/material/styles';
import { MaterialDesignContent } from 'notistack';

// notistack's own colours (green #43a047, orange #ff9800, blue #2196f3 behind white text) fail
// WCAG AA contrast; these darker shades pass it (each above 4.5:1 with white) in both modes.
const AccessibleContent = styled(MaterialDesignContent)({
  '&.notistack-MuiContent-success': { backgroundColor: '#1b5e20' },
  '&.notistack-MuiContent-error': { backgroundColor: '#b71c1c' },
  '&.notistack-MuiContent-warning': { backgroundColor: '#7a4100' },
  '&.notistack-MuiContent-info': { backgroundColor: '#01579b' },
});

/** The toast for every variant, for `<SnackbarProvider Components={...}>`. */
export const SNACKBAR_COMPONENTS = {
  default: AccessibleContent,
  success: AccessibleContent,
  error: AccessibleContent,
  warning: AccessibleContent,
  info: AccessibleContent,
};
