import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import { ComingSoon } from '../../../shared/components/coming-soon';
import { PageHeader } from '../../../shared/components/page-header';

const PLANNED = [
  'Priority from impact and urgency, with response and resolution targets',
  'Major-incident flag and links to problems, changes and configuration items',
  'Suggested knowledge articles while you work',
] as const;

export function IncidentsPage() {
  return (
    <>
      <PageHeader title="Incidents" description="Restore service quickly when something breaks." />
      <ComingSoon
        icon={<ReportProblemOutlined />}
        summary="Incident management will let agents record, prioritise and resolve interruptions to service."
        features={PLANNED}
      />
    </>
  );
}
