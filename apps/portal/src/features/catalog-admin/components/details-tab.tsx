import AddIcon from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import ListItemIcon from '@mui/material/ListItemIcon';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { CatalogIcon } from '../../catalog/components/catalog-icon';
import { useCatalogCategories } from '../../catalog/hooks/use-catalog-categories';
import { useTeamOptions } from '../hooks/use-directory';
import { useSlaPolicies } from '../hooks/use-sla-policies';
import type { ItemDraft } from '../item-draft';

/** The icons the portal draws (catalog-icon.tsx); others fall back to a generic one. */
const ICON_NAMES = [
  'Apps',
  'AppRegistration',
  'Cloud',
  'Computer',
  'Key',
  'Laptop',
  'Lightbulb',
  'MoreHoriz',
  'PersonAdd',
  'School',
  'SupportAgent',
  'VpnLock',
];

type Change = (patch: Partial<ItemDraft>) => void;

function StringList({
  label,
  addLabel,
  values,
  onChange,
}: {
  label: string;
  addLabel: string;
  values: string[];
  onChange: (values: string[]) => void;
}) {
  return (
    <Stack sx={{ gap: 1 }}>
      <Typography variant="subtitle2" component="h3">
        {label}
      </Typography>
      {values.map((value, index) => (
        <Stack key={index} direction="row" sx={{ gap: 1, alignItems: 'center' }}>
          <TextField
            size="small"
            fullWidth
            label={`${label} ${index + 1}`}
            value={value}
            onChange={(event) =>
              onChange(values.map((v, i) => (i === index ? event.target.value : v)))
            }
          />
          <IconButton
            aria-label={`Remove ${label.toLowerCase()} ${index + 1}`}
            onClick={() => onChange(values.filter((_, i) => i !== index))}
          >
            <DeleteOutlined />
          </IconButton>
        </Stack>
      ))}
      <div>
        <Button size="small" startIcon={<AddIcon />} onClick={() => onChange([...values, ''])}>
          {addLabel}
        </Button>
      </div>
    </Stack>
  );
}

/** Name, category, description, what to know before ordering, cost, delivery, support team. */
export function DetailsTab({ draft, onChange }: { draft: ItemDraft; onChange: Change }) {
  const categories = useCatalogCategories();
  const teams = useTeamOptions();
  const slaPolicies = useSlaPolicies();
  const defaultSla = slaPolicies.data?.find((policy) => policy.isDefault);
  const links = draft.documentationLinks;
  return (
    <Stack sx={{ gap: 2.5, maxWidth: 880 }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
        <TextField
          label="Name"
          required
          fullWidth
          value={draft.name}
          onChange={(event) => onChange({ name: event.target.value })}
        />
        <TextField
          select
          label="Category"
          required
          fullWidth
          value={categories.data ? draft.categoryId : ''}
          onChange={(event) => onChange({ categoryId: event.target.value })}
          helperText={categories.isError ? 'The categories could not be loaded.' : undefined}
        >
          {(categories.data ?? []).map((category) => (
            <MenuItem key={category.id} value={category.id}>
              {category.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Icon"
          value={draft.icon}
          sx={{ minWidth: 200 }}
          onChange={(event) => onChange({ icon: event.target.value })}
        >
          {(ICON_NAMES.includes(draft.icon) ? ICON_NAMES : [draft.icon, ...ICON_NAMES]).map(
            (name) => (
              <MenuItem key={name} value={name}>
                <ListItemIcon sx={{ minWidth: 32 }}>
                  <CatalogIcon name={name} fontSize="small" />
                </ListItemIcon>
                {name}
              </MenuItem>
            ),
          )}
        </TextField>
      </Stack>
      <TextField
        label="Description"
        multiline
        minRows={3}
        value={draft.description}
        onChange={(event) => onChange({ description: event.target.value })}
        helperText="What the requester gets, and when to order it."
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
        <TextField
          label="Cost"
          value={draft.costAmount}
          onChange={(event) => onChange({ costAmount: event.target.value })}
          helperText="For example 1250.00"
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
        <TextField
          label="Currency"
          value={draft.costCurrency}
          onChange={(event) => onChange({ costCurrency: event.target.value })}
          helperText="ISO 4217, e.g. USD"
          sx={{ maxWidth: 160 }}
        />
        <TextField
          label="Delivery estimate"
          type="number"
          value={draft.deliveryDays}
          onChange={(event) => onChange({ deliveryDays: event.target.value })}
          slotProps={{
            htmlInput: { min: 0, max: 365 },
            input: { endAdornment: <InputAdornment position="end">days</InputAdornment> },
          }}
          helperText="After approval"
          sx={{ maxWidth: 200 }}
        />
        <TextField
          select
          label="Support team"
          fullWidth
          value={teams.data ? (draft.supportTeamId ?? '') : ''}
          onChange={(event) => onChange({ supportTeamId: event.target.value || null })}
          helperText="Does the tasks that name no team of their own."
        >
          <MenuItem value="">
            <em>None</em>
          </MenuItem>
          {(teams.data ?? []).map((team) => (
            <MenuItem key={team.id} value={team.id}>
              {team.name}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <TextField
        select
        label="SLA policy"
        value={slaPolicies.data ? (draft.slaPolicyId ?? '') : ''}
        onChange={(event) => onChange({ slaPolicyId: event.target.value || null })}
        helperText={
          slaPolicies.isError
            ? 'The SLA policies could not be loaded.'
            : 'Response and resolution targets for requests for this item.'
        }
        sx={{ maxWidth: 440 }}
      >
        <MenuItem value="">
          <em>{defaultSla ? `The default (${defaultSla.name})` : 'The default policy'}</em>
        </MenuItem>
        {(slaPolicies.data ?? [])
          .filter((policy) => policy.active || policy.id === draft.slaPolicyId)
          .map((policy) => (
            <MenuItem key={policy.id} value={policy.id}>
              {policy.name}
              {policy.active ? '' : ' (inactive)'}
            </MenuItem>
          ))}
      </TextField>
      <StringList
        label="Prerequisite"
        addLabel="Add prerequisite"
        values={draft.prerequisites}
        onChange={(prerequisites) => onChange({ prerequisites })}
      />
      <Stack sx={{ gap: 1 }}>
        <Typography variant="subtitle2" component="h3">
          Documentation links
        </Typography>
        {links.map((link, index) => (
          <Stack
            key={index}
            direction={{ xs: 'column', sm: 'row' }}
            sx={{ gap: 1, alignItems: { sm: 'center' } }}
          >
            <TextField
              size="small"
              label={`Link ${index + 1} title`}
              value={link.title}
              onChange={(event) =>
                onChange({
                  documentationLinks: links.map((l, i) =>
                    i === index ? { ...l, title: event.target.value } : l,
                  ),
                })
              }
            />
            <TextField
              size="small"
              fullWidth
              label={`Link ${index + 1} address`}
              placeholder="https://"
              value={link.url}
              onChange={(event) =>
                onChange({
                  documentationLinks: links.map((l, i) =>
                    i === index ? { ...l, url: event.target.value } : l,
                  ),
                })
              }
            />
            <IconButton
              aria-label={`Remove link ${index + 1}`}
              onClick={() => onChange({ documentationLinks: links.filter((_, i) => i !== index) })}
            >
              <DeleteOutlined />
            </IconButton>
          </Stack>
        ))}
        <div>
          <Button
            size="small"
            startIcon={<AddIcon />}
            onClick={() => onChange({ documentationLinks: [...links, { title: '', url: '' }] })}
          >
            Add link
          </Button>
        </div>
      </Stack>
    </Stack>
  );
}
