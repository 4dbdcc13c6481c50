import AssignmentTurnedInOutlined from '@mui/icons-material/AssignmentTurnedInOutlined';
import { ComingSoon } from '../../../shared/components/coming-soon';
import { PageHeader } from '../../../shared/components/page-header';

const PLANNED = [
  'Status of each request, with its approvals and fulfilment tasks',
  'Service-level timers showing when you can expect an answer',
  'Comments and attachments shared with the people working on it',
  'Close a fulfilled request with a rating, or reopen it',
] as const;

export function MyRequestsPage() {
  return (
    <>
      <PageHeader
        title="My requests"
        description="Follow everything you have asked for, from draft to done."
      />
      <ComingSoon
        icon={<AssignmentTurnedInOutlined />}
        summary="This is where you will track the requests you have raised or that were raised for you."
        features={PLANNED}
      />
    </>
  );
}
