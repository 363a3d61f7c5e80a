/** README's operation table and scope list are generated from the registry; `npm run docs` refreshes them. */
import * as fs from 'fs';
import { operationTable, readBlock, README, scopeList } from '../emulator/readme';

const text = fs.readFileSync(README, 'utf8');

test('README lists every operation with its GHL endpoint (run `npm run docs` after adding one)', () => {
  expect(readBlock(text, 'operations')).toBe(operationTable());
});

test('README lists the scopes the Marketplace app needs', () => {
  expect(readBlock(text, 'scopes')).toBe(scopeList());
});

test('README gives the two commands a newcomer needs', () => {
  expect(text).toContain('npm install && npm start');
  expect(text).toContain('npm test');
});
