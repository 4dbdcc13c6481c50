import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import { ComingSoon } from '../../../shared/components/coming-soon';
import { PageHeader } from '../../../shared/components/page-header';

const PLANNED = [
  "Tasks assigned to you or waiting in your teams' queues",
  'Claim, start, complete or skip a task; tick off its checklist',
  'Log time against the estimate and leave notes for the requester',
] as const;

export function TasksPage() {
  return (
    <>
      <PageHeader
        title="Tasks"
        description="Work the fulfilment tasks assigned to you and your teams."
      />
      <ComingSoon
        icon={<TaskAltOutlined />}
        summary="The task board will show the work that turns approved requests into delivered services."
        features={PLANNED}
      />
    </>
  );
}
