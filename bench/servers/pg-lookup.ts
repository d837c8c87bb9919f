/**
 * Ceiling server: Fastify with default options, a pg.Pool, and one route that reads one row by
 * its key, the least an HTTP lookup backed by PostgreSQL can do. Run by startServer with
 * DATABASE_URL; the table bench.lookup is made by the ceiling before it starts this.
 */

import Fastify from 'fastify';
import pg from 'pg';
import { serveChild } from '../server-process.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });
app.get<{ Params: { code: string } }>('/lookup/:code', async (request, reply) => {
  const { rows } = await pool.query(
    'SELECT code, state, national_status, procedure_name, received_at, due_at FROM bench.lookup WHERE code = $1',
    [request.params.code],
  );
  if (rows.length === 0) return reply.code(404).send({ found: false });
  return rows[0];
});

await serveChild(app, () => pool.end());
