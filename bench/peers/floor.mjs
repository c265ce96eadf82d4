// The floor of bench/compare-peers.sh: node:http + pg, one SQL round trip per request, the JSON built by PostgreSQL
// in the shape of measures-service's answers. No cache, no validation, no logs: what any server must at least pay.
//   PORT=38091 DATABASE_URL=postgres://user:pass@127.0.0.1:55462/measures node floor.mjs
import http from 'node:http'
import pg from 'pg'

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 16) })
const arr = (sql) => `coalesce((${sql}), '[]'::json)`
const MEASURE = `json_build_object('id', m.id, 'reportId', m.report_id, 'fiscalYear', m.fiscal_year, 'code', m.code,
 'kind', m.kind, 'chapter', json_build_object('number', m.chapter_number, 'title', m.chapter_title),
 'section', CASE WHEN m.section_number IS NOT NULL THEN json_build_object('number', m.section_number, 'title', m.section_title) END,
 'subsection', CASE WHEN m.subsection_number IS NOT NULL THEN json_build_object('number', m.subsection_number, 'title', m.subsection_title) END,
 'item', m.item, 'subitem', m.subitem, 'parentId', m.parent_id, 'title', m.title, 'description', m.description,
 'budgets', ${arr(`SELECT json_agg(json_build_object('amountYen', b.amount_yen, 'label', b.label, 'type', b.type, 'approximate', b.approximate, 'partOf', b.part_of) ORDER BY b.position) FROM measure_budget b WHERE b.measure_id = m.id`)},
 'totalYen', m.own_yen, 'partOfYen', m.part_of_yen, 'budgetText', m.budget_text, 'partOf', m.part_of, 'pool', m.pool,
 'ministries', ${arr(`SELECT json_agg(json_build_object('code', x.ministry_code, 'name', coalesce(r.name, x.ministry_code), 'shortName', x.short_name, 'nameEn', r.name_en) ORDER BY x.position) FROM measure_ministry x LEFT JOIN ministry r ON r.code = x.ministry_code WHERE x.measure_id = m.id`)},
 'reposted', m.reposted, 'hasBody', m.has_body, 'source', json_build_object('lineStart', m.line_start, 'lineEnd', m.line_end, 'page', m.page),
 'awardSchemes', ${arr(`SELECT json_agg(json_build_object('id', a.scheme_id, 'name', a.name) ORDER BY a.position) FROM measure_award_scheme a WHERE a.measure_id = m.id`)},
 'corrected', m.corrected, 'version', m.version)::text AS j`
const BY_ID = { name: 'by-id', text: `SELECT ${MEASURE} FROM measure m WHERE m.id = $1` }
// the page's 20 ids by a top-N sort, the total by a count run once (an InitPlan), then the JSON of those 20 rows only
const PAGE = { name: 'page', text: `WITH p AS (SELECT id FROM measure WHERE chapter_number = $1 ORDER BY sort_key, fiscal_year DESC, id LIMIT $2 OFFSET $3)
 SELECT ${MEASURE}, (SELECT count(*) FROM measure WHERE chapter_number = $1) AS total FROM p JOIN measure m ON m.id = p.id ORDER BY m.sort_key, m.fiscal_year DESC, m.id` }

const send = (res, status, body) => res.writeHead(status, { 'content-type': 'application/json' }).end(body)
http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://x')
    const id = /^\/measures\/([0-9a-f-]{36})$/.exec(url.pathname)?.[1]
    if (id) {
      const { rows } = await pool.query({ ...BY_ID, values: [id] })
      return rows.length ? send(res, 200, rows[0].j) : send(res, 404, '{"status":404}')
    }
    if (url.pathname !== '/measures') return send(res, 404, '{"status":404}')
    const size = Number(url.searchParams.get('size') ?? 20); const page = Number(url.searchParams.get('page') ?? 0)
    const { rows } = await pool.query({ ...PAGE, values: [Number(url.searchParams.get('chapter')), size, page * size] })
    const total = Number(rows[0]?.total ?? 0)
    send(res, 200, `{"items":[${rows.map(r => r.j).join(',')}],"page":${page},"size":${size},"totalItems":${total},"totalPages":${Math.ceil(total / size)}}`)
  } catch (e) { send(res, 500, JSON.stringify({ status: 500, detail: String(e) })) }
}).listen(Number(process.env.PORT ?? 38091), '127.0.0.1', () => console.log('READY'))
