import AppRegistrationOutlined from '@mui/icons-material/AppRegistrationOutlined';
import AppsOutlined from '@mui/icons-material/AppsOutlined';
import CategoryOutlined from '@mui/icons-material/CategoryOutlined';
import CloudOutlined from '@mui/icons-material/CloudOutlined';
import ComputerOutlined from '@mui/icons-material/ComputerOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import LaptopOutlined from '@mui/icons-material/LaptopOutlined';
import LightbulbOutlined from '@mui/icons-material/LightbulbOutlined';
import MoreHorizOutlined from '@mui/icons-material/MoreHorizOutlined';
import PersonAddOutlined from '@mui/icons-material/PersonAddOutlined';
import SchoolOutlined from '@mui/icons-material/SchoolOutlined';
import SupportAgentOutlined from '@mui/icons-material/SupportAgentOutlined';
import VpnLockOutlined from '@mui/icons-material/VpnLockOutlined';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import type { ComponentType } from 'react';

// The API names Material icons; importing all ~2,000 would bloat the bundle, so the portal knows
// the ones the catalog uses and falls back to a generic one for the rest.
const ICONS: Readonly<Record<string, ComponentType<SvgIconProps>>> = {
  AppRegistration: AppRegistrationOutlined,
  Apps: AppsOutlined,
  Cloud: CloudOutlined,
  Computer: ComputerOutlined,
  Key: KeyOutlined,
  Laptop: LaptopOutlined,
  Lightbulb: LightbulbOutlined,
  MoreHoriz: MoreHorizOutlined,
  PersonAdd: PersonAddOutlined,
  School: SchoolOutlined,
  SupportAgent: SupportAgentOutlined,
  VpnLock: VpnLockOutlined,
};

/** A catalog item's or category's icon, by its Material name; decorative. */
export function CatalogIcon({ name, ...props }: { name: string } & SvgIconProps) {
  const Icon = ICONS[name] ?? CategoryOutlined;
  return <Icon aria-hidden {...props} />;
}
