import StorefrontOutlined from '@mui/icons-material/StorefrontOutlined';
import { ComingSoon } from '../../../shared/components/coming-soon';
import { PageHeader } from '../../../shared/components/page-header';

const PLANNED = [
  'Search and filter items by category (Access, Software, Hardware and more)',
  'See what each item costs, how long it takes and who approves it',
  'Order for yourself or on behalf of a colleague',
  'Read and write reviews of items you have used',
] as const;

export function CatalogPage() {
  return (
    <>
      <PageHeader
        title="Catalog"
        description="Browse the services your IT team offers and order what you need."
      />
      <ComingSoon
        icon={<StorefrontOutlined />}
        summary="Soon you will find every service your organisation offers here, grouped by category, and order one with a short form."
        features={PLANNED}
      />
    </>
  );
}
