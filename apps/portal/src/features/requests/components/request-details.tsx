import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import type { ServiceRequest } from '../hooks/use-request';
import { RequestApprovals } from './request-approvals';
import { RequestAttachments } from './request-attachments';
import { RequestComments } from './request-comments';
import { RequestAnswers, RequestFacts } from './request-facts';
import { RequestSection } from './request-section';
import { RequestSlaTimers } from './request-sla-timers';
import { RequestStatusStepper } from './request-status-stepper';
import { RequestTasks } from './request-tasks';
import { RequestTimeline } from './request-timeline';

/**
 * Everything about one request, in sections: the request page shows it in two columns, the
 * approvals side panel in one (`compact`), with h3 headings under the panel's own title.
 */
export function RequestDetails({
  request,
  reload,
  compact = false,
}: {
  request: ServiceRequest;
  reload: () => void;
  compact?: boolean;
}) {
  const level = compact ? 'h3' : 'h2';
  const hasAnswers = Object.keys(request.formData).length > 0;
  return (
    <Stack sx={{ gap: 2 }}>
      <RequestStatusStepper request={request} />
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: compact ? '1fr' : { xs: '1fr', md: '3fr 2fr' },
          alignItems: 'start',
        }}
      >
        <Stack sx={{ gap: 2, minWidth: 0 }}>
          <RequestSection title="Details" headingLevel={level}>
            <RequestFacts request={request} />
          </RequestSection>
          {hasAnswers ? (
            <RequestSection title="Answers" headingLevel={level}>
              <RequestAnswers request={request} />
            </RequestSection>
          ) : null}
          <RequestSection title="Comments" headingLevel={level}>
            <RequestComments request={request} reload={reload} />
          </RequestSection>
        </Stack>
        <Stack sx={{ gap: 2, minWidth: 0 }}>
          {request.slaTimers.length > 0 ? (
            <RequestSection title="Service levels" headingLevel={level}>
              <RequestSlaTimers request={request} />
            </RequestSection>
          ) : null}
          <RequestSection title="Approvals" headingLevel={level}>
            <RequestApprovals request={request} headingLevel={compact ? 'h4' : 'h3'} />
          </RequestSection>
          <RequestSection title="Tasks" headingLevel={level}>
            <RequestTasks request={request} />
          </RequestSection>
          <RequestSection title="Attachments" headingLevel={level}>
            <RequestAttachments requestId={request.id} reload={reload} />
          </RequestSection>
          <RequestSection title="Activity" headingLevel={level}>
            <RequestTimeline request={request} />
          </RequestSection>
        </Stack>
      </Box>
    </Stack>
  );
}
