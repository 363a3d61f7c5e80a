/**
 * The local HTTP server both sides of the per-invocation benchmark talk to: 127.0.0.1 only, canned GHL-shaped
 * answers, no validation or state, so what is measured is the Zapier side (core + our app), not the server.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';

const note = (i: number) => ({
  id: `note${i}`,
  contactId: 'c1',
  userId: 'u1',
  body: `Note number ${i}`,
  dateAdded: new Date(Date.UTC(2026, 2, 1, 10, i)).toISOString(),
});

const contact = (i: number) => ({
  id: `c${i}`,
  locationId: 'loc1',
  firstName: 'Ada',
  lastName: `Lovelace ${i}`,
  email: `ada${i}@example.com`,
  phone: '+14155550100',
  tags: ['lead'],
  dateAdded: new Date(Date.UTC(2026, 2, 1, 10, i)).toISOString(),
  dateUpdated: new Date(Date.UTC(2026, 2, 2, 10, i)).toISOString(),
  customFields: [],
  searchAfter: [Date.UTC(2026, 2, 1, 10, i), `c${i}`],
});

/** Answers by method and path; the bodies are built once. */
const ANSWERS: Array<{ method: string; path: RegExp; status: number; body: string }> = [
  {
    method: 'GET',
    path: /^\/contacts\/[^/]+\/notes$/,
    status: 200,
    body: JSON.stringify({ notes: [1, 2, 3].map(note) }),
  },
  {
    method: 'POST',
    path: /^\/contacts\/search$/,
    status: 200,
    body: JSON.stringify({ contacts: Array.from({ length: 20 }, (_, i) => contact(i)), total: 20 }),
  },
  { method: 'POST', path: /^\/contacts\/?$/, status: 201, body: JSON.stringify({ contact: contact(0) }) },
];

export interface BenchServer {
  url: string;
  requests: number;
  stop(): Promise<void>;
}

export const startServer = async (): Promise<BenchServer> => {
  const state = { requests: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      state.requests++;
      const path = (req.url ?? '/').split('?')[0];
      const answer = ANSWERS.find((a) => a.method === req.method && a.path.test(path));
      res.writeHead(answer?.status ?? 404, { 'Content-Type': 'application/json' });
      res.end(
        answer?.body ?? JSON.stringify({ statusCode: 404, message: `no canned answer for ${req.method} ${path}` }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
