import AdminPanelSettingsOutlined from '@mui/icons-material/AdminPanelSettingsOutlined';
import AssignmentTurnedInOutlined from '@mui/icons-material/AssignmentTurnedInOutlined';
import ChangeCircleOutlined from '@mui/icons-material/ChangeCircleOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import InventoryOutlined from '@mui/icons-material/Inventory2Outlined';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import StorefrontOutlined from '@mui/icons-material/StorefrontOutlined';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import TimerOutlined from '@mui/icons-material/TimerOutlined';
import type { NavigationEntry } from '@trellis/domain';
import type { ReactElement } from 'react';

/** One icon per navigation entry; a new entry in @trellis/domain fails to compile until it has one. */
export const NAVIGATION_ICONS: Readonly<Record<NavigationEntry['key'], ReactElement>> = {
  catalog: <StorefrontOutlined />,
  requests: <AssignmentTurnedInOutlined />,
  approvals: <FactCheckOutlined />,
  tasks: <TaskAltOutlined />,
  incidents: <ReportProblemOutlined />,
  changes: <ChangeCircleOutlined />,
  dashboard: <DashboardOutlined />,
  audit: <HistoryOutlined />,
  admin: <AdminPanelSettingsOutlined />,
  catalogAdmin: <InventoryOutlined />,
  serviceLevels: <TimerOutlined />,
};
