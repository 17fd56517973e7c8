import {
  DEMO,
  expect,
  expectAccessible,
  present,
  shoot,
  signIn,
  test,
  xsrfHeader,
} from './support';

interface Unit {
  id: string;
  code: string;
  parentId: string | null;
  kind: string;
  nameNb: string;
  leaderId: string | null;
}

// A research group of IE-IDI gets a new leader from the HR file: the admin checks the file, reads what
// would change, confirms, and the new leader signs in and finds the group's case.
test('an admin imports people and roles, and the new leader sees their unit', async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.admin);
  const units = (await (await page.request.get('/api/org-units')).json()) as Unit[];
  const idi = units.find((u) => u.code === 'IE-IDI');
  const group = present(
    units.find((u) => u.parentId === idi?.id && u.kind === 'group' && u.leaderId),
    'a led group under IE-IDI in the demo',
  );
  const oldLeader = (await (
    await page.request.get(`/api/users/${present(group.leaderId, 'its leader')}`)
  ).json()) as { email: string; name: string };
  const newLeader = 'ny.gruppeleder@tiltak.example';
  const csv = [
    'email,name,language,unit_code,role,valid_from,valid_to',
    `${oldLeader.email},"${oldLeader.name}",,${group.code},leader,,2020-12-31`,
    `${newLeader},Nina Gruppeleder,nb,${group.code},leader,,`,
    `${newLeader},Nina Gruppeleder,nb,${group.code},employee,,`,
  ].join('\n');

  await page.goto('/admin/imports');
  await expect(page.getByRole('heading', { name: 'Importer', level: 2 })).toBeVisible();
  await expectAccessible(page, 'imports (nb)');

  const people = page.getByTestId('import-people');
  await people
    .getByTestId('file-people')
    .setInputFiles({ name: 'personer.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await people.getByTestId('check-people').click();
  const result = people.getByTestId('result-people');
  await expect(result).toContainText('3 rader sjekket: 4 endringer.');
  await expect(people.getByTestId('changes-added')).toContainText(newLeader);
  await expect(people.getByTestId('changes-added')).toContainText(`Leder – ${group.code}`);
  await expect(people.getByTestId('changes-ending')).toContainText(oldLeader.email);
  await expect(people.getByTestId('changes-ending')).toContainText('Rolle avsluttet');
  await expectAccessible(page, 'imports dry run (nb)');
  await shoot(page, 'admin-imports');

  // Nothing is saved before the confirmation.
  expect((await (await page.request.get('/api/users?q=ny.gruppeleder')).json()).total).toBe(0);
  await people.getByTestId('apply-people').click();
  await expect(people.getByRole('status')).toContainText('Importert: 4 endringer lagret.');
  await expect(page.getByTestId('import-history')).toContainText('personer.csv');

  // The same page in English, after the import: translated and accessible.
  await page.request.patch('/api/users/me', {
    data: { language: 'en' },
    headers: await xsrfHeader(page),
  });
  await page.evaluate(() => localStorage.setItem('tiltak.language', 'en'));
  try {
    await page.goto('/admin/imports');
    await expect(page.getByRole('heading', { name: 'Imports', level: 2 })).toBeVisible();
    await people
      .getByTestId('file-people')
      .setInputFiles({ name: 'personer.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await people.getByTestId('check-people').click();
    await expect(people.getByTestId('result-people')).toContainText('Nothing to change');
    await expect(page.getByTestId('import-history')).toContainText('People and roles');
    await expectAccessible(page, 'imports (en)');
    await shoot(page, 'admin-imports');
  } finally {
    await page.request.patch('/api/users/me', {
      data: { language: 'nb' },
      headers: await xsrfHeader(page),
    });
    await page.evaluate(() => localStorage.setItem('tiltak.language', 'nb'));
  }

  // The new leader is not on the demo sign-in list: sign in through the dev login itself.
  const context = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const leader = await context.newPage();
  try {
    expect(
      (
        await leader.request.post('/api/auth/dev-login', {
          data: { email: newLeader },
          headers: await xsrfHeader(leader),
        })
      ).status(),
    ).toBe(200);
    await leader.goto('/');
    await expect(leader.getByTestId('user-menu')).toBeVisible();
    await expect(
      leader
        .getByRole('region', { name: 'Mine saker' })
        .getByRole('link', { name: group.nameNb })
        .first(),
    ).toBeVisible();
  } finally {
    await context.close();
  }
});
