import { ScimClient, ScimClientError } from './lib/scim-client';

const USAGE = `Usage: npm run scim-client -- [--url URL] <command> [arguments]

Talks to Tiltak's SCIM endpoint the way Entra ID provisioning does. The token is read from SCIM_TOKEN;
the URL defaults to SCIM_URL or http://localhost:3000/scim/v2.

Commands:
  config                                 show ServiceProviderConfig
  find-user <e-mail>                     filter userName eq "<e-mail>"
  provision-user <e-mail> <name> [nb|en] create the person, or update when they exist
  deactivate <e-mail>                    PATCH active=false (ends their sessions)
  add-member <group> <e-mail>            e.g. add-member tiltak-leader-IE-IDI kari@ntnu.no (creates the group if needed)
  remove-member <group> <e-mail>
  show-group <group>`;

async function main(argv: string[]): Promise<void> {
  const args = [...argv];
  let url = process.env['SCIM_URL'] || 'http://localhost:3000/scim/v2';
  const at = args.indexOf('--url');
  if (at >= 0) [, url] = args.splice(at, 2);
  const token = process.env['SCIM_TOKEN'];
  const [command, ...rest] = args;
  if (!command || command === '--help') return void console.log(USAGE);
  if (!token) throw new Error('Set SCIM_TOKEN to the token configured in Tiltak');
  const client = new ScimClient(url, token);
  const user = async (email: string) => {
    const found = await client.findUserByUserName(email);
    if (!found) throw new Error(`No user with userName ${email}`);
    return found;
  };
  const group = async (name: string) => {
    const found = await client.findGroupByDisplayName(name);
    if (!found) throw new Error(`No group ${name}`);
    return found;
  };
  switch (command) {
    case 'config':
      return print(await client.serviceProviderConfig());
    case 'find-user':
      return print(await client.findUserByUserName(need(rest, 0, 'e-mail')));
    case 'provision-user':
      return print(
        await client.provisionUser({
          userName: need(rest, 0, 'e-mail'),
          displayName: need(rest, 1, 'name'),
          preferredLanguage: rest[2],
        }),
      );
    case 'deactivate':
      return print(await client.deactivateUser((await user(need(rest, 0, 'e-mail'))).id));
    case 'add-member': {
      const g = await client.provisionGroup(need(rest, 0, 'group'));
      await client.addMember(g.id, (await user(need(rest, 1, 'e-mail'))).id);
      return print(await client.getGroup(g.id));
    }
    case 'remove-member': {
      const g = await group(need(rest, 0, 'group'));
      await client.removeMember(g.id, (await user(need(rest, 1, 'e-mail'))).id);
      return print(await client.getGroup(g.id));
    }
    case 'show-group':
      return print(await client.getGroup((await group(need(rest, 0, 'group'))).id));
    default:
      throw new Error(`Unknown command ${command}\n\n${USAGE}`);
  }
}

function need(args: string[], index: number, name: string): string {
  const value = args[index];
  if (!value) throw new Error(`Missing <${name}>\n\n${USAGE}`);
  return value;
}

function print(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ScimClientError || error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
