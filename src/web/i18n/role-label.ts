import { ROLE_LABELS, type Role } from '../../domain/access/roles.js';
import type { Language } from './language.js';

export function roleLabel(role: Role, language: Language): string {
  return ROLE_LABELS[role][language];
}
