import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { useCatalogCategories } from '../hooks/use-catalog-categories';
import { CatalogIcon } from './catalog-icon';

/** "All" plus one toggle chip per category; exactly one is pressed. */
export function CategoryFilter({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (category: string | null) => void;
}) {
  const categories = useCatalogCategories();
  // Without categories the items still load: a failure here only loses the filter.
  if (categories.isError) return null;
  return (
    <Stack
      role="group"
      aria-label="Categories"
      aria-busy={categories.isPending}
      direction="row"
      sx={{ flexWrap: 'wrap', gap: 1 }}
    >
      <Chip
        label="All"
        clickable
        aria-pressed={value === null}
        color={value === null ? 'primary' : 'default'}
        variant={value === null ? 'filled' : 'outlined'}
        onClick={() => onChange(null)}
      />
      {categories.isPending
        ? [1, 2, 3, 4].map((n) => (
            <Skeleton key={n} aria-hidden variant="rounded" width={96} height={32} />
          ))
        : categories.data.map((category) => {
            const selected = value === category.key;
            return (
              <Chip
                key={category.id}
                icon={<CatalogIcon name={category.icon} />}
                label={category.name}
                title={category.description}
                clickable
                aria-pressed={selected}
                color={selected ? 'primary' : 'default'}
                variant={selected ? 'filled' : 'outlined'}
                onClick={() => onChange(selected ? null : category.key)}
              />
            );
          })}
    </Stack>
  );
}
