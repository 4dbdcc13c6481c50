import SearchOutlined from '@mui/icons-material/SearchOutlined';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { PageHeader } from '../../../shared/components/page-header';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import { CatalogItemGrid } from '../components/catalog-item-grid';
import { CategoryFilter } from '../components/category-filter';

// Long enough to skip the keystrokes of a word being typed, short enough to feel instant.
const SEARCH_DELAY_MS = 250;

export function CatalogPage() {
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const q = useDebouncedValue(search, SEARCH_DELAY_MS);

  return (
    <>
      <PageHeader
        title="Catalog"
        description="Browse the services your IT team offers and order what you need."
      />
      <Stack role="search" aria-label="Catalog" sx={{ gap: 2, mb: 3 }}>
        <TextField
          label="Search the catalog"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchOutlined aria-hidden />
                </InputAdornment>
              ),
            },
          }}
          sx={{ maxWidth: 560 }}
        />
        <CategoryFilter value={category} onChange={setCategory} />
      </Stack>
      <CatalogItemGrid
        filter={{ q, category }}
        onClearFilter={() => {
          setSearch('');
          setCategory(null);
        }}
      />
    </>
  );
}
