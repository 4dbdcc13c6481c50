import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import { ComingSoon } from '../../../shared/components/coming-soon';
import { PageHeader } from '../../../shared/components/page-header';

const PLANNED = [
  'Open and overdue requests, incidents and changes',
  'Service-level attainment and breaches over time',
  'Satisfaction ratings and the most requested catalog items',
] as const;

export function DashboardPage() {
  return (
    <>
      <PageHeader title="Dashboard" description="See how service is doing at a glance." />
      <ComingSoon
        icon={<DashboardOutlined />}
        summary="The dashboard will summarise demand, delivery and service levels across your tenant."
        features={PLANNED}
      />
    </>
  );
}
