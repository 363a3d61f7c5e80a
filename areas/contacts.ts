/** Sample records shaped like GHL's responses, shared by the triggers, actions and searches that return them. */
import { flattenCustomFields } from '../lib/customFields';
import { byEmail } from '../lib/normalize';
import type { GhlRecord, Req, Send } from '../lib/op';

/**
 * A contact as its outputs promise: "Full Name" (`contactName`) is the first and last name as stored, else GHL's own.
 * GHL names it three ways: GET / PUT / upsert answer `name`, POST /contacts/ neither (GetContectByIdSchema,
 * CreateContactSchema in ../shared/ghl-openapi/apps/contacts.json), and its searches and duplicate errors
 * `contactName`, lower-cased ("rosan deo"). Custom-field values are flattened (lib/customFields.ts).
 */
export const contactOutput = <T extends GhlRecord>(c: T): T => {
  if (!c || typeof c !== 'object') return c;
  const full = fullName(c);
  return flattenCustomFields(full ? { ...c, contactName: full } : c);
};

/** The contact's first and last name as stored, else the name GHL answered (`name`, or `contactName` lower-cased). */
export const fullName = (c: GhlRecord): string | undefined => {
  const parts = [c.firstName, c.lastName].map((p) => (typeof p === 'string' ? p.trim() : '')).filter(Boolean);
  return parts.join(' ') || c.name || c.contactName || undefined;
};

/**
 * GHL's duplicate lookup (GET /contacts/search/duplicate: Find Contact, Duplicate Contact Found, Upsert Contact's and a
 * lost create's lookups) by the request's email and / or phone, the email's domain in either form (lib/normalize.ts
 * byEmail); `{contact: null}` is its "no match".
 */
export const duplicateLookup = (send: Send, req: Req, options?: Parameters<Send>[1]) =>
  byEmail(
    req.query.email,
    (email) => send(email === req.query.email ? req : { ...req, query: { ...req.query, email } }, options),
    (d) => d?.contact !== null,
  );

/** `contactOutput` for each item of a list (a trigger's or search's `after`). */
export const eachContactOutput = (items: GhlRecord[]) => items.map(contactOutput);

export const CONTACT_SAMPLE = {
  id: 'ocQHyuzHvysMo5N5VsXc',
  contactName: 'Rosan Deo',
  firstName: 'Rosan',
  lastName: 'Deo',
  email: 'rosan@deos.com',
  phone: '+14155550100',
  companyName: 'Deo Logistics',
  address1: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  postalCode: '35061',
  country: 'US',
  source: 'Writesonic',
  tags: ['new lead', 'writesonic'],
  assignedTo: 'YlWd2wuCAZQzh2cH1fVZ',
  dateAdded: '2026-03-01T10:15:30.000Z',
  dateUpdated: '2026-03-02T08:00:00.000Z',
};

export const CONTACT_OUTPUTS = [
  { key: 'id', label: 'Contact ID' },
  { key: 'firstName', label: 'First Name' },
  { key: 'lastName', label: 'Last Name' },
  { key: 'contactName', label: 'Full Name' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'companyName', label: 'Company Name' },
  { key: 'tags', label: 'Tags' },
  { key: 'source', label: 'Source' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'dateUpdated', label: 'Date Updated', type: 'datetime' },
];

export const TASK_SAMPLE = {
  id: 'CVokAlI8fgw4WYWoCtQz',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  title: 'Call the new lead',
  body: 'Ask about their budget.',
  assignedTo: 'YlWd2wuCAZQzh2cH1fVZ',
  dueDate: '2026-03-05T17:00:00.000Z',
  completed: false,
  dateAdded: '2026-03-01T10:20:00.000Z',
};

export const NOTE_SAMPLE = {
  id: 'ITNtdHRNSvQ6pHtxdRBP',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  userId: 'YlWd2wuCAZQzh2cH1fVZ',
  body: 'Came in from the Writesonic landing page; interested in the annual plan.',
  dateAdded: '2026-03-01T10:16:00.000Z',
};

export const APPOINTMENT_SAMPLE = {
  id: '0TkCdp9PfvLeWKYRRvIz',
  calendarId: 'sV3BiXrjzbfo1tSUdyHO',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  title: 'Demo call with Rosan',
  status: 'booked',
  appointmentStatus: 'confirmed',
  assignedUserId: 'YlWd2wuCAZQzh2cH1fVZ',
  startTime: '2026-03-05T15:00:00.000Z',
  endTime: '2026-03-05T15:30:00.000Z',
  dateAdded: '2026-03-01T11:00:00.000Z',
};

export const TASK_OUTPUTS = [
  { key: 'id', label: 'Task ID' },
  { key: 'title', label: 'Title' },
  { key: 'body', label: 'Description' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'dueDate', label: 'Due Date', type: 'datetime' },
  { key: 'completed', label: 'Completed', type: 'boolean' },
];

export const NOTE_OUTPUTS = [
  { key: 'id', label: 'Note ID' },
  { key: 'body', label: 'Note' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'userId', label: 'Author User ID' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
];

export const APPOINTMENT_OUTPUTS = [
  { key: 'id', label: 'Appointment ID' },
  { key: 'title', label: 'Title' },
  { key: 'calendarId', label: 'Calendar ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'appointmentStatus', label: 'Appointment Status' },
  { key: 'assignedUserId', label: 'Assigned User ID' },
  { key: 'startTime', label: 'Start Time', type: 'datetime' },
  { key: 'endTime', label: 'End Time', type: 'datetime' },
];
