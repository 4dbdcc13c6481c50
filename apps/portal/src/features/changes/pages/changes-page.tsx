import ChangeCircleOutlined from '@mui/icons-material/ChangeCircleOutlined';
import { ComingSoon } from '../../../shared/components/coming-soon';
import { PageHeader } from '../../../shared/components/page-header';

const PLANNED = [
  'Risk assessment that picks the right approval path (including CAB)',
  'Planned windows, with conflicts and blackout periods flagged',
  'A change calendar and post-implementation reviews',
] as const;

export function ChangesPage() {
  return (
    <>
      <PageHeader
        title="Changes"
        description="Plan, authorise and review changes to your services."
      />
      <ComingSoon
        icon={<ChangeCircleOutlined />}
        summary="Change enablement will take standard, normal and emergency changes from request to review."
        features={PLANNED}
      />
    </>
  );
}
