import { z } from 'zod';
import { Problem } from '../../http/problem.contract.js';
import type { App, Deps } from '../../http/types.js';
import { NotificationList } from '../dossiers/dossiers.contract.js';
import { markRead, unread } from './notifications.service.js';

export function notificationRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/v1/notifications',
    {
      schema: {
        tags: ['Thông báo'],
        summary: 'Thông báo chưa đọc của cán bộ đang đăng nhập (ví dụ: hồ sơ trực tuyến mới đến)',
        response: { 200: NotificationList, 401: Problem },
      },
    },
    (request) => unread(db, request.actor),
  );
  app.post(
    '/api/v1/notifications/:id/read',
    {
      schema: {
        tags: ['Thông báo'],
        summary: 'Đánh dấu đã đọc',
        params: z.strictObject({ id: z.coerce.number().int().min(1) }),
        response: { 204: z.null(), 401: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      await markRead(db, request.actor, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
