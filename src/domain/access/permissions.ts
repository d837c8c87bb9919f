import type { Role } from './roles.js';

/**
 * What each role may do. Later features add their actions here, so that the whole access model
 * reads as one table that a reviewer can check against domain.md §2.
 */
export const ACTIONS = [
  'agency.manage',
  'user.read',
  'user.manage',
  'audit.read',
  'api_token.manage',
  'dossier.receive',
  // Systems only (the DVCQG adapter's API token): hand over dossiers submitted online.
  'dossier.submit_online',
  'dossier.process',
  // Leaders: give a dossier of their agency to a handler, or to another one.
  'dossier.assign',
  'dossier.approve',
  // The service centre: approve or reject an agency's request for more time.
  'dossier.extension.decide',
  'catalog.manage',
  'indicator.read',
  'tthc_control.manage',
  'calendar.manage',
  // The service index's scheme and the plan's targets: versions an administrator edits.
  'indicator.settings.manage',
  // Dossiers (with their histories) from a previous system, and the map of its agency codes:
  // writes across every agency of the province at once, so only an administrator of the province.
  'dossier.import',
] as const;

export type Action = (typeof ACTIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Action[]> = {
  counter_officer: ['dossier.receive'],
  specialist: ['dossier.process'],
  leader: ['dossier.process', 'dossier.assign', 'dossier.approve', 'user.read', 'indicator.read'],
  centre_supervisor: [
    'catalog.manage',
    'indicator.read',
    'user.read',
    'audit.read',
    'dossier.extension.decide',
  ],
  tthc_control: ['tthc_control.manage', 'catalog.manage'],
  admin: [
    'agency.manage',
    'user.read',
    'user.manage',
    'audit.read',
    'api_token.manage',
    'calendar.manage',
    'catalog.manage',
    'indicator.settings.manage',
    'dossier.import',
  ],
};
