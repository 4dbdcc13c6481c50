import Box from '@mui/material/Box';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { visuallyHidden } from '../../../shared/visually-hidden';
import type { ServiceRequest } from '../hooks/use-request';
import type { ProgressStepState } from '../request-progress';
import { requestProgress } from '../request-progress';

const SPOKEN_STATE: Readonly<Record<ProgressStepState, string>> = {
  done: 'done',
  current: 'current step',
  upcoming: 'not yet',
  stopped: 'stopped here',
  skipped: 'skipped',
};

/** Where the request is on its way from draft to closed, and where it stopped or waits. */
export function RequestStatusStepper({ request }: { request: ServiceRequest }) {
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('sm'), { noSsr: true });
  const steps = requestProgress(request);
  const active = steps.findIndex((step) => step.state === 'current' || step.state === 'stopped');
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Stepper
        component="ol"
        aria-label="Request progress"
        activeStep={active === -1 ? steps.length : active}
        orientation={wide ? 'horizontal' : 'vertical'}
        alternativeLabel={wide}
        sx={{ listStyle: 'none', p: 0, m: 0 }}
      >
        {steps.map((step) => (
          <Step
            key={step.key}
            component="li"
            completed={step.state === 'done' || step.state === 'skipped'}
            aria-current={step.state === 'current' || step.state === 'stopped' ? 'step' : undefined}
          >
            <StepLabel
              error={step.state === 'stopped'}
              optional={
                step.note ? (
                  <Typography
                    variant="caption"
                    color={step.state === 'stopped' ? 'error' : 'text.secondary'}
                  >
                    {step.note}
                  </Typography>
                ) : undefined
              }
            >
              {step.label}
              <Box component="span" sx={visuallyHidden}>
                {` (${SPOKEN_STATE[step.state]})`}
              </Box>
            </StepLabel>
          </Step>
        ))}
      </Stepper>
    </Box>
  );
}
