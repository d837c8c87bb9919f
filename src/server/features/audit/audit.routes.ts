import { scopesFor } from '../../../domain/access/policy.js';
import { Problem } from '../../http/problem.contract.js';
import { AppError } from '../../http/problem.js';
import type { App, Deps } from '../../http/types.js';
import { AuditList, ListAuditQuery } from './audit.contract.js';

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
    async (request) => {
      const scopes = scopesFor(request.actor, 'audit.read');
      if (scopes.length === 0) {
        throw new AppError(request.actor.kind === 'anonymous' ? 'AUTH_REQUIRED' : 'FORBIDDEN');
      }
      const q = request.query;
      let query = db
        .selectFrom('audit_log as l')
        .leftJoin('agencies as a', 'a.id', 'l.agency_id')
        .selectAll('l')
        .where((eb) => eb.or(scopes.map((s) => eb('a.path', 'like', `${s}%`))))
        .orderBy('l.id', 'desc')
        .limit(q.limit);
      if (q.subjectType) query = query.where('l.subject_type', '=', q.subjectType);
      if (q.subjectId) query = query.where('l.subject_id', '=', q.subjectId);
      if (q.beforeId) query = query.where('l.id', '<', q.beforeId);
      const rows = await query.execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actorType: r.actor_type as 'user' | 'system' | 'anonymous',
          actorId: r.actor_id,
          action: r.action,
          subjectType: r.subject_type,
          subjectId: r.subject_id,
          agencyId: r.agency_id,
          data: r.data,
          hash: r.hash,
        })),
      };
    },
  );
}
