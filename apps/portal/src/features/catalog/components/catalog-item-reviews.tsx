import RateReviewOutlined from '@mui/icons-material/RateReviewOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Rating from '@mui/material/Rating';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { EmptyState } from '../../../shared/components/empty-state';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { formatDateTime } from '../../../shared/format';
import { useCatalogItemReviews } from '../hooks/use-catalog-item-reviews';

/** The reviews requesters left when closing their requests for this item. */
export function CatalogItemReviews({ itemId, labelledBy }: { itemId: string; labelledBy: string }) {
  const reviews = useCatalogItemReviews(itemId);

  if (reviews.isError) {
    return (
      <QueryErrorAlert
        title="Reviews could not be loaded"
        error={reviews.error}
        onRetry={() => void reviews.refetch()}
      />
    );
  }
  if (reviews.isPending) {
    return (
      <Box aria-hidden>
        <Skeleton variant="text" width="30%" />
        <Skeleton variant="text" />
        <Skeleton variant="text" width="30%" />
        <Skeleton variant="text" />
      </Box>
    );
  }
  if (reviews.data.length === 0) {
    return (
      <EmptyState icon={<RateReviewOutlined />} title="No reviews yet" headingLevel="h3">
        People review an item when they close a fulfilled request for it.
      </EmptyState>
    );
  }
  return (
    <>
      <List aria-labelledby={labelledBy} disablePadding>
        {reviews.data.map((review) => (
          <ListItem key={review.id} divider sx={{ display: 'block', px: 0 }}>
            <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <Rating value={review.rating} readOnly size="small" aria-hidden />
              <Typography variant="body2">{`${review.rating} of 5`}</Typography>
              <Typography variant="body2" color="text.secondary">
                {review.authorName} ·{' '}
                <time dateTime={review.createdAt}>{formatDateTime(review.createdAt)}</time>
              </Typography>
            </Stack>
            {review.text ? <Typography sx={{ mt: 0.5 }}>{review.text}</Typography> : null}
          </ListItem>
        ))}
      </List>
      {reviews.hasNextPage ? (
        <Box sx={{ display: 'flex', justifyContent: 'center', pt: 2 }}>
          <Button onClick={() => void reviews.fetchNextPage()} loading={reviews.isFetchingNextPage}>
            Load more reviews
          </Button>
        </Box>
      ) : null}
    </>
  );
}
