import { Problem } from '../../http/problem.contract.js';
import type { App, Deps } from '../../http/types.js';
import { Inbox, InboxQuery } from './inbox.contract.js';
import { inbox } from './inbox.service.js';

export function inboxRoutes(app: App, _deps: Deps): void {
  app.get(
    '/api/v1/inbox',
    {
      schema: {
        tags: ['Hồ sơ'],
        summary:
          'Hộp hồ sơ cần xử lý của cán bộ hoặc của cơ quan: hồ sơ đang mở, gấp nhất trước, kèm số lượng theo mức khẩn (quá hạn, đến hạn hôm nay, có nguy cơ trễ hạn, sắp đến hạn, chờ bổ sung, còn hạn)',
        querystring: InboxQuery,
        response: { 200: Inbox, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    (request) => inbox(request.db, request.actor, request.query),
  );
}
