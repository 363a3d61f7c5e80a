import { F } from '../lib/fields';
import { ShapeError } from '../lib/items';
import { creates, type B, type Field, type Req, create, given, type GhlRecord } from '../lib/op';
import { cleanText, shown } from '../lib/normalize';
import { InputError, isEmpty, toBoolean, toJson } from '../lib/values';
import {
  CALENDAR_OUTPUTS,
  CALENDAR_SAMPLE,
  GROUP_OUTPUTS,
  GROUP_SAMPLE,
  NOTIFICATION_OUTPUTS,
  NOTIFICATION_SAMPLE,
  RESOURCE_OUTPUTS,
  RESOURCE_SAMPLE,
  V,
  notificationPicker,
  resourcePicker,
  resourceType,
} from '../areas/calendars';

const GROUPS = ['calendars/groups.write'];
const CALENDARS = ['calendars.write'];
const EVENTS = ['calendars/events.write'];
const RESOURCES = ['calendars/resources.write'];
const opt = { required: false };

// ---- calendar groups

const groupFields = (required: boolean): Field[] => [
  F.text('name', 'Name', { required }),
  F.text('description', 'Description', { required }),
  F.text('slug', 'Slug', { required, helpText: 'E.g. sales-team.' }),
];

// ---- calendars

/**
 * Properties the spec declares for both calendar bodies: "More Settings (JSON)" may set any of these, nothing else.
 * CalendarCreateDTO also has CREATE_ONLY_PROPS, which CalendarUpdateDTO lacks: GHL refuses them on update with 422
 * "property slotBufferUnit should not exist", so Update Calendar neither offers nor sends them.
 */
const CALENDAR_PROPS =
  `notifications groupId teamMembers eventType name description slug widgetSlug widgetType eventTitle eventColor
  meetingLocation locationConfigurations slotDuration slotDurationUnit slotInterval slotIntervalUnit slotBuffer preBuffer
  preBufferUnit appoinmentPerSlot appoinmentPerDay allowBookingAfter allowBookingAfterUnit allowBookingFor allowBookingForUnit openHours
  enableRecurring recurring formId stickyContact isLivePaymentMode autoConfirm shouldSendAlertEmailsToAssignedMember alertEmail
  googleInvitationEmails allowReschedule allowCancellation shouldAssignContactToTeamMember shouldSkipAssigningContactForExisting notes
  pixelId formSubmitType formSubmitRedirectURL formSubmitThanksMessage availabilityType availabilities guestType consentLabel
  calendarCoverImage lookBusyConfig isActive`.split(/\s+/);
const CREATE_ONLY_PROPS = ['calendarType', 'slotBufferUnit'];

