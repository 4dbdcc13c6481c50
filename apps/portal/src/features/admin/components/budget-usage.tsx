import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { CostCentre } from '../hooks/use-cost-centres';
import { budgetUsedPercent } from '../money';

/** How much of the budget is committed or spent, as a bar; red from 100%, as alerts go out. */
export function BudgetUsage({ costCentre }: { costCentre: CostCentre }) {
  const percent = budgetUsedPercent(
    costCentre.budgetAmount,
    costCentre.committedAmount,
    costCentre.spentAmount,
  );
  const color = percent >= 100 ? 'error' : percent >= 80 ? 'secondary' : 'primary';
  return (
    <Box sx={{ minWidth: 120 }}>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, percent)}
        color={color}
        aria-label={`${costCentre.code} budget used`}
        aria-valuetext={`${percent}% used`}
      />
      <Typography variant="caption" color={percent >= 100 ? 'error' : 'text.secondary'}>
        {percent}% used
      </Typography>
    </Box>
  );
}
