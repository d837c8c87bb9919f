import { Problem } from '../../http/problem.contract.js';
import type { App, Deps } from '../../http/types.js';
import { AuditList, ListAuditQuery } from './audit.contract.js';
import { listAudit } from './audit.service.js';

export function auditRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['Nhật ký'],
        summary: 'Nhật ký thao tác trong phạm vi quản lý, mới nhất trước',
        querystring: ListAuditQuery,
        response: { 200: AuditList, 401: Problem, 403: Problem },
      },
    },
    async (request) => ({ items: await listAudit(db, request.actor, request.query) }),
  );
}
