/**
 * Messy leads as form tools, chatbots and SMS apps hand them over, with what GHL must end up storing for each.
 * Driven through the seed flows (README "Zaps people build") by test/e2e/leads.test.ts, leads.more.test.ts,
 * leads.forms.test.ts, leads.bots.test.ts, leads.sheets.test.ts, leads.calls.test.ts, leads.standins.test.ts,
 * leads.languages.test.ts, leads.sources.test.ts and leads.scripts.test.ts against
 * the emulator, whose sub-account is in the US: numbers without a country code are read as US numbers.
 */

/** Which seed Zap the lead arrives through. */
export type Flow =
  /** Writesonic / Workiz lead: Find or Create Contact by email (phone when no email) → Add Tags → Create Note. */
  | 'writesonic'
  /** Salesmsg SMS: Find or Create Contact by phone → Add Inbound Message (SMS). */
  | 'salesmsg'
  /** Botsonic chatbot: Find or Create Contact by email → Add Inbound Message (Live Chat) → Find or Create Opportunity. */
  | 'botsonic';

export interface MessyLead {
  id: string;
  flow: Flow;
  lead: {
    /** A number where a webhook or a Code step hands one over. */
    firstName?: string | number;
    lastName?: string;
    /** A list where line items of an earlier step give one value beside empty ones. */
    email?: string | string[];
    phone?: string | number | string[];
    /** Text, or a multi-choice answer as a list (Zapier's line items). */
    tags?: string | string[];
    dateOfBirth?: string;
    /** The deal value the chatbot captured (Botsonic → opportunity monetaryValue). */
    value?: string;
    /** Intro copy / message text (note or inbound message). */
    text?: string;
    /** An MMS's media URLs (Salesmsg → the inbound message's Attachment URLs). */
    media?: string;
    /** Address and company as a form or a job tool hands them over (a ZIP as a spreadsheet's number). */
    companyName?: string;
    /** A job tool's address in one line, unit included (Workiz), or in its parts. */
    address1?: string;
    city?: string;
    state?: string;
    postalCode?: string | number;
    country?: string;
    /** The lead's source as the form reports it (UTM parameters); the flow's app name when not given. */
    source?: string;
    /** The form's gender answer and its Do Not Disturb yes / no, as written (Create Contact's Gender and DND). */
    gender?: string;
    dnd?: string;
  };
  expect: {
    /** The contact as stored (keys not listed are not checked; `null` = the key must be absent). */
    contact?: Record<string, unknown>;
    /** The lead is the same person as an earlier lead: its contact, not a new one. */
    sameAs?: string;
    /** Sentences in the create step's skippedValues (one regex each, in order). */
    skipped?: RegExp[];
    /** The opportunity's stored monetaryValue. */
    monetaryValue?: number;
    /** The step that must refuse the lead, and the sentence (field and value named): nothing from that step on is stored. */
    refused?: { step: string; message: RegExp };
  };
}

const W = 'writesonic' as const;
const S = 'salesmsg' as const;
const B = 'botsonic' as const;

export const CORPUS: MessyLead[] = [
  // ---- emails: padding, case, wrappers
  {
    id: 'w01',
    flow: W,
    lead: { firstName: 'Zoe', email: '  zoe@leads.example  ', text: 'Hi Zoe' },
    expect: { contact: { email: 'zoe@leads.example', firstName: 'Zoe' } },
  },
  {
    id: 'w02',
    flow: W,
    lead: { firstName: 'Ana', lastName: 'K', email: 'ana.k@leads.example ' },
    expect: { contact: { email: 'ana.k@leads.example' } },
  },
  { id: 'w03', flow: W, lead: { firstName: 'Ana', email: 'Ana.K@LEADS.Example' }, expect: { sameAs: 'w02' } },
  {
    id: 'w04',
    flow: W,
    lead: { firstName: 'Max', email: '\tMax.Power@Power.Example\n' },
    expect: { contact: { email: 'Max.Power@power.example' } },
  },
  {
    id: 'w05',
    flow: W,
    lead: { firstName: 'Lou', email: 'Lou Reed <lou@leads.example>' },
    // The surname is only in the email's name: named, not lost unseen.
    expect: {
      contact: { email: 'lou@leads.example' },
      skipped: [
        /^"Email" "Lou Reed <lou@leads\.example>": the name "Lou Reed" was not stored, as GHL's email holds none\.$/,
      ],
    },
  },
  {
    id: 'w06',
    flow: W,
    lead: { firstName: 'Mae', email: 'mailto:mae@leads.example' },
    expect: { contact: { email: 'mae@leads.example' } },
  },
  {
    id: 'w07',
    flow: W,
    lead: { firstName: 'Bo', email: '   bo@leads.example', phone: '(415) 555-0101' },
    expect: { contact: { email: 'bo@leads.example', phone: '+14155550101' } },
  },
  // ---- unreadable emails: skipped (default), the rest of the lead lands
  {
    id: 'w08',
    flow: W,
    lead: { firstName: 'Ned', email: 'ned at leads dot example', phone: '415 555 0102' },
    expect: {
      contact: { firstName: 'Ned', phone: '+14155550102', email: null },
      skipped: [/^"Email" "ned at leads dot example" is not an email address/],
    },
  },
  {
    id: 'w09',
    flow: W,
    lead: { firstName: 'Ola', email: 'n/a', phone: '+44 20 7946 0958' },
    expect: { contact: { phone: '+442079460958', email: null }, skipped: [/"Email" "n\/a"/] },
  },
  {
    id: 'w10',
    flow: W,
    lead: { firstName: 'Pia', email: 'pia@', phone: '+49 30 901820' },
    expect: { contact: { phone: '+4930901820', email: null }, skipped: [/"Email" "pia@"/] },
  },
  // ---- phones in many formats
  {
    id: 's01',
    flow: S,
    lead: { phone: '(415) 555-0103', text: 'Is Tuesday free?' },
    expect: { contact: { phone: '+14155550103' } },
  },
  { id: 's02', flow: S, lead: { phone: '415.555.0104', text: 'Hi' }, expect: { contact: { phone: '+14155550104' } } },
  {
    id: 's03',
    flow: S,
    lead: { phone: '+1 415-555-0105', text: 'Hello' },
    expect: { contact: { phone: '+14155550105' } },
  },
  {
    id: 's04',
    flow: S,
    lead: { phone: '001 415 555 0106', text: 'Hey' },
    expect: { contact: { phone: '+14155550106' } },
  },
  {
    id: 's05',
    flow: S,
    lead: { phone: '0049 30 1234567', text: 'Guten Tag' },
    expect: { contact: { phone: '+49301234567' } },
  },
  { id: 's06', flow: S, lead: { phone: '+49 30 1234567', text: 'Noch eine Frage' }, expect: { sameAs: 's05' } },
  { id: 's07', flow: S, lead: { phone: '+49 (0)30 1234567', text: 'Und noch eine' }, expect: { sameAs: 's05' } },
  {
    id: 's08',
    flow: S,
    lead: { phone: '+33 6 12 34 56 78', text: 'Bonjour' },
    expect: { contact: { phone: '+33612345678' } },
  },
  {
    id: 's09',
    flow: S,
    lead: { phone: '+91 98765 43210', text: 'Namaste' },
    expect: { contact: { phone: '+919876543210' } },
  },
  {
    id: 's10',
    flow: S,
    lead: { phone: '+61 2 9374 4000', text: "G'day" },
    expect: { contact: { phone: '+61293744000' } },
  },
  {
    id: 's11',
    flow: S,
    lead: { phone: '+81 3-1234-5678', text: 'こんにちは' },
    expect: { contact: { phone: '+81312345678' } },
  },
  {
    id: 's12',
    flow: S,
    lead: { phone: '+55 11 91234-5678', text: 'Olá 👋' },
    expect: { contact: { phone: '+5511912345678' } },
  },
  {
    id: 's13',
    flow: S,
    lead: { phone: 'tel:+353 1 234 5678', text: 'Dia dhuit' },
    expect: { contact: { phone: '+35312345678' } },
  },
  {
    id: 's14',
    flow: S,
    lead: { phone: '  +1 (212) 555-0199 ext. 7 ', text: 'Front desk' },
    // The extension cannot be stored in GHL's phone: named in the step's Skipped Values, not lost unnamed.
    expect: { contact: { phone: '+12125550199' }, skipped: [/"Phone" .*: its extension 7 was not stored/] },
  },
  { id: 's15', flow: S, lead: { phone: '4155550103', text: 'Same number, no formatting' }, expect: { sameAs: 's01' } },
  // ---- unreadable phones: the SMS lead cannot be matched: refused naming the value
  {
    id: 's16',
    flow: S,
    lead: { phone: '12345', text: 'short' },
    expect: {
      refused: { step: 'find_contact', message: /"Phone" "12345" is not a phone number \(read as a US number\)/ },
    },
  },
  {
    id: 's17',
    flow: S,
    lead: { phone: 'call me', text: '?' },
    expect: { refused: { step: 'find_contact', message: /"Phone" "call me" is not a phone number/ } },
  },
  // ---- unicode names, apostrophes, emoji: kept exactly (only the ends trimmed)
  {
    id: 'w11',
    flow: W,
    lead: { firstName: '  José ', lastName: 'Niño', email: 'jose@leads.example' },
    expect: { contact: { firstName: 'José', lastName: 'Niño' } },
  },
  {
    id: 'w12',
    flow: W,
    lead: { firstName: 'Zoë', lastName: "O'Brien", email: 'zoe.obrien@leads.example' },
    expect: { contact: { firstName: 'Zoë', lastName: "O'Brien" } },
  },
  {
    id: 'w13',
    flow: W,
    lead: { firstName: '李', lastName: '小龙', email: 'li@leads.example' },
    expect: { contact: { firstName: '李', lastName: '小龙' } },
  },
  {
    id: 'w14',
    flow: W,
    lead: { firstName: 'Мария', lastName: 'Иванова', email: 'maria@leads.example' },
    expect: { contact: { firstName: 'Мария', lastName: 'Иванова' } },
  },
  {
    id: 'w15',
    flow: W,
    lead: { firstName: '🦄 Uni', lastName: 'Søren-Ærø', email: 'uni@leads.example' },
    expect: { contact: { firstName: '🦄 Uni', lastName: 'Søren-Ærø' } },
  },
  // ---- missing email: found and created by phone
  {
    id: 'w16',
    flow: W,
    lead: { firstName: 'Nomail', phone: '(646) 555-0107' },
    expect: { contact: { phone: '+16465550107', email: null } },
  },
  {
    id: 'w17',
    flow: W,
    lead: { firstName: 'Nomail', phone: '646-555-0107', text: 'again' },
    expect: { sameAs: 'w16' },
  },
  // ---- both left blank in words: nothing to find or reach the lead by: refused naming both values
  {
    id: 'w18',
    flow: W,
    lead: { firstName: 'Nobody', lastName: 'Reachable', email: 'none', phone: 'none' },
    expect: {
      refused: {
        step: 'find_contact',
        message: /"Email" "none" is a placeholder for no answer, not a value\. "Phone" "none" is a placeholder/,
      },
    },
  },
  // ---- tags
  {
    id: 'w19',
    flow: W,
    lead: { firstName: 'Tag', email: 'tag1@leads.example', tags: ' , , ' },
    expect: { contact: { tags: ['new lead'] } },
  },
  {
    id: 'w20',
    flow: W,
    lead: { firstName: 'Tag', email: 'tag2@leads.example', tags: 'VIP, vip ; Hot Lead,hot lead\nwebinar' },
    expect: { contact: { tags: ['vip', 'hot lead', 'webinar', 'new lead'] } },
  },
  {
    id: 'w21',
    flow: W,
    lead: { firstName: 'Tag', email: 'tag3@leads.example', tags: ';;' },
    expect: { contact: { tags: ['new lead'] } },
  },
  // ---- dates of birth
  {
    id: 'w22',
    flow: W,
    lead: { firstName: 'Dob', email: 'dob1@leads.example', dateOfBirth: '1990-02-30' },
    expect: {
      refused: {
        step: 'create_contact',
        message:
          /"Date of Birth" must be a date-time .* not "1990-02-30" \(you specified 30 as a day, which is invalid\)/,
      },
    },
  },
  {
    id: 'w23',
    flow: W,
    lead: { firstName: 'Dob', email: 'dob2@leads.example', dateOfBirth: '0' },
    expect: { refused: { step: 'create_contact', message: /"Date of Birth" must be a date-time .* not "0"/ } },
  },
  {
    id: 'w24',
    flow: W,
    lead: { firstName: 'Dob', email: 'dob3@leads.example', dateOfBirth: '03/04/1990' },
    expect: {
      refused: {
        step: 'create_contact',
        message:
          /"Date of Birth" "03\/04\/1990" is ambiguous: it reads as 1990-03-04 \(month\/day\) or 1990-04-03 \(day\/month\)/,
      },
    },
  },
  {
    id: 'w25',
    flow: W,
    lead: { firstName: 'Dob', email: 'dob4@leads.example', dateOfBirth: '25.03.1990' },
    expect: { contact: { dateOfBirth: '1990-03-25' } },
  },
  {
    id: 'w26',
    flow: W,
    lead: { firstName: 'Dob', email: 'dob5@leads.example', dateOfBirth: '1990-03-25T23:30:00-05:00' },
    expect: { contact: { dateOfBirth: '1990-03-25' } },
  },
  {
    id: 'w38',
    flow: W,
    // A CRM's date property as epoch milliseconds: a birthday before 2001 has 12 digits.
    lead: { firstName: 'Dob', email: 'dob7@leads.example', dateOfBirth: '637200000000' },
    expect: { contact: { dateOfBirth: '1990-03-12' } },
  },
  {
    id: 'w39',
    flow: W,
    lead: { firstName: 'Dob', email: 'dob8@leads.example', dateOfBirth: '19600101' },
    expect: { contact: { dateOfBirth: '1960-01-01' } },
  },
  // ---- invisible characters, words for "no value", JSON lists, named months, two values in one field
  {
    id: 'w27',
    flow: W,
    // A zero-width space copied with the address: stored as such, the lead would no longer match its contact.
    lead: { firstName: 'Zoe', email: 'zoe@leads.example\u200B', text: 'Hi again' },
    expect: { sameAs: 'w01' },
  },
  {
    id: 'w28',
    flow: W,
    lead: {
      firstName: 'Nil',
      lastName: 'null',
      email: 'nil@leads.example',
      phone: 'undefined',
      tags: 'null',
      dateOfBirth: 'NULL',
    },
    expect: { contact: { firstName: 'Nil', lastName: null, phone: null, dateOfBirth: null, tags: ['new lead'] } },
  },
  {
    id: 'w29',
    flow: W,
    lead: { firstName: 'Json', email: 'json@leads.example', tags: '["Webinar", "webinar", "Hot Lead"]' },
    expect: { contact: { tags: ['webinar', 'hot lead', 'new lead'] } },
  },
  {
    id: 'w30',
    flow: W,
    lead: { firstName: 'Dob', email: 'dob6@leads.example', dateOfBirth: 'March 25th, 1990' },
    expect: { contact: { dateOfBirth: '1990-03-25' } },
  },
  {
    id: 'w31',
    flow: W,
    lead: { firstName: 'Two', email: 'two1@leads.example; two2@leads.example', phone: '(415) 555-0131' },
    expect: {
      contact: { phone: '+14155550131', email: null },
      skipped: [/^"Email" "two1@leads\.example; two2@leads\.example" holds 2 email addresses/],
    },
  },
  {
    id: 's18',
    flow: S,
    lead: { phone: '415-555-0132 / 415-555-0133', text: 'two numbers' },
    expect: {
      refused: { step: 'find_contact', message: /"Phone" "415-555-0132 \/ 415-555-0133" holds 2 phone numbers/ },
    },
  },
  // ---- one person typed two ways: accents composed or not (macOS, some keyboards), a CJK input mode's full width
  {
    id: 'w32',
    flow: W,
    lead: { firstName: 'Zo\u00eb', lastName: 'M\u00fcller', email: 'zo\u00eb@m\u00fcller.example', tags: 'Caf\u00e9' },
    expect: {
      contact: { firstName: 'Zo\u00eb', email: 'zo\u00eb@xn--mller-kva.example', tags: ['caf\u00e9', 'new lead'] },
    },
  },
  {
    id: 'w33',
    flow: W,
    // The same address with decomposed accents ("e" + U+0308): a second contact if sent as typed.
    lead: { firstName: 'Zoe\u0308', email: 'zoe\u0308@mu\u0308ller.example', text: 'Again, from my Mac' },
    expect: { sameAs: 'w32' },
  },
  {
    id: 'w34',
    flow: W,
    lead: {
      firstName: 'Rene\u0301e',
      email: 'renee@leads.example',
      tags: 'Cafe\u0301, caf\u00e9, Zoe\u0308',
    },
    expect: { contact: { firstName: 'Ren\u00e9e', tags: ['caf\u00e9', 'zo\u00eb', 'new lead'] } },
  },
  {
    id: 'w35',
    flow: W,
    lead: {
      firstName: '\u5065',
      email: '\uff4b\uff45\uff4e\uff20\uff4c\uff45\uff41\uff44\uff53\uff0e\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45',
    },
    expect: { contact: { firstName: '\u5065', email: 'ken@leads.example' } },
  },
  { id: 'w36', flow: W, lead: { firstName: 'Ken', email: 'ken\uff20leads.example' }, expect: { sameAs: 'w35' } },
  // ---- line items (Workiz jobs, form rows) of which one holds the value: that value
  {
    id: 's19',
    flow: S,
    lead: { phone: ['', '(415) 555-0138'], text: 'From the job list' },
    expect: { contact: { phone: '+14155550138' } },
  },
  {
    id: 'w37',
    flow: W,
    lead: { firstName: 'Ivy', email: ['ivy@leads.example', ''], phone: ['', '(415) 555-0139', ''] },
    expect: { contact: { email: 'ivy@leads.example', phone: '+14155550139' } },
  },
  // ---- a number where text belongs (a chatbot's visitor number as the name, handed over as a JSON number)
  {
    id: 'b10',
    flow: B,
    lead: { firstName: 4711, email: 'visitor4711@leads.example', value: '99', text: 'No name given' },
    expect: { contact: { firstName: '4711' }, monetaryValue: 99 },
  },
  // ---- money (Botsonic → opportunity)
  {
    id: 'b01',
    flow: B,
    lead: { firstName: 'Eva', email: 'eva@leads.example', value: '€1.250,00', text: 'Implants?' },
    expect: { monetaryValue: 1250 },
  },
  {
    id: 'b02',
    flow: B,
    lead: { firstName: 'Jan', email: 'jan@leads.example', value: '1.250,50 €', text: 'Whitening' },
    expect: { monetaryValue: 1250.5 },
  },
  {
    id: 'b03',
    flow: B,
    lead: { firstName: 'Amy', email: 'amy@leads.example', value: '$1,250.50', text: 'Braces' },
    expect: { monetaryValue: 1250.5 },
  },
  {
    id: 'b04',
    flow: B,
    lead: { firstName: 'Urs', email: 'urs@leads.example', value: "CHF 1'250.50", text: 'Grüezi' },
    expect: { monetaryValue: 1250.5 },
  },
  {
    id: 'b05',
    flow: B,
    lead: { firstName: 'Raj', email: 'raj@leads.example', value: '₹1,25,000', text: 'Full set' },
    expect: { monetaryValue: 125000 },
  },
  {
    id: 'b06',
    flow: B,
    lead: { firstName: 'Ilse', email: 'ilse@leads.example', value: '1 250,50', text: 'Bonjour' },
    expect: { monetaryValue: 1250.5 },
  },
  {
    id: 'b07',
    flow: B,
    lead: { firstName: 'Tom', email: 'tom@leads.example', value: '1,250', text: 'Cleaning' },
    expect: { monetaryValue: 1250 },
  },
  {
    id: 'b08',
    flow: B,
    lead: { firstName: 'Hex', email: 'hex@leads.example', value: '0x10', text: 'hex' },
    expect: {
      refused: {
        step: 'create_opportunity',
        message: /"Monetary Value" must be a number, not "0x10" \(hexadecimal numbers are not read\)/,
      },
    },
  },
  {
    id: 'b09',
    flow: B,
    lead: { firstName: 'Eva', email: ' EVA@leads.example', value: '€1.250,00', text: 'Me again' },
    expect: { sameAs: 'b01', monetaryValue: 1250 },
  },
];

