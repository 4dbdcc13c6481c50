import { createTheme } from '@mui/material/styles';

/** Where the chosen colour mode (`light`, `dark` or `system`) is remembered. */
export const COLOR_MODE_STORAGE_KEY = 'trellis.colorMode';

// System fonts only: the API's CSP allows no third-party font hosts, and they load instantly.
const FONT_STACK = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(',');

export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'data-trellis-color-scheme' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#1f5f4b' },
        secondary: { main: '#5b4a9b' },
        background: { default: '#f6f7f6' },
      },
    },
    dark: {
      palette: {
        primary: { main: '#82cdb0' },
        secondary: { main: '#b9a8f0' },
      },
    },
  },
  typography: {
    fontFamily: FONT_STACK,
    h1: { fontSize: '1.75rem', fontWeight: 600 },
    h2: { fontSize: '1.25rem', fontWeight: 600 },
  },
  shape: { borderRadius: 8 },
  components: {
    MuiCssBaseline: {
      styleOverrides: (theme) => ({
        // Keyboard focus must always be visible, not only as MUI's faint ripple. `html` lifts
        // the rule above components' own `outline: 0`; text fields keep their focused border.
        'html :focus-visible:not(input):not(textarea)': {
          outline: `2px solid ${theme.vars?.palette.primary.main ?? theme.palette.primary.main}`,
          outlineOffset: 2,
        },
        // On the app bar the primary colour is the background: ring in the bar's text colour.
        'html .MuiAppBar-root :focus-visible': { outlineColor: 'currentColor' },
      }),
    },
    MuiAppBar: { defaultProps: { elevation: 0 } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
  },
});
