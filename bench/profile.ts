/**
 * `npm run bench:profile`: a CPU profile of the app's per-invocation work (Get Contact Notes through core's app
 * handler, 300 runs against the bench server), written by `node --cpu-prof` to bench/profiles/. Open the
 * .cpuprofile in Chrome DevTools (Performance → Load profile); the summary printed lists the heaviest functions.
 */
import * as path from 'path';

process.env.NODE_ENV = 'test';

const main = async () => {
  const { startServer } = require('./server') as typeof import('./server');
  // The package's main, as the rest of the bench: the one file Zapier loads (scripts/build-app.js).
  const root = path.resolve(__dirname, '../..');
  const App = (require(path.resolve(root, require(path.join(root, 'package.json')).main)) as { default: any }).default;
  const { createAppHandler } = require('zapier-platform-core') as {
    createAppHandler: (app: any) => (e: any) => Promise<any>;
  };
  const method = process.argv[2] ?? 'triggers.contact_notes';
  const runs = Number(process.argv[3] ?? 300);
  const server = await startServer();
  process.env.GHL_API_BASE_URL = server.url;
  const handler = createAppHandler(App);
  const authData = { access_token: 'bench-token', locationId: 'loc1', userType: 'Location' };
  const inputData = { contactId: 'c1', firstName: 'Ada', email: 'ada@example.com' };
  for (let i = 0; i < runs; i++) {
    await handler({
      command: 'execute',
      method: `${method}.operation.perform`,
      bundle: { authData, inputData, meta: { page: 0 } },
      storeKey: 'p',
      cursorTestObj: {},
      zcacheTestObj: {},
    });
  }
  await server.stop();
};

main().catch((e) => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exit(1);
});