/**
 * More leads, run by test/e2e/leads.more.test.ts: one file runs at most ~250 steps, as zapier-platform-core's handler
 * force-exits a process that served more than 250 runs above 450 MB (counted per test file).
 */
export const MORE_LEADS: MessyLead[] = [
  // ---- round 5: how CRMs, field-service apps and chatbots hand leads over
  // A Workiz client's whole name in one field: kept as written (splitting "Doe, Jane" or "Dr. … Jr." is a guess).
  {
    id: 'w40',
    flow: W,
    lead: { firstName: 'Doe, Jane', email: 'doe.jane@leads.example' },
    expect: { contact: { firstName: 'Doe, Jane', lastName: null } },
  },
  {
    id: 'w41',
    flow: W,
    lead: { firstName: 'Dr. Jane Doe Jr.', email: 'dr.doe@leads.example' },
    expect: { contact: { firstName: 'Dr. Jane Doe Jr.' } },
  },
  // Gmail ignores dots and +tags when delivering, but they are different addresses to GHL (it matches emails as
  // written) and may be different people on other domains: two contacts, each address stored as sent.
  {
    id: 'w42',
    flow: W,
    lead: { firstName: 'Jane', email: 'Jane.Doe+zap@Gmail.com' },
    expect: { contact: { email: 'Jane.Doe+zap@gmail.com' } },
  },
  {
    id: 'w43',
    flow: W,
    lead: { firstName: 'Jane', email: 'janedoe@gmail.com' },
    expect: { contact: { email: 'janedoe@gmail.com' } },
  },
  // A line-item field (Workiz job contacts, form rows) mapped into a one-value field: Zapier joins the items with
  // commas, so one value beside empty items arrives as "value," or ",value".
  {
    id: 'w44',
    flow: W,
    lead: { firstName: 'Lia', email: 'lia@leads.example,', phone: ',(415) 555-0140' },
    expect: { contact: { email: 'lia@leads.example', phone: '+14155550140' } },
  },
  { id: 'w45', flow: W, lead: { firstName: 'Lia', email: ', lia@leads.example, ,' }, expect: { sameAs: 'w44' } },
  {
    id: 'w46',
    flow: W,
    lead: { firstName: 'Jane', email: '"Doe, Jane" <doe.jane@leads.example>', text: 'From Outlook' },
    expect: { sameAs: 'w40' },
  },
  // Two addresses and nothing else to find the chatbot visitor by: refused before anything is stored.
  {
    id: 'b11',
    flow: B,
    lead: { firstName: 'Two', email: 'one@leads.example, other@leads.example', text: 'Hello' },
    expect: {
      refused: {
        step: 'find_contact',
        message: /"Email" "one@leads\.example, other@leads\.example" holds 2 email addresses/,
      },
    },
  },
  // Tags: a quoted tag holding a comma (a spreadsheet's CSV cell), quoted tags, a trailing comma, a non-breaking
  // or double space and a zero-width space copied from a web page (GHL would keep "hot\u00a0lead" apart from
  // "hot lead": a workflow waiting for one never sees the other).
  {
    id: 'w47',
    flow: W,
    lead: { firstName: 'Tag', email: 'tag4@leads.example', tags: '"Referral, Dr. Smith", VIP, vip,' },
    expect: { contact: { tags: ['referral, dr. smith', 'vip', 'new lead'] } },
  },
  {
    id: 'w48',
    flow: W,
    lead: { firstName: 'Tag', email: 'tag5@leads.example', tags: '"Webinar", "Hot Lead"' },
    expect: { contact: { tags: ['webinar', 'hot lead', 'new lead'] } },
  },
  {
    id: 'w49',
    flow: W,
    lead: {
      firstName: 'Tag',
      email: 'tag6@leads.example',
      tags: 'Hot\u00a0Lead, hot  lead, V\u200bIP, vip, New\u00a0lead',
    },
    expect: { contact: { tags: ['hot lead', 'vip', 'new lead'] } },
  },
  // HTML-escaped by the sending form: stored as sent (a one-line text field may hold HTML on purpose, and no
  // maintained decoder is among the dependencies); README "Normalization rules" says so.
  {
    id: 'w50',
    flow: W,
    lead: { firstName: 'Jos&eacute;', lastName: 'O&#39;Brien', email: 'jose.obrien@leads.example' },
    expect: { contact: { firstName: 'Jos&eacute;', lastName: 'O&#39;Brien' } },
  },
  // Phones: non-breaking and zero-width spaces inside, a JSON number.
  {
    id: 's20',
    flow: S,
    lead: { phone: '415\u00a0555\u200b0141', text: 'copied from a web page' },
    expect: { contact: { phone: '+14155550141' } },
  },
  { id: 's21', flow: S, lead: { phone: 4155550141, text: 'as a number' }, expect: { sameAs: 's20' } },
  // Another country's national number in a US sub-account: a UK mobile has 11 digits; a Berlin number has 10, but no
  // US number starts with 0 (stored it would be +10301234567, a number that cannot exist): refused, saying to add
  // the country code.
  {
    id: 's22',
    flow: S,
    lead: { phone: '07700 900123', text: 'Hiya' },
    expect: {
      refused: {
        step: 'find_contact',
        message: /"Phone" "07700 900123" is not a phone number \(read as a US number\).*country code/,
      },
    },
  },
  {
    id: 's23',
    flow: S,
    lead: { phone: '030 1234567', text: 'Hallo' },
    expect: {
      refused: {
        step: 'find_contact',
        message: /"Phone" "030 1234567" is not a phone number \(read as a US number\).*country code/,
      },
    },
  },
  // With the lead's Country, its national number is read there by Find Contact as by Create Contact: the text that
  // comes back finds the contact the first one created, instead of a search by another number and a duplicate.
  {
    id: 's23a',
    flow: S,
    lead: { phone: '07700 900123', country: 'United Kingdom', text: 'Hiya' },
    expect: { contact: { phone: '+447700900123', country: 'GB' } },
  },
  { id: 's23b', flow: S, lead: { phone: '07700 900123', country: 'UK', text: 'Me again' }, expect: { sameAs: 's23a' } },
  {
    id: 'w51',
    flow: W,
    lead: { firstName: 'Uk', email: 'uk@leads.example', phone: '030 1234567' },
    expect: {
      contact: { email: 'uk@leads.example', phone: null },
      skipped: [/^"Phone" "030 1234567" is not a phone number \(read as a US number\)/],
    },
  },
  // Chatbot messages: only an emoji, a long markdown transcript (GHL's message body has no documented limit).
  {
    id: 'b12',
    flow: B,
    lead: { firstName: 'Emo', email: 'emo@leads.example', value: 'USD 1,200', text: '👍' },
    expect: { monetaryValue: 1200 },
  },
  {
    id: 'b13',
    flow: B,
    lead: {
      firstName: 'Long',
      email: 'long@leads.example',
      value: '€\u00a01.234,56',
      text: `# Transcript\n\n${'**Visitor:** I need *three* implants, see [plan](https://x.example/p?a=1&b=2)\n\n> ok\n\n'.repeat(250)}`,
    },
    expect: { monetaryValue: 1234.56 },
  },
  {
    id: 'b14',
    flow: B,
    lead: { firstName: 'Blank', email: 'blank@leads.example', value: '99', text: ' \n\t ' },
    expect: {
      refused: {
        step: 'add_inbound_message',
        message: /^Add Inbound Message: a Live_Chat message needs a Message or an Attachment URL\. Fill one in\.$/,
      },
    },
  },
  // Deal values a chatbot captures: "k" for thousands is refused, not guessed; a refund-like "-50" is sent as -50.
  {
    id: 'b15',
    flow: B,
    lead: { firstName: 'Kay', email: 'kay@leads.example', value: '$1.2k', text: 'Budget?' },
    expect: { refused: { step: 'create_opportunity', message: /"Monetary Value" must be a number, not "\$1\.2k"/ } },
  },
  {
    id: 'b16',
    flow: B,
    lead: { firstName: 'Neg', email: 'neg@leads.example', value: '-50', text: 'Credit' },
    expect: { monetaryValue: -50 },
  },
  // A label beside the number (Workiz / CRM exports, people): the number is stored, the label named as skipped.
  {
    id: 'w52',
    flow: W,
    lead: { firstName: 'Lab', email: 'lab@leads.example', phone: 'Cell: (415) 555-0143' },
    expect: {
      contact: { email: 'lab@leads.example', phone: '+14155550143' },
      skipped: [/^"Phone" "Cell: \(415\) 555-0143": its label "Cell" was not stored/],
    },
  },
  { id: 's24', flow: S, lead: { phone: '415-555-0143 (mobile)', text: 'same person' }, expect: { sameAs: 'w52' } },
];

