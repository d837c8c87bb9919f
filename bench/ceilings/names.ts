/** Names of the ceiling measurements; suites refer to them in `Measurement.ceiling`. */
export const CEILING = {
  /** req/s of a bare Fastify handler returning {ok:true}, server in a child process. */
  httpBare: 'http.fastify-bare',
  /** ms, median latency of the same. */
  httpBareP50: 'http.fastify-bare.p50',
  /** ms, 99th percentile latency of the same. */
  httpBareP99: 'http.fastify-bare.p99',
  /** tps of the three-row transaction run by pgbench (8 clients). */
  pgbenchTx3: 'db.tx3.pgbench',
  /** tps of the three-row transaction from Node through a pg.Pool of 8. */
  pgTx3: 'db.tx3.pg',
  /** tps of the three-row transaction on in-memory PGlite, one connection. */
  pgliteTx3: 'db.tx3.pglite',
  /** req/s of Fastify + pg.Pool reading one row by primary key, 50 connections. */
  httpPgLookup: 'http.fastify-pg-lookup',
  /** ms, 99th percentile latency of the same. */
  httpPgLookupP99: 'http.fastify-pg-lookup.p99',
  /** ops/s of due dates computed by walking day by day (the baseline the index must beat 20×). */
  calendarNaiveDue: 'calendar.due.naive',
} as const;