const units = { mins: 'Minutes', hours: 'Hours' };
const calendarFields = (create: boolean): Field[] => [
  F.text('name', 'Name', { required: create }),
  F.longText('description', 'Description', opt),
  ...(create
    ? [
        F.choice(
          'calendarType',
          'Calendar Type',
          {
            round_robin: 'Round Robin',
            event: 'Event',
            class_booking: 'Class Booking',
            collective: 'Collective',
            service_booking: 'Service',
            personal: 'Personal',
          },
          { required: false, helpText: 'All but Event need team members (Personal: one).' },
        ),
      ]
    : []),
  F.calendarGroup({ required: false }),
  F.users('teamMembers', 'Team Members', {
    required: false,
    ...(create ? {} : { helpText: "Replaces the calendar's team members." }),
    to: (ids: string[]) => ids.map((userId) => ({ userId })),
  }),
  F.choice(
    'eventType',
    'Round Robin Mode',
    {
      RoundRobin_OptimizeForAvailability: 'Optimize for availability',
      RoundRobin_OptimizeForEqualDistribution: 'Optimize for equal distribution',
    },
    opt,
  ),
  F.text('slug', 'Booking Slug', { required: false, helpText: 'E.g. demo-call.' }),
  F.choice('widgetType', 'Widget Layout', { default: 'Neo', classic: 'Classic' }, opt),
  F.text('eventTitle', 'Appointment Title Template', {
    required: false,
    template: true,
    helpText: 'E.g. {{contact.name}} — demo.',
  }),
  F.text('eventColor', 'Color', { required: false, placeholder: '#039be5' }),
  F.choice(
    'meetingKind',
    'Meeting Location Type',
    {
      custom: 'Custom',
      zoom_conference: 'Zoom',
      google_conference: 'Google Meet',
      ms_teams_conference: 'Microsoft Teams',
      inbound_call: 'Inbound call',
      outbound_call: 'Outbound call',
      physical: 'In person (address)',
      booker: 'Booker decides',
    },
    { required: false, in: 'none' },
  ),
  F.text('meetingPlace', 'Meeting Location', {
    required: false,
    in: 'none',
    helpText: 'Address, phone or link.',
  }),
  F.integer('slotDuration', 'Meeting Duration', opt),
  F.choice('slotDurationUnit', 'Meeting Duration Unit', units, opt),
  F.integer('slotInterval', 'Slot Interval', {
    required: false,
  }),
  F.choice('slotIntervalUnit', 'Slot Interval Unit', units, opt),
  F.integer('preBuffer', 'Buffer Before', opt),
  F.choice('preBufferUnit', 'Buffer Before Unit', units, opt),
  F.integer('slotBuffer', 'Buffer After', create ? opt : { required: false, helpText: "In the calendar's unit." }),
  ...(create ? [F.choice('slotBufferUnit', 'Buffer After Unit', units, opt)] : []),
  F.integer('appoinmentPerSlot', 'Bookings per Slot', opt),
  F.integer('appoinmentPerDay', 'Bookings per Day', opt),
  F.integer('allowBookingAfter', 'Minimum Scheduling Notice', opt),
  F.choice(
    'allowBookingAfterUnit',
    'Minimum Notice Unit',
    { hours: 'Hours', days: 'Days', weeks: 'Weeks', months: 'Months' },
    opt,
  ),
  F.integer('allowBookingFor', 'Booking Window', { required: false }),
  F.choice('allowBookingForUnit', 'Booking Window Unit', { days: 'Days', weeks: 'Weeks', months: 'Months' }, opt),
  F.json('openHours', 'Open Hours (JSON)', {
    required: false,
    helpText:
      'E.g. [{"daysOfTheWeek":[1],"hours":[{"openHour":9,"openMinute":0,"closeHour":17,"closeMinute":0}]}]; 0 = Sunday.',
  }),
  F.boolean('autoConfirm', 'Auto-Confirm Bookings', opt),
  F.boolean('allowReschedule', 'Allow Reschedule', opt),
  F.boolean('allowCancellation', 'Allow Cancellation', opt),
  F.text('alertEmail', 'Alert Email', opt),
  F.longText('notes', 'Notes', opt),
  F.boolean('isActive', 'Active', {
    required: false,
    helpText: create ? 'No: create it as a draft.' : 'No: turn it into a draft.',
  }),
  F.json('settings', 'More Settings (JSON)', {
    required: false,
    in: 'none',
    helpText: 'E.g. {"lookBusyConfig": {"enabled": true}}.',
  }),
];