/**
 * Round 6, run by test/e2e/leads.forms.test.ts (a file of its own for core's 250-run memory check): what WhatsApp,
 * spreadsheets and form tools hand over from abroad and from the US: international numbers in their local habits,
 * names and emails as typed, ZIPs that lost their zeros, dates as spreadsheets write them, emoji tags, UTM sources,
 * MMS media; phones and emails with labels, extensions, keypad letters or written as decimals.
 */
export const FORM_LEADS: MessyLead[] = [
  // ---- numbers from abroad, as their countries (and WhatsApp) write them; the sub-account is in the US
  // Mexico dropped its mobile prefix "1" in 2019, but WhatsApp and Twilio still hand Mexican mobiles over with it:
  // the same person messaging again without it must land on the same contact.
  {
    id: 's25',
    flow: S,
    lead: { phone: '+52 1 55 1234 5678', text: 'Hola, ¿tienen citas?' },
    expect: { contact: { phone: '+525512345678' } },
  },
  { id: 's26', flow: S, lead: { phone: '+52 55 1234 5678', text: 'Soy yo otra vez' }, expect: { sameAs: 's25' } },
  // Brazil's 9th mobile digit written apart, and the area code with its trunk 0.
  {
    id: 's27',
    flow: S,
    lead: { phone: '+55 (11) 9 8123-4567', text: 'Oi!' },
    expect: { contact: { phone: '+5511981234567' } },
  },
  { id: 's28', flow: S, lead: { phone: '+55 (011) 98123-4567', text: 'Oi de novo' }, expect: { sameAs: 's27' } },
  // The same mobile as WhatsApp hands it over outside São Paulo, Rio and Espírito Santo: without its 9.
  {
    id: 's28b',
    flow: S,
    lead: { phone: '+55 81 98832-7966', text: 'Bom dia' },
    expect: { contact: { phone: '+5581988327966' } },
  },
  { id: 's28c', flow: S, lead: { phone: '+55 81 8832-7966', text: 'Sou eu' }, expect: { sameAs: 's28b' } },
  // Argentina: a mobile written with its local "15" is the international "9" form.
  {
    id: 's29',
    flow: S,
    lead: { phone: '+54 11 15 2345-6789', text: 'Buenas' },
    expect: { contact: { phone: '+5491123456789' } },
  },
  { id: 's30', flow: S, lead: { phone: '+54 9 11 2345-6789', text: 'Buenas otra vez' }, expect: { sameAs: 's29' } },
  // Digits that start with a country code but lack the "+" (WhatsApp's ids): not read as another country's number
  // unasked (a mistyped US number can be a real Swiss one), refused saying where the "+" goes.
  {
    id: 's31',
    flow: S,
    lead: { phone: '5511981234567', text: 'from WhatsApp' },
    expect: {
      refused: {
        step: 'find_contact',
        message: /"Phone" "5511981234567" .*If 55 is its country code, write it with a "\+": \+55 11 98123 4567\./,
      },
    },
  },
  // The US international dialling prefix 011.
  {
    id: 's32',
    flow: S,
    lead: { phone: '011 44 20 7946 0959', text: 'Calling from London' },
    expect: { contact: { phone: '+442079460959' } },
  },
  // A trunk 0 in brackets after the country code (UAE, Nigeria, the UK write it so) is not dialled from abroad.
  {
    id: 'w53',
    flow: W,
    lead: { firstName: 'Omar', email: 'omar@leads.example', phone: '+971 (0)50 123 4567' },
    expect: { contact: { phone: '+971501234567' } },
  },
  // A national number with the lead's own Country: read in the Philippines, not in the US sub-account.
  {
    id: 'w55',
    flow: W,
    lead: { firstName: 'Maria', email: 'maria.ph@leads.example', phone: '0917 123 4567', country: 'Philippines' },
    expect: { contact: { phone: '+639171234567', country: 'PH' } },
  },
  // ---- names and emails as typed: kept (a name's case, title or order is not guessed; an email's typo neither)
  {
    id: 'w56',
    flow: W,
    lead: { firstName: 'Jane Roe', lastName: '', email: 'jane.roe@leads.example' },
    expect: { contact: { firstName: 'Jane Roe', lastName: null } },
  },
  {
    id: 'w57',
    flow: W,
    lead: { firstName: 'DR. JANE', lastName: 'smith jr.', email: 'JANE.ROE@LEADS.EXAMPLE', text: 'caps' },
    expect: { sameAs: 'w56' },
  },
  {
    id: 'w58',
    flow: W,
    lead: { firstName: 'kim@leads.example', email: 'kim@leads.example' },
    expect: { contact: { firstName: 'kim@leads.example', email: 'kim@leads.example' } },
  },
  // "gmail.con" is a valid address to every check GHL runs: stored as typed. Changed to .com it could reach someone
  // else; refused, the lead would lose its only way back. The bounce shows it in GHL, where it can be corrected.
  {
    id: 'w59',
    flow: W,
    lead: { firstName: 'Mo', email: 'mo.typo@gmail.con' },
    expect: { contact: { email: 'mo.typo@gmail.con' } },
  },
  // ---- addresses: a ZIP a spreadsheet or a number field stripped of its zero (Boston's 02134), a German code read
  // in the lead's Country, a company name of 300 characters (GHL documents no limit)
  {
    id: 'w60',
    flow: W,
    lead: { firstName: 'Zip', email: 'zip1@leads.example', postalCode: 2134 },
    expect: { contact: { postalCode: '02134' } },
  },
  {
    id: 'w62',
    flow: W,
    lead: { firstName: 'Udo', email: 'udo@leads.example', postalCode: '1067', country: 'Deutschland' },
    expect: { contact: { postalCode: '01067', country: 'DE' } },
  },
  {
    id: 'w63',
    flow: W,
    lead: { firstName: 'Co', email: 'co@leads.example', companyName: `${'Very Long Holdings '.repeat(15)}LLC` },
    expect: { contact: { companyName: `${'Very Long Holdings '.repeat(15)}LLC` } },
  },
  // ---- dates of birth as spreadsheets and forms write them
  {
    id: 'w64',
    flow: W,
    lead: { firstName: 'Dob', email: 'dob9@leads.example', dateOfBirth: '3/25/1990 12:00:00 AM' },
    expect: { contact: { dateOfBirth: '1990-03-25' } },
  },
  {
    id: 'w65',
    flow: W,
    lead: { firstName: 'Dob', email: 'dob10@leads.example', dateOfBirth: '25-Mar-1990' },
    expect: { contact: { dateOfBirth: '1990-03-25' } },
  },
  {
    id: 'w66',
    flow: W,
    lead: { firstName: 'Dob', email: 'dob11@leads.example', dateOfBirth: '638323200' },
    expect: { contact: { dateOfBirth: '1990-03-25' } },
  },
  // A birthday form's month and day: GHL's date of birth needs the year, which is not guessed.
  {
    id: 'w67',
    flow: W,
    lead: { firstName: 'Dob', email: 'dob12@leads.example', dateOfBirth: '03/25' },
    expect: { refused: { step: 'create_contact', message: /"Date of Birth" .* not "03\/25" \(it has no year\)\.$/ } },
  },
  // ---- emoji tags and a UTM source, as forms send them
  {
    id: 'w68',
    flow: W,
    lead: { firstName: 'Emo', email: 'emo.tag@leads.example', tags: '🔥 Hot Lead, 🔥 hot lead, 👩‍⚕️ Dr referral' },
    expect: { contact: { tags: ['🔥 hot lead', '👩‍⚕️ dr referral', 'new lead'] } },
  },
  {
    id: 'w69',
    flow: W,
    lead: { firstName: 'Utm', email: 'utm@leads.example', source: 'facebook / cpc | utm_campaign=spring_sale' },
    expect: { contact: { source: 'facebook / cpc | utm_campaign=spring_sale' } },
  },
  // ---- a Salesmsg MMS with only a picture; a chatbot visitor from Mexico with a peso budget
  {
    id: 's33',
    flow: S,
    lead: {
      phone: '(415) 555-0161',
      media: 'https://media.salesmsg.example/mms/1.jpg?w=300,h=200,https://media.salesmsg.example/mms/2.jpg',
    },
    expect: { contact: { phone: '+14155550161' } },
  },
  {
    id: 'b17',
    flow: B,
    lead: {
      firstName: 'Ana',
      email: 'ana.mx@leads.example',
      phone: '+521 81 1234 5678',
      value: 'MXN 15,000',
      text: '¿Precio?',
    },
    expect: { contact: { phone: '+528112345678' }, monetaryValue: 15000 },
  },
  // ---- the odd shapes of a phone or an email that CRMs, spreadsheets and Code steps hand over
  // A label and an extension after the number, a label before the email: both stored, the label and extension named.
  {
    id: 'w70',
    flow: W,
    lead: { firstName: 'Odd', email: 'Work: odd@leads.example', phone: '(415) 555-0170 (work) x12' },
    expect: {
      contact: { email: 'odd@leads.example', phone: '+14155550170' },
      skipped: [
        /^"Email" "Work: odd@leads\.example": its label "Work" was not stored/,
        /^"Phone" "\(415\) 555-0170 \(work\) x12": its label "work" and its extension 12 were not stored/,
      ],
    },
  },
  // A form's empty extension box is no extension: the same person.
  { id: 's34', flow: S, lead: { phone: '415 555 0170 ext.', text: 'me again' }, expect: { sameAs: 'w70' } },
  // A number a spreadsheet or a Code step wrote as a decimal: its digits when every one is written; rounded, refused
  // (1.41556E+10 read as 14155600000 would be someone else's number).
  {
    id: 's35',
    flow: S,
    lead: { phone: '4155550171.0', text: 'from the sheet' },
    expect: { contact: { phone: '+14155550171' } },
  },
  { id: 's36', flow: S, lead: { phone: '1.4155550171E10', text: 'the sheet again' }, expect: { sameAs: 's35' } },
  {
    id: 's37',
    flow: S,
    lead: { phone: '1.41556E+10', text: 'rounded' },
    expect: {
      refused: { step: 'find_contact', message: /"Phone" "1\.41556E\+10" is a number in scientific notation/ },
    },
  },
  // A vanity number is refused showing its keypad digits, not stored read from its letters.
  {
    id: 's38',
    flow: S,
    lead: { phone: '1-800-FLOWERS', text: 'vanity' },
    expect: {
      refused: { step: 'find_contact', message: /"1-800-FLOWERS" has letters.*keypad it is \+1 800 356 9377/ },
    },
  },
  // The country code in brackets, as UK and Indian forms write it.
  {
    id: 's39',
    flow: S,
    lead: { phone: '(+44) 7700 900171', text: 'from London' },
    expect: { contact: { phone: '+447700900171' } },
  },
];

