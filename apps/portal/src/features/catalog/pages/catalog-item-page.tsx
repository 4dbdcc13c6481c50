import ArrowBack from '@mui/icons-material/ArrowBack';
import OpenInNew from '@mui/icons-material/OpenInNew';
import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isProblem } from '@trellis/api-client';
import { useId } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { paths } from '../../../app/router/paths';
import { FactList } from '../../../shared/components/fact-list';
import { PageHeader } from '../../../shared/components/page-header';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { formatCost, formatDeliveryDays } from '../../../shared/format';
import { describeSlaPromise } from '../components/sla-promise';
import { ErrorState } from '../../errors/components/error-state';
import { CatalogIcon } from '../components/catalog-icon';
import { CatalogItemReviews } from '../components/catalog-item-reviews';
import { RequestForm } from '../components/request-form';
import type { CatalogItem } from '../hooks/use-catalog-item';
import { useCatalogItem } from '../hooks/use-catalog-item';

function BackToCatalog() {
  return (
    <Button component={RouterLink} to={paths.catalog} startIcon={<ArrowBack />} sx={{ mb: 1 }}>
      Back to the catalog
    </Button>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const headingId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

function ItemFacts({ item }: { item: CatalogItem }) {
  const facts = [
    ['Category', item.categoryName],
    ['Cost', formatCost(item.costAmount, item.costCurrency)],
    ['Delivery', `${formatDeliveryDays(item.deliveryDays)} after approval`],
    ['Service level', item.sla ? describeSlaPromise(item.sla) : 'No service level'],
    [
      'Rating',
      item.ratingAverage === null || item.ratingCount === 0
        ? 'No reviews yet'
        : `${Math.round(item.ratingAverage * 10) / 10} of 5 (${item.ratingCount})`,
    ],
  ] as const;
  return <FactList facts={facts} />;
}

function ItemDetails({ item }: { item: CatalogItem }) {
  const reviewsHeadingId = useId();
  return (
    <>
      <PageHeader
        title={item.name}
        description={item.description}
        actions={
          <Avatar sx={{ bgcolor: 'primary.main', width: 56, height: 56 }}>
            <CatalogIcon name={item.icon} fontSize="large" />
          </Avatar>
        }
      />
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' },
          alignItems: 'start',
        }}
      >
        <Stack sx={{ gap: 2 }}>
          <Section title="Request this item">
            <RequestForm item={item} />
          </Section>
          <Section title="Before you order">
            {item.prerequisites.length === 0 ? (
              <Typography color="text.secondary">Nothing: you can order right away.</Typography>
            ) : (
              <List dense disablePadding sx={{ pl: 3 }}>
                {item.prerequisites.map((prerequisite) => (
                  <ListItem
                    key={prerequisite}
                    sx={{ display: 'list-item', listStyleType: 'disc', pl: 0 }}
                  >
                    {prerequisite}
                  </ListItem>
                ))}
              </List>
            )}
          </Section>
          <Paper
            variant="outlined"
            component="section"
            aria-labelledby={reviewsHeadingId}
            sx={{ p: 2 }}
          >
            <Typography id={reviewsHeadingId} variant="h2" gutterBottom>
              Reviews
            </Typography>
            <CatalogItemReviews itemId={item.id} labelledBy={reviewsHeadingId} />
          </Paper>
        </Stack>
        <Stack sx={{ gap: 2 }}>
          <Section title="At a glance">
            <ItemFacts item={item} />
          </Section>
          <Section title="Documentation">
            {item.documentationLinks.length === 0 ? (
              <Typography color="text.secondary">No documentation is linked.</Typography>
            ) : (
              <List dense disablePadding>
                {item.documentationLinks.map((link) => (
                  <ListItem key={link.url} disableGutters>
                    <Link href={link.url} target="_blank" rel="noopener noreferrer">
                      {link.title}
                      <OpenInNew
                        fontSize="inherit"
                        aria-label="(opens in a new tab)"
                        sx={{ ml: 0.5, verticalAlign: 'middle' }}
                      />
                    </Link>
                  </ListItem>
                ))}
              </List>
            )}
          </Section>
        </Stack>
      </Box>
    </>
  );
}

export function CatalogItemPage() {
  const { itemId = '' } = useParams();
  const item = useCatalogItem(itemId);

  if (item.isError) {
    // A retired item or a mistyped address: say so instead of offering a pointless retry.
    if (isProblem(item.error) && (item.error.status === 404 || item.error.status === 400)) {
      return (
        <ErrorState icon={<SearchOffOutlined />} title="Item not found" actions={<BackToCatalog />}>
          This item is not in the catalog, or no longer offered. The catalog lists everything you
          can order.
        </ErrorState>
      );
    }
    return (
      <>
        <BackToCatalog />
        <PageHeader title="Catalog item" />
        <QueryErrorAlert
          title="The item could not be loaded"
          error={item.error}
          onRetry={() => void item.refetch()}
        />
      </>
    );
  }
  return (
    <>
      <BackToCatalog />
      {item.isPending ? (
        <Box role="status" aria-label="Loading the item">
          <Skeleton variant="text" width="40%" height={56} />
          <Skeleton variant="text" width="70%" />
          <Skeleton variant="rounded" height={160} sx={{ mt: 2 }} />
        </Box>
      ) : (
        <ItemDetails item={item.data} />
      )}
    </>
  );
}
