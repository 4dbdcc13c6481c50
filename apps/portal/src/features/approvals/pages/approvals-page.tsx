import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import { ComingSoon } from '../../../shared/components/coming-soon';
import { PageHeader } from '../../../shared/components/page-header';

const PLANNED = [
  'Approve or reject with a comment, one at a time or in bulk',
  'See the request, its cost centre and who else has decided',
  'Delegate your approvals while you are away',
] as const;

export function ApprovalsPage() {
  return (
    <>
      <PageHeader
        title="Approvals"
        description="Decide on the requests and changes waiting for you."
      />
      <ComingSoon
        icon={<FactCheckOutlined />}
        summary="Your approval queue will list everything that needs your decision, including approvals delegated to you."
        features={PLANNED}
      />
    </>
  );
}
