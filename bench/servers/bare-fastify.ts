/** Ceiling server: Fastify with default options and one trivial route. Run by startServer. */

import Fastify from 'fastify';
import { serveChild } from '../server-process.js';

const app = Fastify({ logger: false });
app.get('/', async () => ({ ok: true }));

await serveChild(app);