/** Meeting location pair → locationConfigurations; "More Settings" merged under the fields, keys checked against the spec. */
const calendarBefore = (create: boolean) => (req: Req, bundle: B) => {
  const body = req.body as GhlRecord;
  const { meetingKind, settings } = bundle.inputData;
  // Read here (`in: 'none'`), so trimmed as the factory trims one-line text; blank is none.
  const meetingPlace = isEmpty(bundle.inputData.meetingPlace) ? undefined : cleanText(bundle.inputData.meetingPlace);
  // A value an older Update Calendar step still holds (it offered the unit) is refused, never dropped unseen.
  if (!create && !isEmpty(bundle.inputData.slotBufferUnit))
    throw new InputError(
      '"Buffer After Unit" can only be set when a calendar is created: GHL\'s update does not take it.',
    );
  if (meetingPlace && !meetingKind)
    throw new InputError('"Meeting Location" needs a "Meeting Location Type" too (e.g. Custom or In person).');
  if (meetingKind)
    body.locationConfigurations = [{ kind: meetingKind, ...(meetingPlace ? { location: meetingPlace } : {}) }];
  if (!isEmpty(settings)) {
    const extra = toJson(settings, '"More Settings (JSON)"');
    if (!extra || typeof extra !== 'object' || Array.isArray(extra))
      throw new InputError('"More Settings (JSON)" must be a JSON object such as {"stickyContact": true}.');
    const allowed = create ? [...CALENDAR_PROPS, ...CREATE_ONLY_PROPS] : CALENDAR_PROPS;
    const createOnly = create ? [] : Object.keys(extra).filter((k) => CREATE_ONLY_PROPS.includes(k));
    if (createOnly.length)
      throw new InputError(
        `"More Settings (JSON)" has settings GHL only takes when a calendar is created, not on update: ${createOnly.join(', ')}. Remove them.`,
      );
    const unknown = Object.keys(extra).filter((k) => !allowed.includes(k));
    if (unknown.length)
      throw new InputError(
        `"More Settings (JSON)" has settings GHL does not know: ${unknown.join(', ')}. Allowed: ${allowed.join(', ')}.`,
      );
    req.body = { ...extra, ...body };
  }
};

// ---- calendar notifications

const RECEIVERS = {
  contact: 'Contact',
  guest: 'Guests',
  assignedUser: 'Assigned team member',
  emails: 'Extra email addresses',
  phoneNumbers: 'Extra phone numbers',
  business: 'Business (selected users)',
};
const CHANNELS = { email: 'Email', sms: 'SMS', whatsapp: 'WhatsApp', inApp: 'In-app' };
const TYPES = {
  booked: 'Booked',
  confirmation: 'Confirmation',
  cancellation: 'Cancellation',
  reminder: 'Reminder',
  followup: 'Follow-up',
  reschedule: 'Reschedule',
};
const OFFSET_UNITS = { minutes: 'Minutes', hours: 'Hours', days: 'Days' };

/** Read by notificationBefore (given: the number rule, "null" or blank as none). */
const BEFORE_OFFSET = F.number('beforeOffset', 'Remind Before', {
  required: false,
  in: 'none',
  helpText: 'Reminders only.',
});
const AFTER_OFFSET = F.number('afterOffset', 'Follow Up After', {
  required: false,
  in: 'none',
  helpText: 'Follow-ups only.',
});

const notificationFields = (create: boolean): Field[] => [
  F.choice('notificationType', 'Notification Type', TYPES, { required: create }),
  F.choice('channel', 'Channel', CHANNELS, { required: create }),
  F.choice('receiverType', 'Send To', RECEIVERS, { required: create }),
  F.boolean('isActive', 'Active', opt),
  F.text('subject', 'Subject', { required: false, template: true, helpText: 'Not used for in-app.' }),
  F.longText('body', 'Message', {
    required: false,
    helpText: 'Merge fields such as {{contact.name}} work.',
  }),
  F.text('templateId', 'Email Template ID', opt),
  BEFORE_OFFSET,
  F.choice('beforeUnit', 'Remind Before Unit', OFFSET_UNITS, { required: false, in: 'none' }),
  AFTER_OFFSET,
  F.choice('afterUnit', 'Follow Up After Unit', OFFSET_UNITS, { required: false, in: 'none' }),
  // Emails checked and phones sent as E.164, as everywhere else (the DTO's examples: "+919876744444").
  F.emails('additionalEmailIds', 'Extra Email Addresses', opt),
  F.phones('additionalPhoneNumbers', 'Extra Phone Numbers', opt),
  F.users('selectedUsers', 'Selected Users', {
    required: false,
    helpText: 'In-app and business only; "sub_account_admin" works.',
  }),
  F.text('fromName', 'From Name', opt),
  F.email('fromAddress', 'From Email', opt),
  F.phone('fromNumber', 'From Number', { required: false, helpText: undefined }),
];

