/** Roles of domain.md §2 that officers hold, each scoped to a subtree of agencies. */
export const ROLES = [
  'counter_officer',
  'specialist',
  'leader',
  'centre_supervisor',
  'tthc_control',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  counter_officer: { vi: 'Công chức Bộ phận Một cửa', en: 'Counter officer' },
  specialist: { vi: 'Chuyên viên xử lý', en: 'Specialist' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  centre_supervisor: { vi: 'Giám sát Trung tâm Phục vụ hành chính công', en: 'Centre supervisor' },
  tthc_control: { vi: 'Cán bộ kiểm soát TTHC', en: 'TTHC control officer' },
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
};
