import { COLUMN_TYPES, generateDemoData, summarise, TABLE_ORDER } from '@tiltak/demo-data';
import { Client } from 'pg';
import { createTestDatabase, TEST_TODAY } from './test-database';

/**
 * The demo data as the embedded run loads it (prepareDatabase, through every migration, its units and
 * people through the imports): every generated row accepted by the schema and read back unchanged.
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
    // Units and people came in through the imports, which gave them their own ids: match by code and e-mail.
    const ids = new Map<string, string>();
    const units = await client.query<{ id: string; code: string }>('SELECT id, code FROM org_unit');
    const users = await client.query<{ id: string; email: string }>(
      'SELECT id, email FROM app_user',
    );
    for (const u of data.org_unit)
      ids.set(u.id, units.rows.find((r) => r.code === u.code)?.id ?? 'missing');
    for (const u of data.app_user)
      ids.set(u.id, users.rows.find((r) => r.email === u.email)?.id ?? 'missing');
    const remap = (value: unknown): unknown =>
      typeof value === 'string'
        ? (ids.get(value) ?? value)
        : Array.isArray(value)
          ? value.map(remap)
          : value;
    const remapRow = (row: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, remap(v)]));
    // Set by the database when the import wrote the row, not by the generator.
    const imported: Record<string, string[]> = {
      app_user: ['id', 'created_at', 'updated_at'],
      org_unit: ['id', 'created_at', 'updated_at'],
      role_assignment: ['id', 'created_at'],
    };
    for (const table of TABLE_ORDER) {
      const rows = data[table] as unknown as Record<string, unknown>[];
      for (const row of [rows[0], rows[rows.length - 1]].filter(Boolean)) {
        const key = table in imported ? (table === 'role_assignment' ? 'user_id' : 'id') : 'id';
        const { rows: stored } = await client.query<{
          row: Record<string, unknown>;
        }>(
          `SELECT to_jsonb(t) AS row FROM ${table} t WHERE ${key} = $1${table === 'role_assignment' ? ' AND role = $2' : ''}`,
          table === 'role_assignment' ? [remap(row[key]), row['role']] : [remap(row[key])],
        );
        const types: Record<string, string> = COLUMN_TYPES[table];
        const skip = imported[table] ?? [];
        const normalise = (r: Record<string, unknown>) =>
          Object.fromEntries(
            Object.keys(types)
              .filter((column) => !skip.includes(column))
              .map((column) => {
                const value = r[column];
                if (value === null || value === undefined) return [column, null];
                if (types[column] === 'timestamptz') return [column, Date.parse(String(value))];
                if (types[column] === 'numeric') return [column, Number(value)];
                return [column, value];
              }),
          );
        expect(normalise(stored[0].row)).toEqual(normalise(remapRow(row)));
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
