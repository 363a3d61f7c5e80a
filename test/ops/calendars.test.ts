import * as normalize from '../../lib/normalize';
import { describeFixtures, type OpFixture, runFixture } from '../support/harness';
import { fixtures } from './calendars.fixtures';

describeFixtures('calendars', fixtures);

// Every item was read at once (Promise.all), each refusal built: 1 MB of "a," (500,000 items) took 20–30 s.
describe('a list of phone numbers reads each distinct number once, in order, up to the first unreadable one', () => {
  const copies = (v: string) => Array<string>(10_000).fill(v);
  /** The numbers read (lib/normalize.ts normalizePhone) while Update Calendar Notification runs as `fx` says. */
  const readings = async (additionalPhoneNumbers: string[], fx: Pick<OpFixture, 'requests' | 'expect' | 'error'>) => {
    const phone = jest.spyOn(normalize, 'normalizePhone');
    try {
      const input = { calendarId: 'cal1', notificationId: 'nt1', additionalPhoneNumbers };
      await runFixture({ key: 'update_calendar_notification', input, ...fx });
      return phone.mock.calls.map(([v]) => v);
    } finally {
      phone.mockRestore();
    }
  };

  test('10,000 copies of one number are one reading, and all are sent', async () => {
    const put = {
      method: 'PUT' as const,
      path: '/calendars/cal1/notifications/nt1',
      body: { additionalPhoneNumbers: copies('+14155550100') },
      response: { message: 'Notification updated successfully' },
    };
    const expected = { calendarId: 'cal1', notificationId: 'nt1', message: 'Notification updated successfully' };
    expect(await readings(copies('+1 415 555 0100'), { requests: [put], expect: expected })).toEqual([
      '+1 415 555 0100',
    ]);
  });

  test('the first unreadable number ends the step: the numbers after it are not read', async () => {
    const given = ['+14155550100', ...copies('front desk'), '+14155550101'];
    const error = /^"Extra Phone Numbers" "front desk" is not a phone number/;
    expect(await readings(given, { requests: [], error })).toEqual(['+14155550100', 'front desk']);
  });
});