/** "Remind before 1 hours" → beforeTime: [{timeOffset: 1, unit: 'hours'}] (likewise afterTime). */
const notificationBefore = async (req: Req, bundle: B) => {
  const body = req.body as GhlRecord;
  for (const [field, unitKey, wire] of [
    [BEFORE_OFFSET, 'beforeUnit', 'beforeTime'],
    [AFTER_OFFSET, 'afterUnit', 'afterTime'],
  ] as const) {
    const label = field.label;
    // The unit is already its choice's value (lib/op.ts reads a step's fixed choices before its hooks).
    const unit = bundle.inputData[unitKey];
    const n = (await given(field, bundle)) as number | undefined;
    if (n === undefined) {
      if (unit) throw new InputError(`"${label} Unit" needs "${label}" too.`);
      continue;
    }
    if (n < 0) throw new InputError(`"${label}" must be a positive number, not ${shown(bundle.inputData[field.key])}.`);
    body[wire] = [{ timeOffset: n, unit: unit || 'hours' }];
  }
};

// ---- calendar resources

const resourceFields = (create: boolean): Field[] => [
  F.text('name', 'Name', { required: create }),
  F.longText('description', 'Description', { required: create }),
  F.integer('quantity', 'Quantity', {
    required: false,
    helpText: create ? 'Equipment only. Default: 1.' : 'Equipment only.',
  }),
  F.integer('outOfService', 'Out of Service', {
    required: false,
    helpText: create ? 'Equipment only. Default: 0.' : 'Equipment only.',
  }),
  F.integer('capacity', 'Capacity', {
    required: false,
    helpText: create ? 'Rooms only (required).' : 'Rooms only.',
  }),
  F.list('calendarIds', 'Service Calendars', { required: create, dynamic: 'calendars.id.name', maxItems: 100 }),
];

