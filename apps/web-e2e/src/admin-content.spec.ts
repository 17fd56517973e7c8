import { choose, DEMO, expect, expectAccessible, signIn, test } from './support';

test('an admin rewrites the speak-up page and everyone sees the new text', async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, DEMO.admin);
  await page.getByRole('link', { name: 'Administrasjon', exact: true }).click();
  await page.getByRole('link', { name: 'Si fra-side', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/speak-up$/);
  const editor = page.getByTestId('speak-up-editor');
  await expect(editor.getByTestId('bodyNb')).toHaveValue(/^NTNU har nulltoleranse/);

  await editor
    .getByTestId('bodyNb')
    .fill(
      'Vi tar alle varsler på alvor.\n\n# Si fra til lederen\n- Snakk med lederen din\n- Eller med verneombudet',
    );
  // The preview shows the structure before it is saved.
  await expect(editor.getByRole('heading', { name: 'Si fra til lederen', level: 2 })).toBeVisible();
  await expectAccessible(page, 'admin speak-up page');
  await editor.getByTestId('save-speak-up').click();
  await expect(editor.getByText('Lagret')).toBeVisible();

  await page.getByRole('link', { name: 'Se siden' }).click();
  await expect(page).toHaveURL(/\/speak-up$/);
  const text = page.getByTestId('speak-up-text');
  await expect(text.getByRole('heading', { name: 'Si fra til lederen', level: 2 })).toBeVisible();
  await expect(text.getByRole('listitem')).toHaveText([
    'Snakk med lederen din',
    'Eller med verneombudet',
  ]);
  await expectAccessible(page, 'speak-up page');

  // An employee, in a browser of their own, reads the same text.
  const employee = await browser.newContext({
    baseURL,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
  });
  const employeePage = await employee.newPage();
  await signIn(employeePage, DEMO.employeeIdi);
  await employeePage.goto('/speak-up');
  await expect(
    employeePage.getByTestId('speak-up-text').getByText('Vi tar alle varsler på alvor.'),
  ).toBeVisible();
  await employee.close();
});

test('an admin creates a user, gives them a role at a unit and takes it away again, then deactivates and reactivates them', async ({
  page,
}) => {
  await signIn(page, DEMO.admin);
  await page.goto('/admin/users');
  await page.getByTestId('start-new-user').click();
  const form = page.getByTestId('new-user');
  await form.getByTestId('new-user-name').fill('Eva Testesen');
  await form.getByTestId('new-user-email').fill('eva.testesen@tiltak.example');
  await form.getByTestId('create-user').click();

  const editor = page.getByTestId('user-editor');
  await expect(editor.getByRole('heading', { name: 'Eva Testesen' })).toBeFocused();
  await expect(editor.getByText('Brukeren har ingen roller.')).toBeVisible();
  await choose(page, editor.getByTestId('new-role'), 'Verneombud');
  await editor.getByTestId('new-role-unit').fill('IE-IDI');
  await page.getByRole('option', { name: /^IE-IDI – / }).click();
  await editor.getByTestId('add-role').click();
  await expect(
    editor.getByTestId('user-roles').getByRole('row', { name: /Verneombud IE-IDI/ }),
  ).toBeVisible();
  await expectAccessible(page, 'admin user editor');

  // The same role twice is refused with the API's reason.
  await choose(page, editor.getByTestId('new-role'), 'Verneombud');
  await editor.getByTestId('new-role-unit').fill('IE-IDI');
  await page.getByRole('option', { name: /^IE-IDI – / }).click();
  await editor.getByTestId('add-role').click();
  await expect(editor.getByRole('alert')).toContainText('already has the role verneombud');

  // A second user with the same e-mail is refused, naming the e-mail.
  await page.getByTestId('start-new-user').click();
  await form.getByTestId('new-user-name').fill('Eva Igjen');
  await form.getByTestId('new-user-email').fill('EVA.testesen@tiltak.example');
  await form.getByTestId('create-user').click();
  await expect(form.getByRole('alert')).toContainText(
    'A user with e-mail EVA.testesen@tiltak.example already exists',
  );
  await form.getByRole('button', { name: 'Avbryt' }).click();

  await editor.getByRole('button', { name: 'Fjern rollen Verneombud ved IE-IDI' }).click();
  await expect(page.getByRole('dialog')).toContainText(
    'Eva Testesen mister rollen Verneombud ved IE-IDI',
  );
  await page.getByRole('dialog').getByTestId('confirm').click();
  await expect(editor.getByText('Brukeren har ingen roller.')).toBeVisible();

  await editor.getByTestId('user-name').fill('Eva T. Testesen');
  await editor.getByTestId('save-user').click();
  await expect(editor.getByText('Lagret')).toBeVisible();
  await page.getByTestId('user-search').fill('Testesen');
  await expect(page.getByRole('cell', { name: 'Eva T. Testesen', exact: true })).toBeVisible();

  // Deactivated after confirming: gone from the default list, found under "Deaktiverte" and marked so.
  await editor.getByRole('button', { name: 'Deaktiver bruker' }).click();
  await expect(page.getByRole('dialog')).toContainText(
    'Eva T. Testesen kan ikke lenger logge inn. Rollene beholdes',
  );
  await page.getByRole('dialog').getByTestId('confirm').click();
  await expect(
    editor.getByRole('status').filter({ hasText: 'Eva T. Testesen er deaktivert.' }),
  ).toBeVisible();
  await expect(editor.getByText('Brukeren er deaktivert og kan ikke logge inn.')).toBeVisible();
  await expect(page.getByText('Ingen brukere funnet.')).toBeVisible();
  await choose(page, page.getByTestId('user-status'), 'Deaktiverte');
  await expect(page.getByRole('row', { name: /Eva T\. Testesen Deaktivert/ })).toBeVisible();
  await expectAccessible(page, 'admin users, deactivated');

  // Reactivated without a question: back in the default list.
  await editor.getByRole('button', { name: 'Reaktiver bruker' }).click();
  await expect(
    editor
      .getByRole('status')
      .filter({ hasText: 'Eva T. Testesen er reaktivert og kan logge inn igjen.' }),
  ).toBeVisible();
  await expect(page.getByText('Ingen brukere funnet.')).toBeVisible();
  await choose(page, page.getByTestId('user-status'), /^Aktive$/);
  await expect(page.getByRole('cell', { name: 'Eva T. Testesen', exact: true })).toBeVisible();
});
