import Chip from '@mui/material/Chip';

const STATUS = {
  draft: { label: 'Draft', color: 'default' },
  published: { label: 'Published', color: 'success' },
  // Default, not warning: amber text on white fails WCAG contrast.
  retired: { label: 'Retired', color: 'default' },
} as const;

/** An item's status in words and colour. */
export function ItemStatusChip({ status }: { status: string }) {
  const known = STATUS[status as keyof typeof STATUS] ?? { label: status, color: 'default' };
  return (
    <Chip
      component="span"
      size="small"
      label={known.label}
      color={known.color}
      variant="outlined"
    />
  );
}
