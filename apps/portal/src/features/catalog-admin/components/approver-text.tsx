import type { Schemas } from '@trellis/api-client';
import type { Role } from '@trellis/domain';
import { ROLE_LABELS } from '../../../shared/role-labels';
import { useTeamOptions } from '../hooks/use-directory';
import { useUser } from '../hooks/use-user';

type Spec = Schemas['ApproverSpecDoc'];

function UserName({ id }: { id: string }) {
  const user = useUser(id);
  return <>{user.data?.name ?? 'a person'}</>;
}

/** An approver spec in words: "Dana Lee", "the Service Desk team", "every admin". */
export function ApproverText({ spec }: { spec: Spec }) {
  const teams = useTeamOptions();
  switch (spec.type) {
    case 'user':
      return spec.userId ? <UserName id={spec.userId} /> : <>a person</>;
    case 'team':
      return <>the {teams.data?.find((team) => team.id === spec.teamId)?.name ?? ''} team</>;
    case 'role':
      return <>everyone with the {ROLE_LABELS[spec.role as Role] ?? spec.role} role</>;
    case 'requester_manager':
      return <>the requester&apos;s manager</>;
    case 'cost_center_owner':
      return <>the cost centre&apos;s owner</>;
    default:
      return <>{spec.type}</>;
  }
}
