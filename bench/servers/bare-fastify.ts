/** Ceiling server: Fastify with default options and one trivial route. Run by startServer. */

import Fastify from 'fastify';
import { reportListening } from '../server-process.js';

const app = Fastify({ logger: false });
app.get('/', async () => ({ ok: true }));

await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (address === null || typeof address === 'string') throw new Error('unexpected address');

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
reportListening(address.port);
