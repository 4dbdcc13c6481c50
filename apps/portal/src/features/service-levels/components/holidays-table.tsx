import AddIcon from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '../../../shared/visually-hidden';
import type { Holiday } from '../holiday-list';
import type { FieldErrors } from '../problem-paths';
import { errorAt } from '../problem-paths';

/** The calendar's days off: a date, a name, and whether it repeats every year. */
export function HolidaysTable({
  holidays,
  onChange,
  errors,
}: {
  holidays: Holiday[];
  onChange: (next: Holiday[]) => void;
  errors: FieldErrors;
}) {
  const update = (index: number, change: Partial<Holiday>) =>
    onChange(holidays.map((h, i) => (i === index ? { ...h, ...change } : h)));
  return (
    <Box>
      {holidays.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 2 }}>
          No holidays yet. Add a country's public holidays, import an ICS file, or add days one by
          one.
        </Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-label="Holidays">
            <TableHead>
              <TableRow>
                <TableCell>Date</TableCell>
                <TableCell>Name</TableCell>
                <TableCell>Every year</TableCell>
                <TableCell align="right">
                  <Box component="span" sx={visuallyHidden}>
                    Actions
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {holidays.map((holiday, index) => {
                const dateError = errorAt(errors, `/holidays/${index}/date`);
                const nameError = errorAt(errors, `/holidays/${index}/name`);
                const label = `Holiday ${index + 1}`;
                return (
                  <TableRow key={index}>
                    <TableCell sx={{ minWidth: 170 }}>
                      <TextField
                        type="date"
                        size="small"
                        value={holiday.date}
                        onChange={(event) => update(index, { date: event.target.value })}
                        error={Boolean(dateError)}
                        helperText={dateError}
                        slotProps={{ htmlInput: { 'aria-label': `${label} date` } }}
                      />
                    </TableCell>
                    <TableCell sx={{ minWidth: 180 }}>
                      <TextField
                        size="small"
                        fullWidth
                        value={holiday.name ?? ''}
                        onChange={(event) => update(index, { name: event.target.value })}
                        error={Boolean(nameError)}
                        helperText={nameError}
                        slotProps={{ htmlInput: { 'aria-label': `${label} name`, maxLength: 120 } }}
                      />
                    </TableCell>
                    <TableCell>
                      <Checkbox
                        checked={holiday.recurring ?? false}
                        onChange={(event) => update(index, { recurring: event.target.checked })}
                        slotProps={{ input: { 'aria-label': `${label} repeats every year` } }}
                      />
                    </TableCell>
                    <TableCell align="right">
                      <IconButton
                        aria-label={`Remove ${holiday.name || label}`}
                        onClick={() => onChange(holidays.filter((_, i) => i !== index))}
                      >
                        <DeleteOutline />
                      </IconButton>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <Button
        size="small"
        startIcon={<AddIcon />}
        sx={{ mt: 1 }}
        onClick={() =>
          onChange([
            ...holidays,
            { date: new Date().toISOString().slice(0, 10), name: '', recurring: false },
          ])
        }
      >
        Add holiday
      </Button>
    </Box>
  );
}
