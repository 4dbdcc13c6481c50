import type { CSSObject } from '@mui/material/styles';

/** Hidden from sight but read by screen readers. */
export const visuallyHidden: CSSObject = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
};