export default creates([
  // ---- groups
  create({
    key: 'create_calendar_group',
    noun: 'Calendar Group',
    label: 'Create Calendar Group',
    help: 'Creates a calendar group (a shared booking page for calendars).',
    method: 'POST',
    path: '/calendars/groups',
    version: V,
    scopes: GROUPS,
    location: 'body',
    fields: [...groupFields(true), F.boolean('isActive', 'Active', opt)],
    result: 'group',
    sample: GROUP_SAMPLE,
    outputFields: GROUP_OUTPUTS,
  }),
  create({
    key: 'update_calendar_group',
    noun: 'Calendar Group',
    label: 'Update Calendar Group',
    help: "Updates a calendar group's name, description or slug.",
    method: 'PUT',
    path: '/calendars/groups/{groupId}',
    version: V,
    scopes: GROUPS,
    fields: [F.calendarGroup(), ...groupFields(false)],
    // GHL replaces name, description and slug together (all required): missing ones are read from the group list first.
    perform: async (_z, bundle, req, send) => {
      const body = (req.body ??= {}) as GhlRecord;
      const keys = ['name', 'description', 'slug'];
      if (keys.some((k) => body[k] === undefined)) {
        const list = await send(
          {
            method: 'GET',
            path: '/calendars/groups',
            pathParams: {},
            query: { locationId: bundle.authData.locationId },
            body: undefined,
          },
          { scopes: ['calendars/groups.readonly'] },
        );
        const group = (list?.groups ?? []).find((g: GhlRecord) => g.id === req.pathParams.groupId);
        if (!group)
          throw new InputError(
            `Update Calendar Group: no calendar group "${req.pathParams.groupId}" in this sub-account. Pick the group from the list.`,
          );
        for (const k of keys) if (body[k] === undefined) body[k] = group[k] ?? '';
      }
      return send(req);
    },
    result: 'group',
    sample: GROUP_SAMPLE,
    outputFields: GROUP_OUTPUTS,
  }),
  create({
    key: 'update_calendar_group_status',
    noun: 'Calendar Group',
    label: 'Update Calendar Group Status',
    apiLabel: 'Update Group Status',
    help: "Enables or disables a calendar group's booking page.",
    method: 'PUT',
    path: '/calendars/groups/{groupId}/status',
    version: V,
    scopes: GROUPS,
    fields: [F.calendarGroup(), F.boolean('isActive', 'Active', { required: true })],
    after: (r, bundle) => ({ ...r, isActive: r.isActive ?? toBoolean(bundle.inputData.isActive) }),
    sample: { groupId: GROUP_SAMPLE.id, success: true, isActive: false },
    outputFields: [
      { key: 'groupId', label: 'Group ID' },
      { key: 'success', label: 'Success', type: 'boolean' },
      { key: 'isActive', label: 'Active', type: 'boolean' },
    ],
  }),
  create({
    key: 'delete_calendar_group',
    noun: 'Calendar Group',
    label: 'Delete Calendar Group',
    help: 'Deletes a calendar group. Its calendars stay, without a group.',
    method: 'DELETE',
    path: '/calendars/groups/{groupId}',
    version: V,
    scopes: GROUPS,
    fields: [F.calendarGroup()],
    sample: { groupId: GROUP_SAMPLE.id, success: true },
  }),
  create({
    key: 'validate_calendar_group_slug',
    noun: 'Group Slug',
    label: 'Validate Calendar Group Slug',
    apiLabel: 'Validate Group Slug',
    help: 'Checks whether a calendar group slug is still free.',
    method: 'POST',
    path: '/calendars/groups/validate-slug',
    version: V,
    scopes: GROUPS,
    location: 'body',
    fields: [F.text('slug', 'Slug', { required: true })],
    // Only asks GHL: a lost connection or a gateway error is retried by Zapier, like any read.
    read: true,
    after: (r, bundle) => {
      // Without a yes/no there is no answer to act on (issue 11: never a success without what the step reads).
      if (typeof r.available !== 'boolean') throw new ShapeError('had no "available" yes/no');
      return { ...r, slug: bundle.inputData.slug };
    },
    sample: { available: true, slug: 'sales-team' },
    outputFields: [
      { key: 'available', label: 'Available', type: 'boolean' },
      { key: 'slug', label: 'Slug' },
    ],
  }),
  // ---- calendars
  create({
    key: 'create_calendar',
    noun: 'Calendar',
    label: 'Create Calendar',
    help: 'Creates a booking calendar with its team, durations and hours.',
    method: 'POST',
    path: '/calendars/',
    once: 'created',
    version: V,
    scopes: CALENDARS,
    location: 'body',
    fields: calendarFields(true),
    before: calendarBefore(true),
    result: 'calendar',
    sample: CALENDAR_SAMPLE,
    outputFields: CALENDAR_OUTPUTS,
  }),
  create({
    key: 'update_calendar',
    noun: 'Calendar',
    label: 'Update Calendar',
    help: 'Updates the settings you fill in on a calendar.',
    method: 'PUT',
    path: '/calendars/{calendarId}',
    version: V,
    scopes: CALENDARS,
    fields: [F.calendar(), ...calendarFields(false)],
    before: calendarBefore(false),
    result: 'calendar',
    sample: CALENDAR_SAMPLE,
    outputFields: CALENDAR_OUTPUTS,
  }),
  create({
    key: 'delete_calendar',
    noun: 'Calendar',
    label: 'Delete Calendar',
    help: 'Deletes a calendar and its booking page.',
    method: 'DELETE',
    path: '/calendars/{calendarId}',
    version: V,
    scopes: CALENDARS,
    fields: [F.calendar()],
    sample: { calendarId: CALENDAR_SAMPLE.id, success: true },
  }),
  // ---- notifications
  create({
    key: 'create_calendar_notification',
    noun: 'Notification',
    label: 'Create Calendar Notification',
    help: 'Adds a confirmation, reminder or follow-up notification to a calendar.',
    method: 'POST',
    path: '/calendars/{calendarId}/notifications',
    once: 'created',
    version: V,
    scopes: EVENTS,
    fields: [F.calendar(), ...notificationFields(true)],
    before: notificationBefore,
    // The spec's body is a JSON array of notifications (one here), and so is the answer.
    bodyArray: true,
    after: (r, _b, _z, data) => {
      const n = Array.isArray(data) ? data[0] : undefined;
      return n ? { ...n, id: n._id ?? n.id, calendarId: r.calendarId } : r;
    },
    sample: { ...NOTIFICATION_SAMPLE, id: NOTIFICATION_SAMPLE._id, calendarId: CALENDAR_SAMPLE.id },
    outputFields: NOTIFICATION_OUTPUTS,
  }),
  create({
    key: 'update_calendar_notification',
    noun: 'Notification',
    label: 'Update Calendar Notification',
    apiLabel: 'Update Notification',
    help: 'Updates the fields you fill in on a calendar notification.',
    method: 'PUT',
    path: '/calendars/{calendarId}/notifications/{notificationId}',
    version: V,
    scopes: EVENTS,
    // The spec requires a body: with nothing to change, {} leaves the record as it is.
    emptyBody: true,
    fields: [F.calendar(), notificationPicker(), ...notificationFields(false)],
    before: notificationBefore,
    sample: {
      calendarId: CALENDAR_SAMPLE.id,
      notificationId: NOTIFICATION_SAMPLE._id,
      message: 'Notification updated successfully',
    },
    outputFields: [
      { key: 'notificationId', label: 'Notification ID' },
      { key: 'message', label: 'Result' },
    ],
  }),
  create({
    key: 'delete_calendar_notification',
    noun: 'Notification',
    label: 'Delete Calendar Notification',
    apiLabel: 'Delete Notification',
    help: 'Deletes a notification from a calendar.',
    method: 'DELETE',
    path: '/calendars/{calendarId}/notifications/{notificationId}',
    version: V,
    scopes: EVENTS,
    fields: [F.calendar(), notificationPicker()],
    sample: {
      calendarId: CALENDAR_SAMPLE.id,
      notificationId: NOTIFICATION_SAMPLE._id,
      message: 'Notification deleted successfully',
    },
  }),
  // ---- resources
  create({
    key: 'create_calendar_resource',
    noun: 'Resource',
    label: 'Create Calendar Resource',
    help: 'Adds a room or equipment that service calendars book.',
    method: 'POST',
    path: '/calendars/resources/{resourceType}',
    once: 'created',
    version: V,
    scopes: RESOURCES,
    location: 'body',
    fields: [resourceType(), ...resourceFields(true)],
    // GHL requires every count for both kinds; the ones that do not apply get their neutral value.
    defaults: { body: { quantity: 1, outOfService: 0 } },
    before: (req, bundle) => {
      const body = req.body as GhlRecord;
      if (body.capacity === undefined) {
        if (bundle.inputData.resourceType === 'rooms')
          throw new InputError('Create Calendar Resource needs "Capacity" for a room: how many people fit.');
        body.capacity = 1;
      }
    },
    sample: RESOURCE_SAMPLE,
    outputFields: RESOURCE_OUTPUTS,
  }),
  create({
    key: 'update_calendar_resource',
    noun: 'Resource',
    label: 'Update Calendar Resource',
    help: 'Updates the fields you fill in on a room or equipment.',
    method: 'PUT',
    path: '/calendars/resources/{resourceType}/{id}',
    version: V,
    scopes: RESOURCES,
    fields: [resourceType(), resourcePicker(), ...resourceFields(false), F.boolean('isActive', 'Active', opt)],
    sample: RESOURCE_SAMPLE,
    outputFields: RESOURCE_OUTPUTS,
  }),
  create({
    key: 'delete_calendar_resource',
    noun: 'Resource',
    label: 'Delete Calendar Resource',
    help: 'Deletes a room or equipment.',
    method: 'DELETE',
    path: '/calendars/resources/{resourceType}/{id}',
    version: V,
    scopes: RESOURCES,
    fields: [resourceType(), resourcePicker()],
    sample: { resourceType: 'rooms', id: '6710c9e1f2a3b4c5d6e7f809', success: true },
  }),
]);
