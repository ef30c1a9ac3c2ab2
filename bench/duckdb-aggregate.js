#!/usr/bin/env node
// The reference for the CSV benchmark: the same per-unit aggregation as
// `reform-report summary FILE --as-of AS_OF`, done by DuckDB (2 threads) over the same file.
// Prints one JSON line: the totals and the number of unit/level groups.
//   node bench/duckdb-aggregate.js FILE AS_OF
import { DuckDBInstance } from '@duckdb/node-api';

const [file, asOf] = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const connection = await db.connect();
const quote = (s) => `'${s.replace(/'/g, "''")}'`;
const sql = `
WITH r AS (
  SELECT "Đơn vị" AS unit, "Cấp" AS level,
    try_strptime("Ngày tiếp nhận", '%d/%m/%Y')::DATE AS received,
    try_strptime("Hạn xử lý", '%d/%m/%Y')::DATE AS due,
    try_strptime("Ngày trả kết quả", '%d/%m/%Y')::DATE AS resolved,
    "Kênh nộp" AS channel, "Thanh toán trực tuyến" AS paid
  FROM read_csv(${quote(file)}, header = true, all_varchar = true))
SELECT unit, level,
  count(*) AS received,
  count(*) FILTER (WHERE resolved <= DATE ${quote(asOf)}) AS resolved,
  count(*) FILTER (WHERE resolved <= DATE ${quote(asOf)} AND (due IS NULL OR resolved <= due)) AS resolved_on_time,
  count(*) FILTER (WHERE resolved IS NULL OR resolved > DATE ${quote(asOf)}) AS pending,
  count(*) FILTER (WHERE channel = 'Trực tuyến') AS online,
  count(*) FILTER (WHERE paid = '1') AS paid_online
FROM r WHERE received <= DATE ${quote(asOf)}
GROUP BY unit, level`;
const rows = (await connection.runAndReadAll(sql)).getRowObjects();
const total = (k) => rows.reduce((s, r) => s + Number(r[k]), 0);
console.log(JSON.stringify({ groups: rows.length, received: total('received'), resolved: total('resolved'), resolvedOnTime: total('resolved_on_time'), pending: total('pending'), online: total('online'), paidOnline: total('paid_online') }));