/**
 * Round 8, run by test/e2e/leads.bots.test.ts (a file of its own for core's 250-run memory check): what chatbots,
 * mail merges and job tools write when they got no answer or got it in their own format: placeholders, right-to-left
 * and particle names, transcripts in HTML and markdown, digits of other scripts, a Workiz job's one-line address.
 */
export const BOT_LEADS: MessyLead[] = [
  // ---- placeholders where the bot got no answer: left out and named, never a contact called "N/A" (nor a returning
  // lead's real name overwritten with it); in a date, a postal code or a deal value they no longer stop the lead
  {
    id: 'w71',
    flow: W,
    lead: { firstName: '{{first_name}}', lastName: 'N/A', email: 'merge@leads.example', phone: '(415) 555-0181' },
    expect: {
      contact: { firstName: null, lastName: null, email: 'merge@leads.example', phone: '+14155550181' },
      skipped: [
        /^"First Name" "\{\{first_name\}\}" is a placeholder for no answer, not a value\. It was left out\.$/,
        /^"Last Name" "N\/A" is a placeholder/,
      ],
    },
  },
  {
    id: 'w72',
    flow: W,
    lead: {
      firstName: 'Pat',
      email: '[email]',
      phone: '415-555-0182',
      postalCode: '-',
      country: 'Unknown',
      dateOfBirth: 'not provided',
    },
    expect: {
      contact: { firstName: 'Pat', phone: '+14155550182', email: null, postalCode: null, country: null },
      skipped: [
        /^"Email" "\[email\]" is a placeholder/,
        /^"Postal Code" "-" is a placeholder/,
        /^"Country" "Unknown" is a placeholder/,
        /^"Date of Birth" "not provided" is a placeholder/,
      ],
    },
  },
  {
    id: 'w73',
    flow: W,
    lead: { firstName: 'N/A', email: 'N/A', phone: '-' },
    expect: {
      refused: {
        step: 'find_contact',
        message:
          /^Find Contact has nothing to search by: "Email" "N\/A" is a placeholder .* "Phone" "-" is a placeholder/,
      },
    },
  },
  {
    id: 'b18',
    flow: B,
    lead: { firstName: 'Val', email: 'val.na@leads.example', value: 'N/A', text: 'What does it cost?' },
    expect: { contact: { firstName: 'Val' }, monetaryValue: 0 },
  },
  // ---- names as people write them: right-to-left with the direction marks copied along, particles, two people, one
  // word, a bot's whole sentence: kept as written (splitting or re-casing a name is a guess), only the marks trimmed
  {
    id: 'w74',
    flow: W,
    lead: { firstName: '\u200fدانة', lastName: 'العلي\u200f', email: 'dana.ali@leads.example' },
    expect: { contact: { firstName: 'دانة', lastName: 'العلي' } },
  },
  {
    id: 'w75',
    flow: W,
    lead: { firstName: '\u202bדוד\u202c', lastName: 'כהן', email: 'david.cohen@leads.example' },
    expect: { contact: { firstName: 'דוד', lastName: 'כהן' } },
  },
  {
    id: 'w76',
    flow: W,
    lead: { firstName: 'María José', lastName: 'de la Cruz', email: 'mj.delacruz@leads.example' },
    expect: { contact: { firstName: 'María José', lastName: 'de la Cruz' } },
  },
  {
    id: 'w77',
    flow: W,
    lead: { firstName: 'Ann & Bob', lastName: 'McDonald', email: 'ann.bob@leads.example' },
    expect: { contact: { firstName: 'Ann & Bob', lastName: 'McDonald' } },
  },
  {
    id: 'w78',
    flow: W,
    lead: { firstName: 'Madonna', lastName: ' ', email: 'madonna@leads.example' },
    expect: { contact: { firstName: 'Madonna', lastName: null } },
  },
  {
    id: 'w79',
    flow: W,
    lead: { firstName: 'my name is john', email: 'john.bot@leads.example' },
    expect: { contact: { firstName: 'my name is john' } },
  },
  // ---- an email as a mail client's link, a phone with its label and extension beside a display-name email
  {
    id: 'w80',
    flow: W,
    lead: { firstName: 'Sam', email: '<mailto:sam@leads.example>' },
    expect: { contact: { email: 'sam@leads.example' } },
  },
  {
    id: 'w81',
    flow: W,
    lead: { firstName: 'John', email: 'John Smith <john.smith@leads.example>', phone: '+1 (415) 555-0187 x 12 (work)' },
    expect: {
      contact: { email: 'john.smith@leads.example', phone: '+14155550187' },
      skipped: [
        /^"Email" "John Smith <john\.smith@leads\.example>": the name "John Smith" was not stored/,
        /^"Phone" "\+1 \(415\) 555-0187 x 12 \(work\)": its label "work" and its extension 12 were not stored/,
      ],
    },
  },
  // ---- digits of other scripts (a CJK input mode's full width, Arabic-Indic, Persian): one person, one contact;
  // letters typed for digits and a number inside a sentence are refused, not guessed
  {
    id: 's40',
    flow: S,
    lead: { phone: '４１５−５５５−０１８４', text: 'full width' },
    expect: { contact: { phone: '+14155550184' } },
  },
  { id: 's41', flow: S, lead: { phone: '٤١٥٥٥٥٠١٨٤', text: 'مرحبا' }, expect: { sameAs: 's40' } },
  { id: 's42', flow: S, lead: { phone: '۴۱۵ ۵۵۵ ۰۱۸۴', text: 'سلام' }, expect: { sameAs: 's40' } },
  {
    id: 's43',
    flow: S,
    lead: { phone: '415-555-O1O5', text: 'letters for zeros' },
    expect: {
      refused: { step: 'find_contact', message: /"Phone" "415-555-O1O5" is not a phone number \(only digits/ },
    },
  },
  {
    id: 's44',
    flow: S,
    lead: { phone: 'call me at 4155550186 after 5', text: 'glued' },
    expect: {
      refused: { step: 'find_contact', message: /"Phone" "call me at 4155550186 after 5" is not a phone number/ },
    },
  },
  // ---- chatbot transcripts with the lead's details inline: HTML (entities, <br>), markdown, 40,000 characters:
  // stored exactly as sent (GHL's spec sets no limit on a note or a message body)
  {
    id: 'b19',
    flow: B,
    lead: {
      firstName: 'Dana',
      email: 'dana@leads.example',
      value: '$2,500',
      text: '<p><b>Visitor:</b> Hi&nbsp;there, I&#39;m Dana &amp; my number is 415-555-0188<br>Email: dana@leads.example</p>',
    },
    expect: { monetaryValue: 2500 },
  },
  {
    id: 'w82',
    flow: W,
    lead: {
      firstName: 'Sam',
      email: 'sam.md@leads.example',
      text: '## Lead\n\n- **Name:** Sam\n- **Phone:** `415-555-0189`\n- [x] wants a quote\n\n> "ASAP" — Sam',
    },
    expect: { contact: { email: 'sam.md@leads.example' } },
  },
  {
    id: 'w83',
    flow: W,
    lead: {
      firstName: 'Long',
      email: 'long.note@leads.example',
      text: `<h1>Transcript</h1>${'<p><b>Bot:</b> Anything else?&nbsp;&#x1F600;</p><p><b>Visitor:</b> A &amp; B</p>'.repeat(500)}`,
    },
    expect: { contact: { email: 'long.note@leads.example' } },
  },
  // ---- a Workiz job: the address in one line with its unit (kept as written: splitting it is a guess), the job
  // number and type as tags, the ZIP as a number
  {
    id: 'w84',
    flow: W,
    lead: {
      firstName: 'Carl',
      email: 'carl.job@leads.example',
      address1: '123 Main St Apt 4, Springfield IL 62704',
      postalCode: 62704,
      tags: 'Job #1234, Plumbing Repair, 1234',
      source: 'Workiz',
    },
    expect: {
      contact: {
        address1: '123 Main St Apt 4, Springfield IL 62704',
        postalCode: '62704',
        tags: ['job #1234', 'plumbing repair', '1234', 'new lead'],
        source: 'Workiz',
      },
    },
  },
  {
    id: 'w85',
    flow: W,
    lead: {
      firstName: 'Cora',
      email: 'cora.job@leads.example',
      address1: '9 Elm St, Unit 2B',
      city: 'Boston',
      state: 'MA',
      postalCode: '2134',
    },
    expect: { contact: { address1: '9 Elm St, Unit 2B', city: 'Boston', state: 'MA', postalCode: '02134' } },
  },
];

/**
 * Round 9, run by test/e2e/leads.sheets.test.ts (a file of its own for core's 250-run memory check): leads that went
 * through a spreadsheet, a CSV export or a lead-ads export first: a formula's error cells, UTF-8 read as Windows-1252
 * (Excel opening a UTF-8 CSV), a byte-order mark so read, Excel's ="…" text cells, phones in a sheet's Number format,
 * ZIPs a Code step wrote as decimals, unformatted date cells, Facebook's "p:" phones, exported cells holding two
 * labelled numbers, Windows line endings, country names as Spanish forms abbreviate them.
 */
export const SHEET_LEADS: MessyLead[] = [
  // ---- a VLOOKUP that found nothing: the error value is no name (left out and named, as a placeholder is)
  {
    id: 'w86',
    flow: W,
    lead: { firstName: '#N/A', lastName: 'Nguyen', email: 'vlookup@leads.example', companyName: '#REF!' },
    expect: {
      contact: { firstName: null, lastName: 'Nguyen', companyName: null },
      skipped: [
        /^"First Name" "#N\/A" is a spreadsheet formula's error, not a value\. It was left out\.$/,
        /^"Company Name" "#REF!" is a spreadsheet formula's error, not a value\. It was left out\.$/,
      ],
    },
  },
  {
    id: 'w87',
    flow: W,
    lead: { firstName: 'Vic', email: '#N/A', phone: '(415) 555-0201' },
    expect: {
      contact: { email: null, phone: '+14155550201' },
      skipped: [/^"Email" "#N\/A" is a spreadsheet formula's error, not a value\. It was left out\.$/],
    },
  },
  {
    id: 'b20',
    flow: B,
    lead: { firstName: 'Val', email: 'val.sheet@leads.example', value: '#VALUE!', text: 'Quote for 3 rooms?' },
    expect: { contact: { firstName: 'Val' }, monetaryValue: 0 },
  },
  // ---- UTF-8 read as Windows-1252: read back; a byte-order mark so read is no part of the first column's name
  {
    id: 'w88',
    flow: W,
    lead: { firstName: 'JosÃ©', lastName: 'MuÃ±oz', email: 'jose.munoz@leads.example', city: 'San JosÃ©' },
    expect: { contact: { firstName: 'José', lastName: 'Muñoz', city: 'San José' } },
  },
  {
    id: 'w89',
    flow: W,
    lead: { firstName: 'ï»¿Jane', lastName: 'Oâ€™Brien', email: 'jane.obrien@leads.example', tags: 'ðŸ”¥ Hot Lead' },
    expect: { contact: { firstName: 'Jane', lastName: 'O’Brien', tags: ['🔥 hot lead', 'new lead'] } },
  },
  // A real "Ã" (Portuguese, in capitals as a form's export writes them): kept as written.
  {
    id: 'w90',
    flow: W,
    lead: { firstName: 'JOÃO', lastName: 'CONCEIÇÃO', email: 'joao.caps@leads.example' },
    expect: { contact: { firstName: 'JOÃO', lastName: 'CONCEIÇÃO' } },
  },
  // ---- numbers a sheet formatted: a phone in its Number format, a ZIP as a Code step's decimal, a date's day count
  {
    id: 's45',
    flow: S,
    lead: { phone: '4,155,550,202', text: 'from the contact sheet' },
    expect: { contact: { phone: '+14155550202' } },
  },
  { id: 's46', flow: S, lead: { phone: '4,155,550,202.00', text: 'again, 2 decimals' }, expect: { sameAs: 's45' } },
  {
    id: 'w91',
    flow: W,
    lead: {
      firstName: 'Zed',
      email: 'zed.zip@leads.example',
      postalCode: '2134.0',
      state: 'Massachusetts',
      country: 'United States of America',
    },
    expect: { contact: { postalCode: '02134', state: 'Massachusetts', country: 'US' } },
  },
  {
    id: 'w92',
    flow: W,
    lead: { firstName: 'Dob', email: 'dob.serial@leads.example', dateOfBirth: '32957' },
    expect: {
      refused: { step: 'create_contact', message: /"Date of Birth" .* not "32957" \(a spreadsheet's day number/ },
    },
  },
  // ---- Excel's ="…" text cells (how exports keep zeros in a CSV): their text
  {
    id: 'w93',
    flow: W,
    lead: {
      firstName: 'Exa',
      email: '="exa.text@leads.example"',
      phone: '="(415) 555-0203"',
      postalCode: '="02134"',
    },
    expect: { contact: { email: 'exa.text@leads.example', phone: '+14155550203', postalCode: '02134' } },
  },
  // ---- lead-ads and form exports: Facebook's "p:" phone, the full name in one field, answers with underscores, a
  // Spanish form's country (España; EE. UU.)
  {
    id: 'w94',
    flow: W,
    lead: {
      firstName: 'María López',
      email: 'maria.lopez@leads.example',
      phone: 'p:+34612345678',
      country: 'España',
      tags: 'fb_lead_ads, kitchen_remodel',
    },
    expect: {
      contact: {
        firstName: 'María López',
        phone: '+34612345678',
        country: 'ES',
        tags: ['fb_lead_ads', 'kitchen_remodel', 'new lead'],
      },
    },
  },
  {
    id: 'w95',
    flow: W,
    lead: { firstName: 'Luis', email: 'luis.miami@leads.example', phone: '(305) 555-0204', country: 'EE. UU.' },
    expect: { contact: { phone: '+13055550204', country: 'US' } },
  },
  // ---- exported contacts: a cell of two labelled numbers (refused or skipped saying it holds two), a Workiz client's
  // company and unit kept as written, Windows line endings
  {
    id: 's47',
    flow: S,
    lead: { phone: 'Mobile: 415-555-0205 Home: 415-555-0206', text: 'from the export' },
    expect: { refused: { step: 'find_contact', message: /"Phone" "Mobile: .*" holds 2 phone numbers/ } },
  },
  {
    id: 'w96',
    flow: W,
    lead: {
      firstName: 'Ann',
      email: 'ann.acme@leads.example',
      phone: '(415) 555-0207 (m) (415) 555-0208 (h)',
      companyName: 'Acme Plumbing, Inc.',
      address1: '500 Oak Ave #210',
      state: 'California',
      country: 'USA',
    },
    expect: {
      contact: {
        phone: null,
        companyName: 'Acme Plumbing, Inc.',
        address1: '500 Oak Ave #210',
        state: 'California',
        country: 'US',
      },
      skipped: [/^"Phone" "\(415\) 555-0207 \(m\) \(415\) 555-0208 \(h\)" holds 2 phone numbers/],
    },
  },
  {
    id: 's48',
    flow: S,
    lead: { phone: '415-555-0209\r', text: 'sent from a CSV with Windows line endings\r\n' },
    expect: { contact: { phone: '+14155550209' } },
  },
  {
    id: 'w97',
    flow: W,
    lead: { firstName: 'Ray\r', lastName: 'Diaz\r', email: 'ray.crlf@leads.example\r' },
    expect: { contact: { firstName: 'Ray', lastName: 'Diaz', email: 'ray.crlf@leads.example' } },
  },
];

/**
 * Round 10, run by test/e2e/leads.calls.test.ts (a file of its own for core's 250-run memory check): leads born from a
 * phone call or a text (call tracking as CallRail, Aircall, RingCentral or Workiz hand it over; Salesmsg; a missed-call
 * text-back): caller ID's stand-ins for a name (CNAM's "WIRELESS CALLER", the number itself) or for a withheld number
 * ("Restricted", Twilio's keypad pseudo-numbers), all-caps CNAM names, a dial string's pause digits, a SIP URI,
 * opt-out keywords, a voicemail transcription with its recording link.
 */
export const CALL_LEADS: MessyLead[] = [
  // ---- what caller ID shows when it has no name: left out and named, never a contact called "WIRELESS CALLER"
  {
    id: 'w98',
    flow: W,
    lead: {
      firstName: 'WIRELESS CALLER',
      phone: '+14155550301',
      text: 'Missed call (0:00), no voicemail',
      source: 'CallRail',
    },
    expect: {
      contact: { firstName: null, phone: '+14155550301', source: 'CallRail' },
      skipped: [
        /^"First Name" "WIRELESS CALLER" is what caller ID shows when it has no name or number, not a value\. It was left out\.$/,
      ],
    },
  },
  {
    id: 'w99',
    flow: W,
    lead: { firstName: 'SPAM LIKELY', phone: '(415) 555-0302', text: 'Call 0:12' },
    expect: {
      contact: { firstName: null, phone: '+14155550302' },
      skipped: [/^"First Name" "SPAM LIKELY" is what caller ID/],
    },
  },
  {
    id: 'w101',
    flow: W,
    lead: { firstName: '(415) 555-0304', email: 'caller0304@leads.example', phone: '(415) 555-0304' },
    expect: {
      contact: { firstName: null, phone: '+14155550304' },
      skipped: [
        /^"First Name" "\(415\) 555-0304" is a phone number \(what caller ID shows when it has no name\), not a value\./,
      ],
    },
  },
  {
    id: 'w102',
    flow: W,
    lead: { firstName: 'CELL PHONE   CA', lastName: 'UNKNOWN NAME', phone: '415.555.0305' },
    expect: {
      contact: { firstName: null, lastName: null, phone: '+14155550305' },
      skipped: [/^"First Name" "CELL PHONE {3}CA" is what caller ID/, /^"Last Name" "UNKNOWN NAME" is what caller ID/],
    },
  },
  // CNAM's own names: upper case, last name first, cut at 15 characters: kept as written (re-casing, reordering or
  // completing a name is a guess); the next call from the number lands on the same contact.
  {
    id: 'w103',
    flow: W,
    lead: { firstName: 'JOHNSON ELIZABE', phone: '+1 (415) 555-0306', source: 'CallRail' },
    expect: { contact: { firstName: 'JOHNSON ELIZABE', phone: '+14155550306' } },
  },
  { id: 's49', flow: S, lead: { phone: '14155550306', text: 'Thanks for calling back!' }, expect: { sameAs: 'w103' } },
  // ---- a withheld number: caller ID's word for it, and Twilio's pseudo-numbers that spell it on a phone keypad
  // (+86282452253 "UNAVAILABLE" is a possible Chinese number: stored, every withheld caller would be one contact)
  {
    id: 'w104',
    flow: W,
    lead: { firstName: 'Dee', email: 'dee.call@leads.example', phone: '+86282452253' },
    expect: {
      contact: { firstName: 'Dee', phone: null },
      skipped: [
        /^"Phone" "\+86282452253" is what caller ID shows for a withheld number \(UNAVAILABLE on a phone keypad\), not a value\. It was left out\.$/,
      ],
    },
  },
  {
    id: 'w105',
    flow: W,
    lead: { firstName: 'Anonymous', phone: '+266696687', text: 'Voicemail: no message left' },
    expect: {
      refused: {
        step: 'find_contact',
        message:
          /^Find Contact has nothing to search by: "Phone" "\+266696687" is what caller ID shows for a withheld number \(ANONYMOUS on a phone keypad\)/,
      },
    },
  },
  {
    id: 's50',
    flow: S,
    lead: { phone: 'Restricted', text: 'Is anyone there?' },
    expect: { refused: { step: 'find_contact', message: /"Phone" "Restricted" is what caller ID shows/ } },
  },
  {
    id: 's51',
    flow: S,
    lead: { phone: '+7378742833', text: 'hello?' },
    expect: {
      refused: {
        step: 'find_contact',
        message: /"Phone" "\+7378742833" is what caller ID shows for a withheld number \(RESTRICTED/,
      },
    },
  },
  // Zeros a phone system writes for a blocked caller: a dummy number, no answer (not stored as +10000000000).
  {
    id: 'w106',
    flow: W,
    lead: { firstName: 'Zed', email: 'zed.call@leads.example', phone: '+1 000 000 0000' },
    expect: {
      contact: { firstName: 'Zed', phone: null },
      skipped: [
        /^"Phone" "\+1 000 000 0000" is a dummy number \(one digit repeated, or counting from 1\), not a value\. It was left out\.$/,
      ],
    },
  },
  // ---- a dial string: the digits dialled after a pause (",,123", as a call log or a click-to-call link keeps the
  // extension) are no part of the number: stored without them and named
  {
    id: 'w107',
    flow: W,
    lead: { firstName: 'Pam', email: 'pam.call@leads.example', phone: '+14155550307,,123' },
    expect: {
      contact: { phone: '+14155550307' },
      skipped: [/^"Phone" "\+14155550307,,123": its extension 123 was not stored/],
    },
  },
  { id: 's52', flow: S, lead: { phone: '(415) 555-0307;ext=123', text: 'me again' }, expect: { sameAs: 'w107' } },
  // ---- a SIP URI (a softphone's or a PBX's caller): its number is the caller's, as a tel: link's
  {
    id: 's53',
    flow: S,
    lead: { phone: 'sip:+14155550308@pbx.example.com;user=phone', text: 'Called from my desk phone' },
    expect: { contact: { phone: '+14155550308' } },
  },
  { id: 's54', flow: S, lead: { phone: '+1 415 555 0308', text: 'and from my cell' }, expect: { sameAs: 's53' } },
  // ---- texts as they come: an opt-out keyword (stored as the message: whether it sets Do Not Disturb is GHL's
  // and the Zap's decision), a name and an email inside the text (not read out: a guess), a missed-call text-back's
  // answer, a voicemail's transcription with its length and recording link
  {
    id: 's55',
    flow: S,
    lead: { phone: '(415) 555-0309', text: 'STOP' },
    expect: { contact: { phone: '+14155550309' } },
  },
  {
    id: 's56',
    flow: S,
    lead: {
      phone: '(415) 555-0310',
      text: 'Hi this is John Smith, john.smith.sms@leads.example - need a quote for a roof',
    },
    expect: { contact: { phone: '+14155550310', firstName: null, email: null } },
  },
  {
    id: 's57',
    flow: S,
    lead: {
      phone: '+1 415-555-0311',
      text: 'Sorry we missed your call! Reply here and we will text you back.\n\n> yes please, after 5pm',
    },
    expect: { contact: { phone: '+14155550311' } },
  },
  {
    id: 'w108',
    flow: W,
    lead: {
      firstName: 'Maria',
      phone: '(415) 555-0312',
      text: 'Voicemail (0:42) from (415) 555-0312 at 2026-03-03T14:05:00.000-05:00:\n"Hi, this is Maria, please call me back about the kitchen."\nRecording: https://recordings.example/rec/CA1234.mp3',
    },
    expect: { contact: { firstName: 'Maria', phone: '+14155550312' } },
  },
];

/**
 * Round 11, run by test/e2e/leads.standins.test.ts: what a lead types to get past a required field, and what a chat
 * widget or a social inbox names a visitor it has no name for. A dummy email ("no@email.com", "test@test.com") or
 * phone ("555-555-5555", "123-456-7890") is no answer: every lead typing it would otherwise be found as one contact
 * (Find or Create Contact matches by it). A chat's "Website Visitor" is no name; a handle, a name with emoji, a
 * surname "Guest", a real address at a one-letter local part, a disposable mailbox and the NANP numbers reserved for
 * fiction are kept.
 */
export const STANDIN_LEADS: MessyLead[] = [
  // ---- dummy emails: left out and named; the lead is searched and stored by its phone
  {
    id: 'w109',
    flow: W,
    lead: { firstName: 'Ann', email: 'no@email.com', phone: '415 555 0401', text: 'Quote for a deck, please' },
    expect: {
      contact: { firstName: 'Ann', phone: '+14155550401', email: null },
      skipped: [
        /^"Email" "no@email\.com" is a dummy address \(filler, as people type to get past a required field\), not a value\. It was left out\.$/,
      ],
    },
  },
  // The same dummy address, another phone: another person, another contact (not found by "no@email.com").
  {
    id: 'w110',
    flow: W,
    lead: { firstName: 'Bea', email: 'no@email.com', phone: '415 555 0402', text: 'Fence repair' },
    expect: { contact: { firstName: 'Bea', phone: '+14155550402', email: null }, skipped: [/"Email" "no@email\.com"/] },
  },
  // Ann again with another dummy address: found by her phone.
  {
    id: 'w111',
    flow: W,
    lead: { firstName: 'Ann', email: 'test@test.com', phone: '(415) 555-0401', text: 'Any update on my quote?' },
    expect: { sameAs: 'w109' },
  },
  {
    id: 'b21',
    flow: B,
    lead: { firstName: 'Cy', email: 'noemail@gmail.com', phone: '415-555-0403', text: 'Do you deliver?', value: '90' },
    expect: {
      contact: { firstName: 'Cy', phone: '+14155550403', email: null },
      skipped: [
        /^"Email" "noemail@gmail\.com" is an address that says there is none \(no email, no reply\), not a value\. It was left out\.$/,
      ],
      monetaryValue: 90,
    },
  },
  // A form's notification sender mapped where the lead's address belongs.
  {
    id: 'w112',
    flow: W,
    lead: { firstName: 'Dee', email: 'noreply@typeform.com', phone: '415 555 0404', source: 'Typeform' },
    expect: { contact: { firstName: 'Dee', email: null }, skipped: [/^"Email" "noreply@typeform\.com" is an address/] },
  },
  // The form's placeholder text, sent as typed; "x@x.x" is no address at all, and a dummy first.
  {
    id: 'w113',
    flow: W,
    lead: { firstName: 'Eli', email: 'You@Example.com', phone: '415 555 0405' },
    expect: { contact: { email: null }, skipped: [/^"Email" "You@Example\.com" is a dummy address/] },
  },
  {
    id: 'w114',
    flow: W,
    lead: { firstName: 'Fay', email: 'x@x.x', phone: '415 555 0406' },
    expect: { contact: { email: null, phone: '+14155550406' }, skipped: [/^"Email" "x@x\.x" is a dummy address/] },
  },
  // Nothing else to search by: refused at the search, as for "N/A".
  {
    id: 'b22',
    flow: B,
    lead: { firstName: 'Gil', email: 'asdf@asdf.com', text: 'how much?' },
    expect: {
      refused: {
        step: 'find_contact',
        message: /^Find Contact has nothing to search by: "Email" "asdf@asdf\.com" is a dummy address/,
      },
    },
  },
  // Kept: initials at a real domain, a disposable mailbox (a real inbox), an address at a domain reserved for examples.
  {
    id: 'w115',
    flow: W,
    lead: { firstName: 'Nina', lastName: 'Adams', email: 'na@adamslaw.com', phone: '415 555 0407' },
    expect: { contact: { email: 'na@adamslaw.com', phone: '+14155550407' } },
  },
  {
    id: 'b23',
    flow: B,
    lead: { firstName: 'Kai', email: 'kai.trial@mailinator.com', text: 'just looking' },
    expect: { contact: { email: 'kai.trial@mailinator.com' } },
  },
  // ---- dummy phones: left out and named; two leads with the same one are two contacts
  {
    id: 'w116',
    flow: W,
    lead: { firstName: 'Hal', email: 'hal.standin@leads.example', phone: '(555) 555-5555' },
    expect: {
      contact: { firstName: 'Hal', phone: null },
      skipped: [
        /^"Phone" "\(555\) 555-5555" is a dummy number \(one digit repeated, or counting from 1\), not a value\. It was left out\.$/,
      ],
    },
  },
  {
    id: 'w117',
    flow: W,
    lead: { firstName: 'Ida', email: 'ida.standin@leads.example', phone: '555-555-5555' },
    expect: { contact: { firstName: 'Ida', phone: null }, skipped: [/^"Phone" "555-555-5555" is a dummy number/] },
  },
  {
    id: 'w118',
    flow: W,
    lead: { firstName: 'Jo', email: 'jo.standin@leads.example', phone: '123-456-7890' },
    expect: { contact: { phone: null }, skipped: [/^"Phone" "123-456-7890" is a dummy number/] },
  },
  {
    id: 'b24',
    flow: B,
    lead: { firstName: 'Lu', email: 'lu.standin@leads.example', phone: '0000000000', text: 'hi' },
    expect: { contact: { phone: null }, skipped: [/^"Phone" "0000000000" is a dummy number/] },
  },
  // Kept: a number of the NANP range reserved for fiction is one number, not typed in place of one's own.
  {
    id: 'w119',
    flow: W,
    lead: { firstName: 'Mo', email: 'mo.standin@leads.example', phone: '(415) 555-0142' },
    expect: { contact: { phone: '+14155550142' } },
  },
  // ---- what a chat widget or a social inbox names a visitor it has no name for: left out and named
  {
    id: 'b25',
    flow: B,
    lead: { firstName: 'Website Visitor', email: 'kim.chat@leads.example', text: 'Are you open Sunday?' },
    expect: {
      contact: { firstName: null, email: 'kim.chat@leads.example' },
      skipped: [
        /^"First Name" "Website Visitor" is what a chat widget shows for a visitor it has no name for, not a value\. It was left out\.$/,
      ],
    },
  },
  {
    id: 'b26',
    flow: B,
    lead: { firstName: 'Visitor 4711', email: 'lee.chat@leads.example', text: 'pricing?' },
    expect: { contact: { firstName: null }, skipped: [/^"First Name" "Visitor 4711" is what a chat widget shows/] },
  },
  {
    id: 'b27',
    flow: B,
    lead: { firstName: 'Anonymous', lastName: 'Visitor #12', email: 'ana.chat@leads.example', text: 'hello' },
    expect: {
      contact: { firstName: null, lastName: null },
      skipped: [/^"First Name" "Anonymous" is what caller ID shows/, /^"Last Name" "Visitor #12" is what a chat/],
    },
  },
  {
    id: 'b28',
    flow: B,
    lead: {
      firstName: 'Facebook User',
      phone: '+1 415 555 0408',
      text: 'Is this still available?',
      source: 'Messenger',
    },
    expect: { contact: { firstName: null, phone: '+14155550408' }, skipped: [/^"First Name" "Facebook User" is what/] },
  },
  {
    id: 'b29',
    flow: B,
    lead: { firstName: '#2ftg9', email: 'tidio.chat@leads.example', text: 'hey', source: 'Tidio' },
    expect: { contact: { firstName: null }, skipped: [/^"First Name" "#2ftg9" is what a chat widget shows/] },
  },
  // Kept as the person chose it: an Instagram handle, a display name with emoji, and a surname "Guest".
  {
    id: 'b30',
    flow: B,
    lead: { firstName: '@maria_88', phone: '+1 415 555 0409', text: 'price for gel nails?', source: 'Instagram' },
    expect: { contact: { firstName: '@maria_88' } },
  },
  {
    id: 'b31',
    flow: B,
    lead: { firstName: '🌸 Maria 🌸', lastName: 'Maria 💅 Nails', email: 'maria.nails@leads.example', text: 'hi!' },
    expect: { contact: { firstName: '🌸 Maria 🌸', lastName: 'Maria 💅 Nails' } },
  },
  {
    id: 'w120',
    flow: W,
    lead: { firstName: 'Christopher', lastName: 'Guest', email: 'c.guest@leads.example' },
    expect: { contact: { firstName: 'Christopher', lastName: 'Guest' } },
  },
];

/**
 * Round 12: leads from forms, bots and sheets that write in Spanish, Portuguese, French, German, Italian or Dutch — their
 * yes / no, their words for no answer, dates with the month's name, labels beside a phone or an email, national
 * numbers read in the lead's Country, and gender words.
 */
export const LANGUAGE_LEADS: MessyLead[] = [
  // ---- one lead per language: labels taken off (a mobile's named), the date, the gender word, DND's yes / no
  {
    id: 'w121',
    flow: W,
    lead: {
      firstName: 'Lucía',
      lastName: 'Fernández',
      email: 'Correo: lucia.fernandez@leads.example',
      phone: 'Móvil: 612 34 56 78',
      country: 'España',
      dateOfBirth: 'domingo, 25 de marzo de 1990',
      gender: 'Mujer',
      dnd: 'Sí',
      text: 'Hola, quiero un presupuesto',
    },
    expect: {
      contact: {
        email: 'lucia.fernandez@leads.example',
        phone: '+34612345678',
        country: 'ES',
        dateOfBirth: '1990-03-25',
        gender: 'female',
        dnd: true,
      },
      skipped: [/^"Phone" "Móvil: 612 34 56 78": its label "Móvil" was not stored, as GHL's phone holds none\.$/],
    },
  },
  {
    id: 'w122',
    flow: W,
    lead: {
      firstName: 'João',
      lastName: 'Silva',
      email: 'E-mail: joao.silva@leads.example',
      phone: 'Celular: (11) 98765-4321',
      country: 'Brasil',
      dateOfBirth: '1º de março de 1990',
      gender: 'Masculino',
      dnd: 'Não',
    },
    expect: {
      contact: { phone: '+5511987654321', country: 'BR', dateOfBirth: '1990-03-01', gender: 'male', dnd: false },
      skipped: [/^"Phone" "Celular: \(11\) 98765-4321": its label "Celular" was not stored/],
    },
  },
  {
    id: 'w123',
    flow: W,
    lead: {
      firstName: 'Élodie',
      lastName: 'Martin',
      email: 'Courriel : elodie.martin@leads.example',
      phone: 'Tél. : 01 42 68 53 00',
      country: 'France',
      dateOfBirth: 'lundi 1er mars 1993',
      gender: 'Femme',
      dnd: 'OUI',
    },
    // "Tél." only says it is a phone: nothing was lost.
    expect: {
      contact: {
        email: 'elodie.martin@leads.example',
        phone: '+33142685300',
        dateOfBirth: '1993-03-01',
        gender: 'female',
        dnd: true,
      },
    },
  },
  {
    id: 'w124',
    flow: W,
    lead: {
      firstName: 'Jürgen',
      lastName: 'Müller',
      email: 'E-Mail-Adresse: juergen.mueller@leads.example',
      phone: 'Handy: 0171 1234567',
      country: 'Deutschland',
      dateOfBirth: '25. März 1990',
      gender: 'männlich',
      dnd: 'Nein',
    },
    expect: {
      contact: {
        email: 'juergen.mueller@leads.example',
        phone: '+491711234567',
        country: 'DE',
        dateOfBirth: '1990-03-25',
        gender: 'male',
        dnd: false,
      },
      skipped: [/^"Phone" "Handy: 0171 1234567": its label "Handy" was not stored/],
    },
  },
  {
    id: 'b32',
    flow: B,
    lead: {
      firstName: 'Giulia',
      lastName: 'Rossi',
      email: 'giulia.rossi@leads.example',
      phone: 'Cellulare: 347 123 4567',
      country: 'Italia',
      dateOfBirth: '25 marzo 1990',
      gender: 'Femmina',
      text: 'Buongiorno, vorrei un preventivo',
      value: '1.250,00 €',
    },
    expect: {
      contact: { phone: '+393471234567', country: 'IT', dateOfBirth: '1990-03-25', gender: 'female' },
      skipped: [/^"Phone" "Cellulare: 347 123 4567": its label "Cellulare" was not stored/],
      monetaryValue: 1250,
    },
  },
  {
    id: 'w125',
    flow: W,
    lead: {
      firstName: 'Sanne',
      lastName: 'de Vries',
      email: 'sanne.devries@leads.example',
      phone: 'Mobiel: 06 12345678',
      country: 'Nederland',
      dateOfBirth: '25 mrt. 1990',
      gender: 'Vrouw',
      dnd: 'Nee',
    },
    expect: {
      contact: {
        lastName: 'de Vries',
        phone: '+31612345678',
        country: 'NL',
        dateOfBirth: '1990-03-25',
        gender: 'female',
        dnd: false,
      },
      skipped: [/^"Phone" "Mobiel: 06 12345678": its label "Mobiel" was not stored/],
    },
  },
  // ---- words for no answer: left out and named in one-value fields, kept as a note or a message
  {
    id: 'w126',
    flow: W,
    lead: {
      firstName: 'Carlos',
      lastName: 'ninguno',
      email: 'N/D',
      phone: 'Tel.: +34 612 34 56 79',
      dateOfBirth: 'sin dato',
      text: 'Ninguno',
    },
    expect: {
      contact: { firstName: 'Carlos', lastName: null, email: null, phone: '+34612345679', dateOfBirth: null },
      skipped: [
        /^"Last Name" "ninguno" is a placeholder for no answer, not a value\. It was left out\.$/,
        /^"Email" "N\/D" is a placeholder for no answer/,
        /^"Date of Birth" "sin dato" is a placeholder for no answer/,
      ],
    },
  },
  {
    id: 'w127',
    flow: W,
    lead: {
      firstName: 'Ana',
      lastName: 'não informado',
      email: 'ana.souza@leads.example',
      phone: 'nenhum',
      companyName: 'Não se aplica',
    },
    expect: {
      contact: { firstName: 'Ana', lastName: null, phone: null, companyName: null },
      skipped: [
        /^"Last Name" "não informado" is a placeholder/,
        /^"Phone" "nenhum"/,
        /^"Company Name" "Não se aplica"/,
      ],
    },
  },
  {
    id: 'w128',
    flow: W,
    lead: { firstName: 'Luc', lastName: 'Aucun', email: 'luc.bernard@leads.example', dateOfBirth: 'Non renseigné' },
    expect: {
      contact: { firstName: 'Luc', lastName: null, dateOfBirth: null },
      skipped: [/^"Last Name" "Aucun"/, /^"Date of Birth" "Non renseigné"/],
    },
  },
  {
    id: 'w129',
    flow: W,
    lead: {
      firstName: 'Anna',
      lastName: 'k. A.',
      email: 'anna.k@leads.de',
      companyName: 'keine Angabe',
      city: 'unbekannt',
    },
    expect: {
      contact: { firstName: 'Anna', lastName: null, companyName: null, city: null },
      skipped: [/^"Last Name" "k\. A\."/, /^"Company Name" "keine Angabe"/, /^"City" "unbekannt"/],
    },
  },
  {
    id: 'b33',
    flow: B,
    lead: {
      firstName: 'Marco',
      lastName: 'nessuno',
      email: 'marco.b@leads.example',
      phone: 'non specificato',
      text: 'Nessuno',
    },
    expect: {
      contact: { firstName: 'Marco', lastName: null, phone: null },
      skipped: [/^"Last Name" "nessuno"/, /^"Phone" "non specificato"/],
    },
  },
  {
    id: 'w130',
    flow: W,
    lead: {
      firstName: 'Daan',
      lastName: 'onbekend',
      email: 'daan@leads.example',
      companyName: 'geen',
      dateOfBirth: 'n.v.t.',
    },
    expect: {
      contact: { firstName: 'Daan', lastName: null, companyName: null, dateOfBirth: null },
      skipped: [/^"Last Name" "onbekend"/, /^"Company Name" "geen"/, /^"Date of Birth" "n\.v\.t\."/],
    },
  },
  // A State "NC" is North Carolina, not French "non communiqué"; "Nada" is a name, not Spanish "nothing".
  {
    id: 'w131',
    flow: W,
    lead: { firstName: 'Nada', lastName: 'Haddad', email: 'nada.haddad@leads.example', state: 'NC' },
    expect: { contact: { firstName: 'Nada', state: 'NC' } },
  },
  // ---- gender initials: H is Hombre / Homme; M is Male, but Mujer in a Spanish form's H / M (Mexico's CURP): in a
  // Spanish-speaking country it is left out, naming both readings; V is Vrouw (female) and Varón (male): left out.
  {
    id: 'w132',
    flow: W,
    lead: { firstName: 'Pedro', email: 'pedro.h@leads.example', country: 'España', gender: 'H' },
    expect: { contact: { gender: 'male', country: 'ES' } },
  },
  {
    id: 'w133',
    flow: W,
    lead: {
      firstName: 'Guadalupe',
      email: 'guadalupe@leads.example',
      phone: 'Cel: 55 1234 5678',
      country: 'México',
      gender: 'M',
    },
    expect: {
      contact: { phone: '+525512345678', country: 'MX', gender: null },
      skipped: [
        /^"Phone" "Cel: 55 1234 5678": its label "Cel" was not stored/,
        /^"Gender" "M" is ambiguous in MX: a Spanish form's H \/ M is Hombre \/ Mujer \(M is female\), its M \/ F Masculino \/ Femenino \(M is male\)\. Map Male or Female \(or Hombre \/ Mujer\)\. It was left out\.$/,
      ],
    },
  },
  // In the (US) sub-account, with no Country given, "M" is Male.
  {
    id: 'w134',
    flow: W,
    lead: { firstName: 'Mike', email: 'mike.m@leads.example', gender: 'M' },
    expect: { contact: { gender: 'male' } },
  },
  {
    id: 'w135',
    flow: W,
    lead: { firstName: 'Kim', email: 'kim.v@leads.example', gender: 'V' },
    expect: {
      contact: { firstName: 'Kim', gender: null },
      skipped: [/^"Gender" must be one of "male" \(Male\), "female" \(Female\), not "V"\. It was left out\.$/],
    },
  },
  // ---- a Google Sheet in Spanish shows a checkbox's TRUE as VERDADERO; a yes / no no language reads stops the step
  {
    id: 'w136',
    flow: W,
    lead: { firstName: 'Rosa', email: 'rosa.v@leads.example', dnd: 'VERDADERO', dateOfBirth: '25/03/1990' },
    expect: { contact: { dnd: true, dateOfBirth: '1990-03-25' } },
  },
  {
    id: 'w137',
    flow: W,
    lead: { firstName: 'Iker', email: 'iker@leads.example', dnd: 'Quizás' },
    expect: {
      refused: {
        step: 'create_contact',
        message: /"Do Not Disturb \(all channels\)" must be true or false, not "Quizás"\./,
      },
    },
  },
  // A day-first country's 03/04: both readings named, as everywhere (the form's format is not known).
  {
    id: 'w138',
    flow: W,
    lead: { firstName: 'Inés', email: 'ines@leads.example', country: 'España', dateOfBirth: '03/04/1990' },
    expect: {
      refused: {
        step: 'create_contact',
        message: /"Date of Birth" "03\/04\/1990" is ambiguous: it reads as 1990-03-04 \(month\/day\) or 1990-04-03/,
      },
    },
  },
  // ---- an SMS from abroad: found again by its number however it is written
  {
    id: 's58',
    flow: S,
    lead: { phone: 'WhatsApp: +55 11 98765-4322', firstName: 'Bruna', text: 'Oi, tudo bem?' },
    expect: {
      contact: { phone: '+5511987654322', firstName: 'Bruna' },
      skipped: [/^"Phone" "WhatsApp: \+55 11 98765-4322": its label "WhatsApp" was not stored/],
    },
  },
  { id: 's59', flow: S, lead: { phone: '+55 (11) 98765-4322', text: 'Obrigada!' }, expect: { sameAs: 's58' } },
];

/**
 * Round 13: what lead sources hand to Zapier, mapped whole into the seed Zaps' fields: form builders' unfilled hidden
 * UTM fields, multi-choice answers, Jotform's address as one labelled text, a name as "Last, First", a consent
 * sentence, Google Ads' lead-form column mapped whole, a date with its time zone's name; a job tool's price and a
 * service address in two lines; an MMS's text with its media links, long chat transcripts with speaker labels.
 */
const LONG_CHAT =
  'Visitor: Hi, is the install still $1,250?\nBot: Yes, it includes the permit. Anything else?\n'.repeat(140);

export const SOURCE_LEADS: MessyLead[] = [
  // ---- hidden fields a landing page or a form left unfilled, in its tool's merge-tag syntax: no source, named
  {
    id: 'w139',
    flow: W,
    lead: { firstName: 'Lena', email: 'lena.unbounce@leads.example', source: '{utm_source}', tags: 'Landing Page' },
    expect: {
      contact: { source: null, tags: ['landing page', 'new lead'] },
      skipped: [/^"Source" "\{utm_source\}" is a placeholder for no answer, not a value\. It was left out\.$/],
    },
  },
  {
    id: 'w140',
    flow: W,
    lead: { firstName: 'Walt', email: 'walt.wpforms@leads.example', source: '%utm_source%' },
    expect: { contact: { source: null }, skipped: [/^"Source" "%utm_source%" is a placeholder/] },
  },
  {
    id: 'w141',
    flow: W,
    lead: { firstName: 'Mia', lastName: '*|LNAME|*', email: 'mia.mailchimp@leads.example', source: 'newsletter' },
    expect: {
      contact: { firstName: 'Mia', lastName: null, source: 'newsletter' },
      skipped: [/^"Last Name" "\*\|LNAME\|\*" is a placeholder/],
    },
  },
  // ---- multi-choice answers into tags: a list (line items) or one text with line breaks, duplicates once
  {
    id: 'w142',
    flow: W,
    lead: { firstName: 'Ty', email: 'ty.typeform@leads.example', tags: ['Roof Repair', 'Gutter Cleaning'] },
    expect: { contact: { tags: ['roof repair', 'gutter cleaning', 'new lead'] } },
  },
  {
    id: 'w143',
    flow: W,
    lead: { firstName: 'Gil', email: 'gil.gravity@leads.example', tags: 'Roof Repair\nGutter Cleaning\r\nroof repair' },
    expect: { contact: { tags: ['roof repair', 'gutter cleaning', 'new lead'] } },
  },
  // ---- Jotform's address as one labelled text into Street Address: its parts into City, State, Postal Code and
  // Country (a ZIP's lost zero, a country's name read there); a part the step maps otherwise is kept and named
  {
    id: 'w144',
    flow: W,
    lead: {
      firstName: 'Joy',
      email: 'joy.jotform@leads.example',
      address1:
        'Street Address: 1 Main St\nStreet Address Line 2: Apt 4\nCity: Austin\nState / Province: TX\nPostal / Zip Code: 78701',
    },
    expect: { contact: { address1: '1 Main St, Apt 4', city: 'Austin', state: 'TX', postalCode: '78701' } },
  },
  {
    id: 'w145',
    flow: W,
    lead: {
      firstName: 'Jon',
      email: 'jon.jotform@leads.example',
      address1:
        'Street Address: 9 Elm St\nCity: Boston\nState / Province: MA\nPostal / Zip Code: 2134\nCountry: United States',
    },
    expect: { contact: { address1: '9 Elm St', city: 'Boston', state: 'MA', postalCode: '02134', country: 'US' } },
  },
  {
    id: 'w146',
    flow: W,
    lead: {
      firstName: 'Jen',
      email: 'jen.jotform@leads.example',
      address1: 'Street Address: 1 Oak Ave\nCity: Austin\nState / Province: TX',
      city: 'Round Rock',
      state: 'TX',
    },
    expect: {
      contact: { address1: '1 Oak Ave', city: 'Round Rock', state: 'TX' },
      skipped: [/^"Street Address" ".*": its City "Austin" was not stored, as "City" was given "Round Rock"\.$/],
    },
  },
  // A service address in two lines without labels (Housecall Pro): kept as written, as a one-line one is.
  {
    id: 'w147',
    flow: W,
    lead: {
      firstName: 'Hal',
      email: 'hal.hcp@leads.example',
      address1: '500 Oak Ave\nAustin, TX 78701',
      source: 'Housecall Pro',
    },
    expect: { contact: { address1: '500 Oak Ave\nAustin, TX 78701', city: null, source: 'Housecall Pro' } },
  },
  // ---- a name as "Last, First" (kept: not split, as README says), a consent sentence where yes / no belongs
  // (refused naming it: read as yes it would turn Do Not Disturb on for a lead who agreed to be contacted)
  {
    id: 'w148',
    flow: W,
    lead: { firstName: 'Rivera, Ana', email: 'ana.rivera@leads.example' },
    expect: { contact: { firstName: 'Rivera, Ana', lastName: null } },
  },
  {
    id: 'w149',
    flow: W,
    lead: {
      firstName: 'Hugo',
      email: 'hugo.hubspot@leads.example',
      dnd: 'I agree to receive text messages from Acme at the number provided. Msg & data rates may apply.',
    },
    expect: {
      refused: {
        step: 'create_contact',
        message: /^"Do Not Disturb \(all channels\)" must be true or false, not "I agree to receive text messages/,
      },
    },
  },
  // ---- Google Ads' lead form: its user_column_data values mapped whole into Email (Zapier joins them): refused
  {
    id: 'w150',
    flow: W,
    lead: { firstName: 'Gina', email: 'Gina Ads,gina.gads@leads.example,+16505550123,94043' },
    expect: {
      refused: {
        step: 'find_contact',
        message: /"Email" "Gina Ads,gina\.gads@leads\.example,\+16505550123,94043" is not an email address/,
      },
    },
  },
  // ---- a date answer with its time zone's name: the day as written there, not in UTC (the next day)
  {
    id: 'w151',
    flow: W,
    lead: { firstName: 'Tess', email: 'tess.tz@leads.example', dateOfBirth: '1990-03-25 23:30 America/Chicago' },
    expect: { contact: { dateOfBirth: '1990-03-25' } },
  },
  // ---- a job tool's price with its sign and its code; a price range (no one value) refused at the opportunity
  {
    id: 'b34',
    flow: B,
    lead: {
      firstName: 'Jo',
      email: 'jo.jobber@leads.example',
      value: '$1,250.00 USD',
      text: 'Quote #88: Water Heater Install',
    },
    expect: { contact: { firstName: 'Jo' }, monetaryValue: 1250 },
  },
  {
    id: 'b35',
    flow: B,
    lead: { firstName: 'Rae', email: 'rae.range@leads.example', value: '$1,250.00 - $1,500.00', text: 'Estimate' },
    expect: {
      refused: { step: 'create_opportunity', message: /must be a number, not "\$1,250\.00 - \$1,500\.00"/ },
    },
  },
  // ---- an MMS whose text carries its media links (stored as sent, the links also as attachments); chat transcripts
  // with speaker labels past 10,000 characters into a message and a note: stored whole (the spec sets no limit)
  {
    id: 's60',
    flow: S,
    lead: {
      phone: '(512) 555-0191',
      text: 'Photos of the leak https://media.salesmsg.example/mms/9a.jpg https://media.salesmsg.example/mms/9b.jpg',
      media: 'https://media.salesmsg.example/mms/9a.jpg,https://media.salesmsg.example/mms/9b.jpg',
    },
    expect: { contact: { phone: '+15125550191' } },
  },
  { id: 's61', flow: S, lead: { phone: '+1 512-555-0191', text: 'Any update?' }, expect: { sameAs: 's60' } },
  {
    id: 'b36',
    flow: B,
    lead: { firstName: 'Cy', email: 'cy.chat@leads.example', text: LONG_CHAT },
    expect: { contact: { firstName: 'Cy' }, monetaryValue: 0 },
  },
  {
    id: 'w152',
    flow: W,
    lead: { firstName: 'Wes', email: 'wes.chat@leads.example', text: `User: I need a quote\n${LONG_CHAT}` },
    expect: { contact: { firstName: 'Wes' } },
  },
];

/**
 * Round 13: leads typed on non-Latin keyboards and input methods (Japan, China, Korea, the Gulf, Iran, India, Israel,
 * Thailand, Greece, Russia): digits of other scripts and a CJK input mode's full-width forms in phones, dates, ZIPs
 * and deal values, names in their own script (joiners of Persian spelling kept, direction marks at the ends removed,
 * capitals as written, a CJK name without a space not split), an email's domain in Unicode or punycode (one contact),
 * and dates of other calendars refused rather than stored as another year.
 */
export const SCRIPT_LEADS: MessyLead[] = [
  // ---- Japan: a full-width phone with its "＋", email and ZIP; a date as 年月日; a name without a space kept whole
  {
    id: 'x01',
    flow: W,
    lead: {
      firstName: '太郎',
      lastName: '山田',
      email: 'ｔａｒｏ．ｙａｍａｄａ＠leads.example',
      phone: '＋８１ ９０－１２３４－５６７８',
      postalCode: '１００－０００１',
      country: 'JP',
      dateOfBirth: '1990年3月25日',
    },
    expect: {
      contact: {
        email: 'taro.yamada@leads.example',
        phone: '+819012345678',
        postalCode: '100-0001',
        dateOfBirth: '1990-03-25',
        firstName: '太郎',
      },
    },
  },
  { id: 'x02', flow: S, lead: { phone: '＋８１９０１２３４５６７８', text: 'こんにちは' }, expect: { sameAs: 'x01' } },
  {
    id: 'x03',
    flow: W,
    lead: { firstName: '山田花子', email: 'hanako@leads。example', dateOfBirth: '1985年11月3日(日)' },
    expect: {
      contact: { firstName: '山田花子', lastName: null, email: 'hanako@leads.example', dateOfBirth: '1985-11-03' },
    },
  },
  {
    id: 'x04',
    flow: W,
    lead: { firstName: '一郎', email: 'ichiro@leads.example', dateOfBirth: '平成2年3月25日' },
    expect: {
      refused: {
        step: 'create_contact',
        message:
          /"Date of Birth" must be a date-time .* not "平成2年3月25日" \(its year counts from the Japanese era 平成: write the year in the Western calendar/,
      },
    },
  },
  // ---- China and Korea: 年月日 / 년 월 일 dates, a national number read in the lead's country
  {
    id: 'x05',
    flow: W,
    lead: {
      firstName: '伟',
      lastName: '王',
      email: 'wang.wei@leads.example',
      phone: '138 0013 8000',
      country: 'CN',
      dateOfBirth: '1992年12月8日',
    },
    expect: { contact: { phone: '+8613800138000', dateOfBirth: '1992-12-08', lastName: '王' } },
  },
  {
    id: 'x06',
    flow: W,
    lead: {
      firstName: '민준',
      lastName: '김',
      email: 'minjun@leads.example',
      phone: '010-1234-5678',
      country: 'KR',
      dateOfBirth: '1988년 7월 2일',
    },
    expect: { contact: { phone: '+821012345678', dateOfBirth: '1988-07-02', firstName: '민준' } },
  },
  // ---- the Gulf: Arabic-Indic digits in the phone, the birthday and the deal value (Arabic's own separators)
  {
    id: 'x07',
    flow: B,
    lead: {
      firstName: '\u061Cمحمد',
      lastName: 'العلي\u200F',
      email: 'mohammed.ali@leads.example',
      phone: '+٩٧١ ٥٠ ١٢٣ ٤٥٦٧',
      dateOfBirth: '٢٥/٠٣/١٩٩٠',
      value: 'AED ١٬٢٥٠٫٥٠',
      text: 'مرحبا، أريد عرض سعر',
    },
    expect: {
      contact: { firstName: 'محمد', lastName: 'العلي', phone: '+971501234567', dateOfBirth: '1990-03-25' },
      monetaryValue: 1250.5,
    },
  },
  { id: 'x08', flow: S, lead: { phone: '٠٠٩٧١٥٠١٢٣٤٥٦٧', text: 'هل من جديد؟' }, expect: { sameAs: 'x07' } },
  {
    id: 'x09',
    flow: B,
    lead: { firstName: 'سارة', email: 'sara@leads.example', value: '٣٥٠٠', text: 'السعر؟' },
    expect: { contact: { firstName: 'سارة' }, monetaryValue: 3500 },
  },
  // ---- Iran: Persian digits, a joiner inside the name (Persian spelling: kept), a Solar Hijri birthday refused
  {
    id: 'x10',
    flow: W,
    lead: { firstName: 'علی\u200Cرضا', lastName: 'محمدی', email: 'alireza@leads.example', phone: '+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹' },
    expect: { contact: { firstName: 'علی\u200Cرضا', phone: '+989123456789' } },
  },
  {
    id: 'x11',
    flow: W,
    lead: { firstName: 'مریم', email: 'maryam@leads.example', dateOfBirth: '۱۳۶۹/۰۱/۰۵' },
    expect: { refused: { step: 'create_contact', message: /"Date of Birth" "۱۳۶۹\/۰۱\/۰۵" .*Hijri/ } },
  },
  {
    id: 'x12',
    flow: B,
    lead: { firstName: 'رضا', email: 'reza@leads.example', value: '۱۲۵۰٫۵', text: 'قیمت؟' },
    expect: { contact: { firstName: 'رضا' }, monetaryValue: 1250.5 },
  },
  // ---- India and Thailand: Devanagari and Thai digits
  {
    id: 'x13',
    flow: W,
    lead: {
      firstName: 'प्रिया',
      lastName: 'शर्मा',
      email: 'priya@leads.example',
      phone: '+९१ ९८७६५ ४३२१०',
      postalCode: '११००११',
      country: 'IN',
    },
    expect: { contact: { firstName: 'प्रिया', phone: '+919876543210', postalCode: '110011' } },
  },
  {
    id: 'x14',
    flow: B,
    lead: { firstName: 'Arjun', email: 'arjun@leads.example', value: '₹१,२५,०००', text: 'quote?' },
    expect: { monetaryValue: 125000 },
  },
  {
    id: 'x15',
    flow: W,
    lead: { firstName: 'สมชาย', email: 'somchai@leads.example', phone: '๐๘๑ ๒๓๔ ๕๖๗๘', country: 'TH' },
    expect: { contact: { firstName: 'สมชาย', phone: '+66812345678' } },
  },
  // ---- Israel, Greece, Russia: direction marks at the ends, capitals as written, a Cyrillic domain
  {
    id: 'x16',
    flow: W,
    lead: {
      firstName: '\u200Fנועה\u200F',
      lastName: 'לוי',
      email: '\u200Fnoa.levi@leads.example',
      phone: '\u202A+972-52-123-4567\u202C',
    },
    expect: { contact: { firstName: 'נועה', email: 'noa.levi@leads.example', phone: '+972521234567' } },
  },
  {
    id: 'x17',
    flow: W,
    lead: { firstName: 'ΓΙΩΡΓΟΣ', lastName: 'ΠΑΠΑΔΟΠΟΥΛΟΣ', email: 'giorgos@leads.example', tags: 'ΠΕΛΑΤΗΣ, πελατης' },
    expect: { contact: { firstName: 'ΓΙΩΡΓΟΣ', lastName: 'ΠΑΠΑΔΟΠΟΥΛΟΣ', tags: ['πελατης', 'new lead'] } },
  },
  {
    id: 'x18',
    flow: W,
    lead: { firstName: 'ИВАН', lastName: 'ИВАНОВ', email: 'ivan@ПРИМЕР.РФ' },
    expect: { contact: { lastName: 'ИВАНОВ', email: 'ivan@xn--e1afmkfd.xn--p1ai' } },
  },
  { id: 'x19', flow: W, lead: { firstName: 'Иван', email: 'ivan@xn--e1afmkfd.xn--p1ai' }, expect: { sameAs: 'x18' } },
  // ---- an internationalized domain in Unicode (as typed), then in punycode (as web forms send it): one contact
  {
    id: 'x20',
    flow: W,
    lead: { firstName: 'Zoë', email: 'zoë@bücher.example' },
    expect: { contact: { email: 'zoë@xn--bcher-kva.example' } },
  },
  { id: 'x21', flow: W, lead: { firstName: 'Zoë', email: 'zoë@xn--bcher-kva.example' }, expect: { sameAs: 'x20' } },
  // ---- a US ZIP in Arabic-Indic digits; a deal value from a Japanese input mode
  {
    id: 'x22',
    flow: B,
    lead: {
      firstName: 'Omar',
      email: 'omar@leads.example',
      postalCode: '٠٢١٣٤',
      value: '１，２５０．５０',
      text: 'hi',
    },
    expect: { contact: { postalCode: '02134' }, monetaryValue: 1250.5 },
  },
  // ---- month names of other languages (ICU), lists split at a CJK or Arabic comma, amounts in local currency letters
  {
    id: 'x23',
    flow: W,
    lead: { firstName: 'Анна', email: 'anna@leads.example', dateOfBirth: '25 марта 1990 г.' },
    expect: { contact: { firstName: 'Анна', dateOfBirth: '1990-03-25' } },
  },
  {
    id: 'x24',
    flow: W,
    lead: { firstName: '花子', email: 'hanako.tags@leads.example', tags: 'VIP、ウェビナー，新規' },
    expect: { contact: { tags: ['vip', 'ウェビナー', '新規', 'new lead'] } },
  },
  {
    id: 'x25',
    flow: B,
    lead: {
      firstName: 'فهد',
      email: 'fahad@leads.example',
      tags: 'عميل، مهم',
      value: '\u200F١٬٢٥٠٫٠٠ ر.س.\u200F',
      text: 'أريد عرض سعر',
    },
    expect: { contact: { tags: ['عميل', 'مهم'] }, monetaryValue: 1250 },
  },
  {
    id: 'x26',
    flow: B,
    lead: {
      firstName: 'Yuki',
      email: 'yuki@leads.example',
      value: '1,250円',
      dateOfBirth: '25 Μαρτίου 1990',
      text: 'hi',
    },
    expect: { contact: { dateOfBirth: '1990-03-25' }, monetaryValue: 1250 },
  },
  {
    id: 'x27',
    flow: W,
    lead: { firstName: 'สมหญิง', email: 'somying@leads.example', dateOfBirth: '25 มี.ค. 2533' },
    expect: {
      refused: { step: 'create_contact', message: /"Date of Birth" "25 มี\.ค\. 2533" .*Thai Buddhist calendar/ },
    },
  },
];

/** Every lead of the corpus: each list runs in a file of its own (leads*.test.ts, under core's 250-run memory check). */
export const ALL_LEADS: MessyLead[] = [
  CORPUS,
  MORE_LEADS,
  FORM_LEADS,
  BOT_LEADS,
  SHEET_LEADS,
  CALL_LEADS,
  STANDIN_LEADS,
  LANGUAGE_LEADS,
  SOURCE_LEADS,
  SCRIPT_LEADS,
].flat();
