/**
 * `npm run emulator [-- --port 4010 --state .emulator-state.json --seed my-seed.json --quiet]`: runs the GHL emulator
 * alone and prints how to point the app at it.
 */
import { startEmulator } from './index';

export interface CliArgs {
  port?: number;
  state?: string;
  seed?: string;
  quiet: boolean;
}

const parseArgs = (argv: string[]): CliArgs => {
  const out: CliArgs = { quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--port') out.port = Number(value());
    else if (flag === '--state') out.state = value();
    else if (flag === '--seed') out.seed = value();
    else if (flag === '--quiet') out.quiet = true;
    else throw new Error(`unknown option ${argv[i]} (use --port N, --state file.json, --seed file.json, --quiet)`);
  }
  if (out.port !== undefined && !Number.isInteger(out.port)) throw new Error('--port needs a number');
  return out;
};

const main = async () => {
  const args = parseArgs(process.argv.slice(2));
  const emu = await startEmulator({
    port: args.port,
    seed: args.seed,
    statePath: args.state,
    onRequest: args.quiet ? undefined : (e) => console.log(`${e.status} ${e.method} ${e.url}`),
  });
  const auth = emu.authData();
  const agency = { ...emu.authData({ userType: 'Company' }), locationId: '' };
  const { locationId } = emu.seed.meta;
  const contactId = emu.seed.collections.contacts?.[0]?.id ?? '';
  console.log(`GHL emulator listening on ${emu.url}  (location ${locationId}${args.state ? `, state in ${args.state}` : ', in memory'})

Point the app at it:
  export GHL_API_BASE_URL=${emu.url}

Run an operation through the Zapier CLI: \`zapier-platform invoke\` reads process env and auth data from .env,
so put these lines in .env (a token issued now; any code also works at POST ${emu.url}/oauth/token):
  GHL_API_BASE_URL=${emu.url}
${Object.entries(auth)
  .map(([k, v]) => `  authData_${k}=${v}`)
  .join('\n')}
then:
  npm run build && npx zapier-platform invoke trigger contact_notes --inputData '{"contactId":"${contactId}"}'

An agency connection instead (one for every sub-account where the app is installed; each step takes a
"subAccountId", e.g. ${locationId}):
${Object.entries(agency)
  .map(([k, v]) => `  authData_${k}=${v}`)
  .join('\n')}
  npm run build && npx zapier-platform invoke trigger new_contact --inputData '{"subAccountId":"${locationId}"}'
${args.state ? '' : '(start with --state file.json to keep data and tokens across restarts)\n'}
Ctrl-C to stop.`);
  const stop = () => {
    emu.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

if (require.main === module) {
  main().catch((e) => {
    console.error(`emulator: ${(e as Error).message}`);
    process.exit(1);
  });
}
