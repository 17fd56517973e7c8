import { COLUMN_TYPES, generateDemoData, summarise, TABLE_ORDER } from '@tiltak/demo-data';
import { Client } from 'pg';
import { createTestDatabase, TEST_TODAY } from './test-database';

/**
 * The demo data as the embedded run loads it (prepareDatabase, through every migration): every
 * generated row accepted by the schema and read back unchanged.
 */
describe('demo data in PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: Client;
  const TODAY = TEST_TODAY;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('holds every generated row', async () => {
    const expected = summarise(generateDemoData({ seed: 1, scale: 1, today: TODAY }));
    for (const table of TABLE_ORDER) {
      const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM ${table}`);
      expect({ table, count: Number(rows[0].count) }).toEqual({ table, count: expected[table] });
    }
  });

  it('stores every column as generated (arrays, jsonb, nulls, dates, instants)', async () => {
    const data = generateDemoData({ seed: 1, scale: 1, today: TODAY });
    for (const table of TABLE_ORDER) {
      const rows = data[table] as unknown as Record<string, unknown>[];
      for (const row of [rows[0], rows[rows.length - 1]].filter(Boolean)) {
        const { rows: stored } = await client.query<{
          row: Record<string, unknown>;
        }>(`SELECT to_jsonb(t) AS row FROM ${table} t WHERE id = $1`, [
          row['id'],
        ]);
        const types: Record<string, string> = COLUMN_TYPES[table];
        const normalise = (r: Record<string, unknown>) =>
          Object.fromEntries(
            Object.keys(types).map((column) => {
              const value = r[column];
              if (value === null || value === undefined) return [column, null];
              if (types[column] === 'timestamptz')
                return [column, Date.parse(String(value))];
              if (types[column] === 'numeric') return [column, Number(value)];
              return [column, value];
            }),
          );
        expect(normalise(stored[0].row)).toEqual(normalise(row));
      }
    }
  });

  it('reads back the demo data as the API will see it', async () => {
    const leader = await client.query<{ email: string }>(
      `SELECT u.email FROM org_unit o JOIN app_user u ON u.id = o.leader_id WHERE o.code = 'IE-IDI'`,
    );
    expect(leader.rows).toEqual([{ email: 'leder.idi@tiltak.example' }]);

    const subtree = await client.query<{ count: string }>(
      `SELECT count(*) FROM org_unit WHERE path @> ARRAY[(SELECT id FROM org_unit WHERE code = 'IE')]`,
    );
    expect(Number(subtree.rows[0].count)).toBeGreaterThan(8);

    const idi = await client.query<{
      state: string;
      invited: number;
      nb: string;
    }>(
      `SELECT c.state, r.invited, (r.indices -> 'no_stress' ->> 'mean') AS nb
         FROM follow_up_case c
         JOIN survey_round s ON s.id = c.round_id
         JOIN org_unit o ON o.id = c.unit_id
         JOIN unit_result r ON r.round_id = c.round_id AND r.unit_id = c.unit_id
        WHERE o.code = 'IE-IDI' AND s.year = 2023`,
    );
    expect(idi.rows).toHaveLength(1);
    expect(idi.rows[0].state).toBe('results_published');
    expect(Number(idi.rows[0].nb)).toBeGreaterThan(1);

    const areas = await client.query<{ codes: string[] }>(
      `SELECT index_codes AS codes FROM area LIMIT 1`,
    );
    expect(Array.isArray(areas.rows[0].codes)).toBe(true);

    const proposals = await client.query<{ kind: string }>(
      `SELECT jsonb_typeof(proposals) AS kind FROM workshop_group LIMIT 1`,
    );
    expect(proposals.rows[0].kind).toBe('array');
  });
});
