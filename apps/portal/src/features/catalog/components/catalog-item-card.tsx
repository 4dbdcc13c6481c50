import AttachMoneyOutlined from '@mui/icons-material/AttachMoneyOutlined';
import LocalShippingOutlined from '@mui/icons-material/LocalShippingOutlined';
import TimerOutlined from '@mui/icons-material/TimerOutlined';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Rating from '@mui/material/Rating';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { catalogItemPath } from '../../../app/router/paths';
import { formatCost, formatDeliveryDays } from '../../../shared/format';
import { visuallyHidden } from '../../../shared/visually-hidden';
import type { CatalogItemSummary } from '../hooks/use-catalog-items';
import { CatalogIcon } from './catalog-icon';
import { describeSlaPromise, promisedResolution } from './sla-promise';

function ItemRating({ item }: { item: CatalogItemSummary }) {
  if (item.ratingAverage === null || item.ratingCount === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No reviews yet
      </Typography>
    );
  }
  const average = Math.round(item.ratingAverage * 10) / 10;
  const reviews = item.ratingCount === 1 ? '1 review' : `${item.ratingCount} reviews`;
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
      <Rating value={average} precision={0.5} readOnly size="small" aria-hidden />
      <Typography variant="body2" color="text.secondary">
        {`Rated ${average} of 5 (${reviews})`}
      </Typography>
    </Stack>
  );
}

/** One orderable item: what it is, what it costs, how long it takes and what people think of it. */
export function CatalogItemCard({ item }: { item: CatalogItemSummary }) {
  return (
    <Card
      variant="outlined"
      component="article"
      sx={{
        height: '100%',
        position: 'relative',
        '&:hover': { borderColor: 'primary.main' },
        '&:focus-within': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
      }}
    >
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, height: '100%' }}>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5 }}>
          <Avatar sx={{ bgcolor: 'primary.main', color: 'primary.contrastText' }}>
            <CatalogIcon name={item.icon} />
          </Avatar>
          <Box sx={{ minWidth: 0 }}>
            <Typography component="h2" variant="h6" sx={{ lineHeight: 1.3 }}>
              {/* The whole card is the link's target area; the link itself is the name. */}
              <Link
                component={RouterLink}
                to={catalogItemPath(item.id)}
                color="inherit"
                underline="hover"
                sx={{ '&::after': { content: '""', position: 'absolute', inset: 0 } }}
              >
                {item.name}
              </Link>
            </Typography>
            <Chip size="small" variant="outlined" label={item.categoryName} />
          </Box>
        </Stack>
        <Typography
          variant="body2"
          color="text.secondary"
          sx={{
            flexGrow: 1,
            display: '-webkit-box',
            WebkitLineClamp: 3,
            WebkitBoxOrient: 'vertical',
            overflow: 'hidden',
          }}
        >
          {item.description}
        </Typography>
        <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 2, rowGap: 0.5 }}>
          <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
            <AttachMoneyOutlined fontSize="small" aria-hidden color="action" />
            <Typography variant="body2">
              <Box component="span" sx={visuallyHidden}>
                Cost:{' '}
              </Box>
              {formatCost(item.costAmount, item.costCurrency)}
            </Typography>
          </Stack>
          <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
            <LocalShippingOutlined fontSize="small" aria-hidden color="action" />
            <Typography variant="body2">
              <Box component="span" sx={visuallyHidden}>
                Delivery:{' '}
              </Box>
              {formatDeliveryDays(item.deliveryDays)}
            </Typography>
          </Stack>
          {item.sla && (
            <Stack
              direction="row"
              sx={{ alignItems: 'center', gap: 0.5 }}
              title={describeSlaPromise(item.sla)}
            >
              <TimerOutlined fontSize="small" aria-hidden color="action" />
              <Typography variant="body2">
                <Box component="span" sx={visuallyHidden}>
                  {`${describeSlaPromise(item.sla)}. `}
                </Box>
                <span aria-hidden>{`SLA ${promisedResolution(item.sla)}`}</span>
              </Typography>
            </Stack>
          )}
        </Stack>
        <ItemRating item={item} />
      </CardContent>
    </Card>
  );
}

/** The shape of a card while items load; hidden from assistive technology (the list is aria-busy). */
export function CatalogItemCardSkeleton() {
  return (
    <Card variant="outlined" aria-hidden sx={{ height: '100%' }}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, mb: 1.5 }}>
          <Skeleton variant="circular" width={40} height={40} />
          <Skeleton variant="text" width="60%" />
        </Stack>
        <Skeleton variant="text" />
        <Skeleton variant="text" />
        <Skeleton variant="text" width="40%" />
      </CardContent>
    </Card>
  );
}
