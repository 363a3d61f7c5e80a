/**
 * The baseline: a minimal zapier-platform-core app whose operations send the same `z.request` as ours (same URL,
 * method, headers, JSON body) against the same server, with no middleware and a one-operation definition. The
 * difference to the real app is what our definition and code cost per run.
 */
import { version as platformVersion } from 'zapier-platform-core';

type Z = any;
type B = any;

const headers = (bundle: B, json = false) => ({
  Version: '2021-07-28',
  Accept: 'application/json',
  Authorization: `Bearer ${bundle.authData.access_token}`,
  ...(json ? { 'Content-Type': 'application/json' } : {}),
});
const base = () => process.env.GHL_API_BASE_URL as string;

/** Same request and result shape as the app's contact_notes trigger. */
const readNotes = async (z: Z, bundle: B) => {
  const resp = await z.request({
    url: `${base()}/contacts/${encodeURIComponent(bundle.inputData.contactId)}/notes`,
    headers: headers(bundle),
  });
  return resp.data.notes;
};

/** Same request as the app's create_contact. */
const createContact = async (z: Z, bundle: B) => {
  const { firstName, lastName, email } = bundle.inputData;
  const resp = await z.request({
    url: `${base()}/contacts/`,
    method: 'POST',
    headers: headers(bundle, true),
    body: JSON.stringify({ firstName, lastName, email, locationId: bundle.authData.locationId }),
  });
  return resp.data.contact;
};

/** Same request and cursor handling as the app's new_contact (POST /contacts/search, searchAfter paging). */
const newContacts = async (z: Z, bundle: B) => {
  const resp = await z.request({
    url: `${base()}/contacts/search`,
    method: 'POST',
    headers: headers(bundle, true),
    body: JSON.stringify({
      locationId: bundle.authData.locationId,
      sort: [{ field: 'dateAdded', direction: 'desc' }],
      pageLimit: 100,
    }),
  });
  const contacts = resp.data.contacts;
  if (contacts.length) await z.cursor.set(JSON.stringify(contacts[contacts.length - 1].searchAfter));
  return contacts;
};

const op = (key: string, perform: (z: Z, b: B) => Promise<unknown>) => ({
  key,
  noun: 'Thing',
  display: { label: key, description: `Minimal ${key}.` },
  operation: { perform, sample: { id: '1' } },
});

export const MINIMAL_TRIGGERS = {
  contact_notes: op('contact_notes', readNotes),
  new_contact: {
    ...op('new_contact', newContacts),
    operation: { perform: newContacts, canPaginate: true, sample: { id: '1' } },
  },
};
export const MINIMAL_CREATES = { create_contact: op('create_contact', createContact) };

export const minimalApp = {
  version: '1.0.0',
  platformVersion,
  triggers: MINIMAL_TRIGGERS,
  creates: MINIMAL_CREATES,
  searches: {},
};
