import SvgIcon from '@mui/material/SvgIcon';
import type { SvgIconProps } from '@mui/material/SvgIcon';

/**
 * The lattice mark; decorative (the product name is always written beside it). The tile takes
 * the icon colour, the lattice `latticeColor` (the surface it sits on).
 */
export function TrellisLogo({
  latticeColor = '#fff',
  ...props
}: SvgIconProps & { latticeColor?: string }) {
  return (
    <SvgIcon viewBox="0 0 32 32" color="primary" {...props}>
      <rect width="32" height="32" rx="6" />
      <path
        d="M8 8h16M8 16h16M8 24h16M12 6v20M20 6v20"
        stroke={latticeColor}
        strokeWidth="2.5"
        strokeLinecap="round"
        fill="none"
      />
    </SvgIcon>
  );
}
