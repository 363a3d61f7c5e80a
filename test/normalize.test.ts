import { flattenCustomFields } from '../lib/customFields';
import { F } from '../lib/fields';
import { convert, type Field } from '../lib/op';
import { toBoolean } from '../lib/values';
import { bodySnippet } from '../lib/readable';
import {
  addressParts,
  byEmail,
  calendarDay,
  cleanText,
  emailLabel,
  emailName,
  emailForms,
  epochMillis,
  InputError,
  isPlaceholder,
  listItems,
  isoSeconds,
  isoText,
  normalizeEmail,
  normalizeEmails,
  normalizePhone,
  phoneExtension,
  phoneLabel,
  normalizeTags,
  parseNumber,
  placeholderSaid,
  sameEmail,
  phoneNeedsCountry,
  plainDigits,
  postalCode,
  postalNeedsCountry,
  timezoneName,
  toCountryCode,
  unicodeEmail,
  URL_SEPARATORS,
} from '../lib/normalize';

/** The InputError message a call throws (fails the test when it does not throw one). */
const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
};

describe('emails', () => {
  it.each([
    ['  zoe@example.com  ', 'zoe@example.com'],
    ['ana.k@example.com ', 'ana.k@example.com'],
    ['Ana.K@Example.COM', 'Ana.K@example.com'],
    ['\tmixed.Case@Sub.Example.Org\n', 'mixed.Case@sub.example.org'],
    ['Zoe Example <zoe@example.com>', 'zoe@example.com'],
    ['mailto:zoe@example.com', 'zoe@example.com'],
    ['josé.niño@example.es', 'josé.niño@example.es'],
    // Invisible characters copied from a page or a chat: GHL's isEmail takes them, and the contact would then no
    // longer match the lead's next delivery.
    ['zoe@example.com\u200B', 'zoe@example.com'],
    ['\u200Ezoe@exa\u00ADmple.com\u2069', 'zoe@example.com'],
    // Quoted (a CSV cell), or with the full stop of the sentence it was typed in.
    ['"zoe@example.com"', 'zoe@example.com'],
    ["'zoe@Example.com'", 'zoe@example.com'],
    ['zoe@example.com.', 'zoe@example.com'],
    // Line items with one address beside empty ones, mapped into this one-value field: Zapier joins them with commas.
    ['zoe@example.com,', 'zoe@example.com'],
    [', zoe@example.com, ,', 'zoe@example.com'],
    ['; zoe@example.com;', 'zoe@example.com'],
  ])('%j -> %j', (raw, wire) => expect(normalizeEmail(raw)).toBe(wire));

  it.each(['a@b.com; c@d.com', 'a@b.com,c@d.com', 'a@b.com or Zoe@D.com'])(
    'refuses %j saying it holds two addresses (not that it is no email)',
    (raw) =>
      expect(refusal(() => normalizeEmail(raw, '"Email"'))).toBe(
        `"Email" ${JSON.stringify(raw)} holds 2 email addresses, and it takes one: map only one of them.`,
      ),
  );

  it('trims invisible formatting characters off one-line text and tags, keeping emoji joiners inside', () => {
    expect(cleanText('\u200F José Niño\u200B ')).toBe('José Niño');
    expect(cleanText('\uFEFF👩\u200D👩\u200D👧 Fam')).toBe('👩\u200D👩\u200D👧 Fam');
    expect(normalizeTags('vip\u200B, VIP, \u2060')).toEqual(['vip']);
  });

  it('reads an address typed with decomposed accents or in a CJK input mode as the plain one (one contact, not two)', () => {
    expect(normalizeEmail('jose\u0301@bu\u0308cher.de')).toBe('jos\u00e9@xn--bcher-kva.de');
    expect(normalizeEmail('\uff4a\uff41\uff4e\uff45\uff20\uff58\uff0e\uff43\uff4f\uff4d')).toBe('jane@x.com');
    expect(normalizeEmail('jane\uff20Example.com')).toBe('jane@example.com');
  });

  it('composes accents of one-line text, tags and choices (NFC): "Zoe\\u0308" is "Zoë"', () => {
    expect(cleanText(' Zoe\u0308 Ren\u0065\u0301e ')).toBe('Zo\u00eb Ren\u00e9e');
    expect(cleanText('\uff34\uff41\uff52\uff4f')).toBe('\uff34\uff41\uff52\uff4f'); // a full-width name is kept
    expect(normalizeTags('Caf\u00e9, Cafe\u0301, zoe\u0308')).toEqual(['Caf\u00e9', 'zo\u00eb']);
    const insurer = F.choice('insurer', 'Insurer', ['Zoe\u0308 Care', 'Delta']);
    expect(convert(insurer, 'zo\u00eb care', {} as never)).toBe('Zoe\u0308 Care');
  });

  // A label beside the address, as CRMs and people write it: the address is stored, the label named by the step
  // (lib/fields.ts F.email `dropped`), since GHL's email holds none.
  it.each([
    ['Work: ann@example.com', 'Work'],
    ['ann@example.com (work)', 'work'],
    ['ann@example.com - home', 'home'],
    ['Personal ann@example.com', 'Personal'],
    // A label that only says it is an email loses nothing: taken off, not named (as "mailto:").
    ['E-mail: Ann@Example.COM', undefined],
    ['Email address: ann@example.com', undefined],
  ])('%j -> the address, its label %j left out', (raw, label) => {
    expect(normalizeEmail(raw).toLowerCase()).toBe('ann@example.com');
    expect(emailLabel(raw)).toBe(label);
  });

  it('takes no label off an address that starts with the word (work.ann@…) or is the word (home@…)', () => {
    for (const raw of ['work.ann@example.com', 'work-ann@example.com', 'home@example.com', 'mailto:ann@example.com']) {
      expect(normalizeEmail(raw)).toBe(raw.replace('mailto:', ''));
      expect(emailLabel(raw)).toBeUndefined();
    }
    expect(refusal(() => normalizeEmail('Work: a@b.com, Home: c@d.com'))).toBe(
      '"Email" "Work: a@b.com, Home: c@d.com" holds 2 email addresses, and it takes one: map only one of them.',
    );
  });

  // As a chatbot writes an address (markdown), or a mail app with the person's name: the address is read, and a name
  // written with it is named by the step (F.email `dropped`), as a label is: GHL's email holds none.
  it.each([
    ['[ann@x.com](mailto:ann@x.com)', 'ann@x.com', undefined],
    ['[Ann@X.com](mailto:ann@x.com)', 'Ann@x.com', undefined],
    ['[ann@x.com](ann@x.com)', 'ann@x.com', undefined],
    ['[Ann Lee](mailto:ann@x.com)', 'ann@x.com', 'Ann Lee'],
    ['**ann@x.com**', 'ann@x.com', undefined],
    ['__ann@x.com__', 'ann@x.com', undefined],
    ['*ann@x.com*', 'ann@x.com', undefined],
    ['`ann@x.com`', 'ann@x.com', undefined],
    ['***[ann@x.com](mailto:ann@x.com)***', 'ann@x.com', undefined],
    ['ann@x.com (Ann Lee)', 'ann@x.com', 'Ann Lee'],
    ['Ann Lee <ann@x.com>', 'ann@x.com', 'Ann Lee'],
    ['"Lee, Ann" <ann@x.com>', 'ann@x.com', 'Lee, Ann'],
    ['**Ann Lee** <ann@x.com>', 'ann@x.com', 'Ann Lee'],
    ['<ann@x.com>', 'ann@x.com', undefined],
    // Outlook's form of an address it has no name for: the name is the address itself, nothing to name.
    ['ANN@X.COM <ann@x.com>', 'ann@x.com', undefined],
    ['"ann@x.com" <ann@x.com>', 'ann@x.com', undefined],
    ['ann@x.com (work)', 'ann@x.com', undefined], // a label (emailLabel), not a name
    // Underscores are part of an address: only a pair around the whole value is markdown.
    ['_ann_@x.com', '_ann_@x.com', undefined],
  ])('%j -> %j, the name %j left out', (raw, wire, name) => {
    expect(normalizeEmail(raw)).toBe(wire);
    expect(emailName(raw)).toBe(name);
  });

  it('refuses a markdown link that shows another address than it points to, naming both', () => {
    expect(refusal(() => normalizeEmail('[ann@x.com](mailto:bob@x.com)'))).toBe(
      '"Email" "[ann@x.com](mailto:bob@x.com)" is a link that shows the address ann@x.com but points to bob@x.com: ' +
        'map the one you mean.',
    );
  });

  it.each(['zoe@example', 'zoe example.com', 'n/a', '@example.com', 'zoe@@example.com'])(
    'refuses %j naming field and value',
    (raw) => {
      expect(refusal(() => normalizeEmail(raw, '"Email"'))).toBe(
        `"Email" ${JSON.stringify(raw)} is not an email address (expected something like name@example.com).`,
      );
    },
  );
});

describe('email lists (CC, BCC)', () => {
  it.each([
    ['a@b.com; C@D.com', ['a@b.com', 'C@d.com']],
    [
      ['x@y.com\nZoe <z@W.com>', ' , '],
      ['x@y.com', 'z@w.com'],
    ],
    [' ; ', []],
    // A display name holding a comma, in quotes (Outlook's "Last, First"): one address, not the items '"Doe' and 'Jane" <…>'.
    ['"Doe, Jane" <jane@X.com>, bob@y.com', ['jane@x.com', 'bob@y.com']],
  ])('%j -> %j', (raw, wire) => expect(normalizeEmails(raw, '"CC"')).toEqual(wire));

  it('refuses the first unreadable item, naming field and item', () => {
    expect(refusal(() => normalizeEmails(['ok@deos.com', 'not an email'], '"CC"'))).toBe(
      '"CC" "not an email" is not an email address (expected something like name@example.com).',
    );
  });
});

describe('phones', () => {
  it.each([
    ['+1 415 555 0100', undefined, '+14155550100'],
    ['(415) 555-0100', 'US', '+14155550100'],
    ['415.555.0100', 'US', '+14155550100'],
    ['0049 30 1234567', undefined, '+49301234567'],
    ['+49 (0)30 1234567', undefined, '+49301234567'],
    ['030 1234567', 'DE', '+49301234567'],
    ['07911 123456', 'GB', '+447911123456'],
    ['06 12 34 56 78', 'FR', '+33612345678'],
    ['98765 43210', 'IN', '+919876543210'],
    ['tel:+33 1 23 45 67 89', undefined, '+33123456789'],
    ['+1 415 555 0100 ext. 12', undefined, '+14155550100'],
    ['  +61 2 9374 4000 ', 'US', '+61293744000'],
    // One number beside empty line items (joined with commas by Zapier); a number in an area code newer than the
    // pinned data (only the plan's shape, US [2-9]\d{9}, is checked, no ranges); Italy keeps its leading 0.
    [', (415) 555-0100, ,', 'US', '+14155550100'],
    [',+44 20 7946 0958', 'US', '+442079460958'],
    ['(555) 555-0100', 'US', '+15555550100'],
    // Underscores between digit groups separate them (an export's or a slug's), and a chatbot's markdown is no part.
    ['415_555_0100', 'US', '+14155550100'],
    ['+1_(415)_555_0100 x12', undefined, '+14155550100'],
    ['**415-555-0100**', 'US', '+14155550100'],
    ['`+44 20 7946 0958`', 'US', '+442079460958'],
    ['06 1234 5678', 'IT', '+390612345678'],
  ])('%j in %s -> %s', (raw, country, wire) => expect(normalizePhone(raw, '"Phone"', country)).toBe(wire));

  // A label beside the number, as CRMs, job tools and people write it, is taken off; the step names it
  // (phoneLabel, lib/fields.ts) because GHL's phone cannot hold it.
  it.each([
    ['415-555-0100 (cell)', 'US', '+14155550100', 'cell'],
    ['Cell: (415) 555-0100', 'US', '+14155550100', 'Cell'],
    ['Mobile +44 7700 900123', 'US', '+447700900123', 'Mobile'],
    ['M: 415.555.0100', 'US', '+14155550100', 'M'],
    ['(415) 555-0100 - work', 'US', '+14155550100', 'work'],
    ['Cell No. 0049 30 1234567', 'US', '+49301234567', 'Cell No'],
    ['WhatsApp: +33 6 12 34 56 78', 'US', '+33612345678', 'WhatsApp'],
    ['415 555 0100 ext. 7 (office)', 'US', '+14155550100', 'office'],
    // A label that only says it is a phone (as "tel:") loses nothing: taken off, not named in Skipped Values.
    ['Tel: (415) 555-0100', 'US', '+14155550100', undefined],
    ['Tel. 0049 30 1234567', 'US', '+49301234567', undefined],
    ['Phone: 415 555 0100', 'US', '+14155550100', undefined],
    ['Phone Number: 415-555-0100', 'US', '+14155550100', undefined],
    ['Ph: 02 9374 4000', 'AU', '+61293744000', undefined],
    ['T: +44 20 7946 0958', 'US', '+442079460958', undefined],
    ['P: 415.555.0100', 'US', '+14155550100', undefined],
    ['415 555 0100 (phone)', 'US', '+14155550100', undefined],
  ])('%j in %s -> %s, its label %j left out', (raw, country, wire, label) => {
    expect(normalizePhone(raw, '"Phone"', country)).toBe(wire);
    expect(phoneLabel(raw)).toBe(label);
    expect(phoneNeedsCountry(raw)).toBe(!/^\D*(\+|00)/.test(raw));
  });

  it('takes off only the words that say which number it is', () => {
    expect(phoneLabel('(415) 555-0100')).toBeUndefined();
    expect(phoneLabel('+1 415 555 0100 ext. 12')).toBeUndefined();
    // A name or "fax" beside a number is not a label: the value is refused as before.
    expect(refusal(() => normalizePhone('415 555 0100 (Zoe)', '"Phone"', 'US'))).toMatch(
      /is not a phone number \(only digits/,
    );
    expect(refusal(() => normalizePhone('Fax: 415 555 0100', '"Phone"', 'US'))).toMatch(
      /is not a phone number \(only digits/,
    );
    expect(refusal(() => normalizePhone('Phone: n/a', '"Phone"', 'US'))).toMatch(/is not a phone number \(only digits/);
    // Two labelled numbers are still two numbers.
    expect(refusal(() => normalizePhone('Cell: 415 555 0100, Home: 415 555 0101', '"Phone"', 'US'))).toBe(
      '"Phone" "Cell: 415 555 0100, Home: 415 555 0101" holds 2 phone numbers, and it takes one: map only one of them.',
    );
  });

  // A label and an extension in either order; a marker with no digits after it (a form's empty extension box) is no
  // extension: the number is stored.
  it.each([
    ['415 555 0100 (work) x12', 'work', '12'],
    ['415 555 0100 work x12', 'work', '12'],
    ['Work: 415 555 0100 ext. 12', 'Work', '12'],
    ['415 555 0100 ext. 12 (work)', 'work', '12'],
    ['Phone #: 415 555 0100 x3', undefined, '3'],
    ['415 555 0100 ext.', undefined, undefined],
    ['415 555 0100 x', undefined, undefined],
    ['(415) 555-0100 #', undefined, undefined],
    ['Cell: 415 555 0100 ext', 'Cell', undefined],
    ['tel:+1-415-555-0100;ext=12', undefined, '12'],
  ])('%j -> +14155550100, its label %j and extension %j named', (raw, label, ext) => {
    expect(normalizePhone(raw, '"Phone"', 'US')).toBe('+14155550100');
    expect(phoneLabel(raw)).toBe(label);
    expect(phoneExtension(raw)).toBe(ext);
  });

  it('reads a country code in brackets as international: no sub-account country is needed', () => {
    for (const raw of ['(+44) 7700 900123', '(0044) 7700-900123', '+(44) 7700 900123']) {
      expect(phoneNeedsCountry(raw)).toBe(false);
      expect(normalizePhone(raw, '"Phone"', undefined)).toBe('+447700900123');
    }
  });

  // A Code step's or a CSV export's number as a decimal: its digits when every digit is written.
  it.each([
    ['4155550100.0', 'US', '+14155550100'],
    [4155550100.0, 'US', '+14155550100'],
    ['14155550100.00', 'US', '+14155550100'],
    ['1.4155550100E10', 'US', '+14155550100'],
    ['+14155550100.0', undefined, '+14155550100'],
  ])('%j in %s -> %s', (raw, country, wire) => expect(normalizePhone(raw, '"Phone"', country)).toBe(wire));

  it('refuses a decimal whose digits are not all written, or that has a fraction, saying why', () => {
    // A spreadsheet shows 14155550100 as 1.41556E+10: read as 14155600000 it would be another person's number.
    for (const raw of ['1.41556E+10', '1.41555501E10', '4.477E11']) {
      expect(refusal(() => normalizePhone(raw, '"Phone"', 'US'))).toBe(
        `"Phone" "${raw}" is a number in scientific notation, as a spreadsheet shows a long number: its last digits may ` +
          'have been rounded off. Format the column as text (or write the number in full) and send it again.',
      );
      expect(phoneNeedsCountry(raw)).toBe(false);
    }
    expect(refusal(() => normalizePhone('4155550100.5', '"Phone"', 'US'))).toBe(
      '"Phone" "4155550100.5" is not a phone number: it has a decimal part.',
    );
  });

  it('refuses a vanity number showing its keypad reading, and takes no label off one ("1 800 555 WORK")', () => {
    expect(refusal(() => normalizePhone('1-800-FLOWERS', '"Phone"', 'US'))).toBe(
      '"Phone" "1-800-FLOWERS" has letters, which are not read as digits: write the number in digits (on a phone ' +
        'keypad it is +1 800 356 9377).',
    );
    expect(refusal(() => normalizePhone('1 800 555 WORK', '"Phone"', 'US'))).toBe(
      '"Phone" "1 800 555 WORK" has letters, which are not read as digits: write the number in digits (on a phone ' +
        'keypad it is +1 800 555 9675).',
    );
    expect(refusal(() => normalizePhone('+1 800 555 WORK', '"Phone"'))).toMatch(/keypad it is \+1 800 555 9675\)\.$/);
    // Its keypad digits are read in the sub-account's country, which is asked for it (never for words alone).
    expect(phoneNeedsCountry('1-800-FLOWERS')).toBe(true);
    // With no country to read it in, digits that start with a country code still show their keypad reading; others
    // are asked for with their country code. Words after a bracketed area code are read too.
    expect(refusal(() => normalizePhone('1-800-FLOWERS', '"Phone"'))).toMatch(/keypad it is \+1 800 356 9377\)\.$/);
    expect(refusal(() => normalizePhone('1 800 555 WORK', '"Phone"'))).toMatch(/keypad it is \+1 800 555 9675\)\.$/);
    expect(refusal(() => normalizePhone('800-FLOWERS', '"Phone"'))).toBe(
      '"Phone" "800-FLOWERS" has letters, which are not read as digits: write the number in digits, with its country ' +
        'code (e.g. +14155550100).',
    );
    expect(refusal(() => normalizePhone('(800) GO-FEDEX', '"Phone"', 'US'))).toMatch(/keypad it is \+1 800 463 3339\)/);
    expect(phoneNeedsCountry('(800) GO-FEDEX')).toBe(true);
    expect(phoneNeedsCountry('call me')).toBe(false);
    // A label after a whole number is still a label; letters that make no number on the keypad are no vanity number.
    expect(normalizePhone('415 555 0100 WORK', '"Phone"', 'US')).toBe('+14155550100');
    for (const raw of ['415 555 01OO', '415 555 0100 fax', '1-800-BOX']) {
      expect(refusal(() => normalizePhone(raw, '"Phone"', 'US'))).toBe(
        `"Phone" "${raw}" is not a phone number (only digits, spaces, + ( ) - . are expected).`,
      );
    }
  });

  it('refuses a national number that does not fit the sub-account country, saying to add its country code', () => {
    const hint = ' A number from another country needs its country code, e.g. +44 7700 900123.';
    // A Berlin number has a US number's 10 digits, but no US number starts with 0: it would be stored as +10301234567.
    expect(refusal(() => normalizePhone('030 1234567', '"Phone"', 'US'))).toBe(
      `"Phone" "030 1234567" is not a phone number (read as a US number): no US number is written like that.${hint}`,
    );
    expect(refusal(() => normalizePhone('(123) 456-7890', '"Phone"', 'US'))).toMatch(/no US number is written like/);
    // A UK mobile has 11 digits.
    expect(refusal(() => normalizePhone('07700 900123', '"Phone"', 'US'))).toBe(
      `"Phone" "07700 900123" is not a phone number (read as a US number): it has too few or too many digits.${hint}`,
    );
  });

  it("reads a Mexican mobile written with the prefix 1 that Mexico dropped in 2019 (WhatsApp's and Twilio's form)", () => {
    expect(normalizePhone('+52 1 55 1234 5678', '"Phone"')).toBe('+525512345678');
    expect(normalizePhone('+5218112345678', '"Phone"', 'US')).toBe('+528112345678');
    expect(normalizePhone('0052 1 (55) 1234-5678', '"Phone"')).toBe('+525512345678');
    expect(normalizePhone('+52 55 1234 5678', '"Phone"')).toBe('+525512345678');
    // Only a 1 before 10 more digits is the old prefix: a 10-digit number starting with 1 is not cut to 9 digits; no
    // Mexican area code starts with 1, so it is refused by Mexico's plan.
    expect(refusal(() => normalizePhone('+52 155 123 4567', '"Phone"'))).toBe(
      '"Phone" "+52 155 123 4567" is not a phone number: no MX number is written like that.',
    );
  });

  it("reads a Brazilian mobile written without the 9 all mobiles got before their 8 digits (WhatsApp's form outside SP / RJ / ES)", () => {
    expect(normalizePhone('+55 81 8832-7966', '"Phone"')).toBe('+5581988327966');
    expect(normalizePhone('+554799887766', '"Phone"')).toBe('+5547999887766');
    expect(normalizePhone('(11) 8765-4321', '"Phone"', 'BR')).toBe('+5511987654321');
    expect(normalizePhone('+55 11 98765-4321', '"Phone"')).toBe('+5511987654321');
    // 8 digits starting with 2–5 are a landline's: kept as they are.
    expect(normalizePhone('+55 45 3278-2153', '"Phone"')).toBe('+554532782153');
    expect(normalizePhone('(11) 3456-7890', '"Phone"', 'BR')).toBe('+551134567890');
  });

  it('says to add the "+" to digits that start with a country code, without reading them so unasked', () => {
    expect(refusal(() => normalizePhone('5511981234567', '"Phone"', 'US'))).toBe(
      '"Phone" "5511981234567" is not a phone number (read as a US number): it has too few or too many digits. If 55 is its country code, write it with a "+": +55 11 98123 4567.',
    );
    expect(refusal(() => normalizePhone('44 7911 123456', '"Phone"', 'US'))).toMatch(
      /If 44 is its country code, write it with a "\+": \+44 7911 123456\.$/,
    );
  });

  it.each(['415-555-0125 / 415-555-0126', '(415) 555-0125, +44 20 7946 0958', '+1 415 555 0125 or 415 555 0126'])(
    'refuses %j saying it holds two numbers (not that it has too many digits)',
    (raw) =>
      expect(refusal(() => normalizePhone(raw, '"Phone"', 'US'))).toBe(
        `"Phone" ${JSON.stringify(raw)} holds 2 phone numbers, and it takes one: map only one of them.`,
      ),
  );

  it('knows when the sub-account country is needed', () => {
    expect(phoneNeedsCountry('(415) 555-0100')).toBe(true);
    expect(phoneNeedsCountry(' +1 415 555 0100')).toBe(false);
    expect(phoneNeedsCountry('0049 30 1234567')).toBe(false);
  });

  it('refuses what is not a phone, naming field and value', () => {
    expect(refusal(() => normalizePhone('12', '"Phone"', 'US'))).toBe(
      '"Phone" "12" is not a phone number (read as a US number): it has too few or too many digits.',
    );
    expect(refusal(() => normalizePhone('call me', '"Phone"', 'US'))).toBe(
      '"Phone" "call me" is not a phone number (only digits, spaces, + ( ) - . are expected).',
    );
    expect(refusal(() => normalizePhone('415 555 0100', '"Phone"', undefined))).toBe(
      '"Phone" "415 555 0100" has no country code, and the sub-account has no country to read it in. Write it with its country code, e.g. +14155550100.',
    );
  });
});

describe('countries', () => {
  test.each([
    ['us', 'US'],
    ['  gb ', 'GB'],
    ['United States', 'US'],
    ['U.S.A.', 'US'],
    ['U.S.', 'US'],
    ['Hong Kong', 'HK'],
    ['Macau', 'MO'],
    ['UK', 'GB'],
    ['united kingdom', 'GB'],
    ['Deutschland', 'DE'],
    ['España', 'ES'],
    ['the Netherlands', 'NL'],
    ["Cote d'Ivoire", 'CI'],
    ['Bosnia & Herzegovina', 'BA'],
    ['Myanmar', 'MM'],
    ['Turkey', 'TR'],
    ['Kosovo', 'XK'],
    ['Korea, Republic of', 'KR'],
    ["Korea, Democratic People's Republic of", 'KP'],
    ['Iran, Islamic Republic of', 'IR'],
    ['Bolivia, Plurinational State of', 'BO'],
    ['Russian Federation', 'RU'],
    ['Viet Nam', 'VN'],
    ['Congo, The Democratic Republic of the', 'CD'],
    ['Virgin Islands, U.S.', 'VI'],
  ])('%j is %s', (given, code) => expect(toCountryCode(given)).toBe(code));

  test.each(['Earth', 'XX', 'U', 'SS', 'Virgin Islands', 'Korea'])(
    '%j is refused by name, saying what to give',
    (given) =>
      expect(refusal(() => toCountryCode(given))).toBe(
        `"Country" "${given}" is not a country GHL knows: give its two-letter code (e.g. US, GB) or its name in English.`,
      ),
  );
});

describe("an address as one labelled text (Jotform's, Gravity Forms')", () => {
  it('is read into its street and parts, each with the label it was written with', () => {
    expect(
      addressParts(
        'Street Address: 1 Main St\r\nStreet Address Line 2: Apt 4\nCity: Austin\nState / Province: TX\n' +
          'Postal / Zip Code: 78701\nCountry: United States',
      ),
    ).toEqual({
      street: '1 Main St, Apt 4',
      parts: [
        { part: 'city', label: 'City', value: 'Austin' },
        { part: 'state', label: 'State / Province', value: 'TX' },
        { part: 'postalCode', label: 'Postal / Zip Code', value: '78701' },
        { part: 'country', label: 'Country', value: 'United States' },
      ],
    });
    // An empty part (a line 2 left blank) is none; labels in any case and spacing.
    expect(addressParts('STREET ADDRESS: 9 Elm St\nStreet Address Line 2:\nzip  code: 2134')).toEqual({
      street: '9 Elm St',
      parts: [{ part: 'postalCode', label: 'zip  code', value: '2134' }],
    });
  });
  // Lines without labels (a one-line address's two lines), one line, a label that is no address part, a part twice:
  // not split, kept as written (which line is what would be a guess).
  it.each([
    '123 Main St\nAustin, TX 78701',
    'Street Address: 1 Main St',
    'Street Address: 1 Main St\nCity: Austin\nNotes: back door',
    'City: Austin\nCity: Dallas',
    'Street Address: 1 Main St\nAustin',
    42,
  ])('%j is no labelled address', (v) => expect(addressParts(v)).toBeUndefined());
});

describe('postal codes', () => {
  it.each([
    [2134, 'US', '02134'],
    ['2134', 'US', '02134'],
    [601, 'PR', '00601'],
    [1067, 'DE', '01067'],
    ['150', 'NO', '0150'],
    [800, 'AU', '0800'],
  ])('gives %j in %s back the leading zeros a number lost: %j', (raw, country, wire) => {
    expect(postalNeedsCountry(raw)).toBe(true);
    expect(postalCode(raw, country)).toBe(wire);
  });

  it.each([
    ['94103-1234', 'US'],
    [' 02134 ', 'US'],
    ['2134', 'CH'], // Swiss codes have 4 digits
    ['2134', undefined], // no country known
    ['7', 'US'], // a lone digit is no ZIP that lost its zeros
    ['SW1A 1AA', 'GB'],
    ['K1A 0B1', 'CA'],
  ])('keeps %j in %s as written (trimmed)', (raw, country) => expect(postalCode(raw, country)).toBe(raw.trim()));

  it('asks for the country only for a short run of digits', () => {
    expect(postalNeedsCountry('94103')).toBe(false);
    expect(postalNeedsCountry('SW1A 1AA')).toBe(false);
    expect(postalNeedsCountry('7')).toBe(false);
  });
});

describe('numbers and money (README rule table)', () => {
  it.each([
    ['1250.50', 1250.5],
    ['$1,250.50', 1250.5],
    ['US$ 1,250.50', 1250.5],
    ['€1.250,00', 1250],
    ['1.250,50 €', 1250.5],
    ['EUR 1.250,50', 1250.5],
    ["CHF 1'250.50", 1250.5],
    ['1’250.50', 1250.5],
    ['₹1,25,000.50', 125000.5],
    ['1,25,000', 125000],
    ['1 250,50', 1250.5],
    ['1\u00A0250,50 €', 1250.5],
    ['12,5', 12.5],
    ['0,250', 0.25],
    ['1,250,000', 1250000],
    ['1.250.000', 1250000],
    ['-1,250.50', -1250.5],
    ['(1,250.50)', -1250.5],
    ['-€5', -5],
    ['1250,5', 1250.5],
    ['£0.99', 0.99],
    [42, 42],
  ])('money %j -> %d', (raw, n) => expect(parseNumber(raw, '"Value"', { money: true })).toBe(n));

  it('reads a single separator before 3 digits as thousands for money', () => {
    expect(parseNumber('1,250', '"Value"', { money: true })).toBe(1250);
    expect(parseNumber('€1.250', '"Value"', { money: true })).toBe(1250);
  });

  it('refuses 1,250 / 1.250 for other numbers and for 3-decimal currencies, naming both readings', () => {
    expect(refusal(() => parseNumber('1,250', '"Quantity"'))).toBe(
      '"Quantity" "1,250" is ambiguous: it reads as 1250 ("," as thousands separator) or 1.25 ("," as decimal point). Write 1250 or 1.25.',
    );
    expect(refusal(() => parseNumber('1.250', '"Quantity"'))).toContain(
      'reads as 1250 ("." as thousands separator) or 1.25',
    );
    expect(refusal(() => parseNumber('KWD 1.250', '"Value"', { money: true }))).toContain('is ambiguous');
  });

  it.each([
    '0x10',
    '1e3',
    'abc',
    '12abc',
    '1,2,3',
    '1.2.3',
    '1,25,0',
    '1 25',
    '',
    '   ',
    '--5',
    'abc 5',
    '1.250,50,00',
  ])('refuses %j', (raw) => {
    expect(
      refusal(() => parseNumber(raw, '"Value"', { money: true })).startsWith(
        `"Value" must be a number, not ${JSON.stringify(raw)}`,
      ),
    ).toBe(true);
  });

  it('refuses fractions for whole numbers', () => {
    expect(parseNumber('1,000,000', '"Count"', { integer: true })).toBe(1000000);
    expect(refusal(() => parseNumber('2.5', '"Count"', { integer: true }))).toBe(
      '"Count" must be a whole number, not "2.5".',
    );
  });
});

describe('dates', () => {
  it.each([
    ['2026-02-30', 'you specified 30 as a day, which is invalid'],
    ['2026-13-45', 'you specified 13 as a month, which is invalid'],
    ['2026-02-30T25:61:00Z', 'you specified 30 as a day, which is invalid'],
    ['2026-02-28T25:61:00Z', 'you specified 25 as a hour, which is invalid'],
    ['0', 'a number is read as YYYYMMDD or as epoch seconds, 9–10 digits, or milliseconds, 11–13 digits'],
    ['-1', 'a number is read as YYYYMMDD or as epoch seconds, 9–10 digits, or milliseconds, 11–13 digits'],
    ['12345678', 'read as YYYYMMDD, you specified 56 as a month, which is invalid'],
    ['soon', ''],
    ['31/02/2026', ''],
    // luxon alone would date a bare time today and a year-month on its 1st: the user wrote no day.
    ['12:30', 'it has no day'],
    ['10:00:00Z', 'it has no day'],
    ['1990-03', 'it has no day'],
    ['2026-12-01T24:00:00Z', '24:00 is 00:00 of the next day'],
    ['1990/03/25 24:00', '24:00 is 00:00 of the next day'],
    ['1990年3月25日24:00', '24:00 is 00:00 of the next day'],
    ['1990/02/30', 'you specified 30 as a day, which is invalid'],
  ])('refuses %j (%s)', (raw, why) =>
    expect(refusal(() => isoText(raw, '"Due"'))).toBe(
      `"Due" must be a date-time such as 2026-03-01T14:30:00Z (or 2026-03-01), not ${JSON.stringify(raw)}${why ? ` (${why})` : ''}.`,
    ),
  );

  it('refuses a slashed date that reads two ways, naming both', () => {
    expect(refusal(() => calendarDay('03/04/2026', '"Date of Birth"'))).toBe(
      '"Date of Birth" "03/04/2026" is ambiguous: it reads as 2026-03-04 (month/day) or 2026-04-03 (day/month). Write it as YYYY-MM-DD.',
    );
    expect(calendarDay('13/04/2026')).toBe('2026-04-13');
    expect(calendarDay('04/13/2026')).toBe('2026-04-13');
    expect(refusal(() => calendarDay('01-12-2026', '"Date of Birth"'))).toMatch(/is ambiguous: it reads as 2026-01-12/);
  });

  it("reads the forms GHL's date of birth documents: year first with / or ., month-day-year with -", () => {
    expect(calendarDay('1990/03/25')).toBe('1990-03-25');
    expect(calendarDay('1990.3.5')).toBe('1990-03-05');
    expect(calendarDay('03-25-1990')).toBe('1990-03-25');
    expect(calendarDay('25-03-1990')).toBe('1990-03-25');
    expect(calendarDay('1990_03_25')).toBe('1990-03-25');
    expect(calendarDay('03_25_1990')).toBe('1990-03-25');
  });

  it('reads a date written with the month by name, as forms and people write a birthday', () => {
    expect(calendarDay('March 25, 1990')).toBe('1990-03-25');
    expect(calendarDay('25 Mar 1990')).toBe('1990-03-25');
    expect(calendarDay('sep. 5th, 1990')).toBe('1990-09-05');
    expect(calendarDay('Sunday, 25 MARCH 1990')).toBe('1990-03-25');
    expect(refusal(() => calendarDay('February 30, 1990', '"Date of Birth"'))).toBe(
      '"Date of Birth" must be a date-time such as 2026-03-01T14:30:00Z (or 2026-03-01), not "February 30, 1990" (you specified 30 as a day, which is invalid).',
    );
    expect(refusal(() => calendarDay('Marchy 25 1990'))).toMatch(/not "Marchy 25 1990"\.$/);
  });

  it('reads the forms spreadsheets and scripts write: a 12-hour time, the month as DD-MMM-YYYY, no leading zeros', () => {
    expect(calendarDay('3/25/1990 12:00:00 AM')).toBe('1990-03-25');
    expect(isoText('3/25/2026 12:30 PM')).toBe('2026-03-25T12:30:00.000Z');
    expect(isoText('3/25/2026 12:30 am')).toBe('2026-03-25T00:30:00.000Z');
    expect(isoText('25/03/2026 1:05 p.m.')).toBe('2026-03-25T13:05:00.000Z');
    expect(isoText('3/25/2026 13:05')).toBe('2026-03-25T13:05:00.000Z');
    expect(calendarDay('25-Mar-1990')).toBe('1990-03-25');
    expect(calendarDay('Mar-25-1990')).toBe('1990-03-25');
    expect(calendarDay('1990-3-5')).toBe('1990-03-05');
    expect(refusal(() => isoText('3/25/2026 13:05 PM', '"Due"'))).toMatch(
      /\(13 o'clock is not on the 12-hour clock\)\.$/,
    );
  });

  it.each([
    ['03/25', 'it has no year'],
    ['3-25', 'it has no year'],
    ['March 25th', 'it has no year'],
    ['25 Mar', 'it has no year'],
    ['3/25/90', 'write its year with 4 digits'],
    ['25.3.90', 'write its year with 4 digits'],
    ['25-Mar-90', 'write its year with 4 digits'],
  ])('refuses %j, a birthday without its full year, saying so (%s)', (raw, why) =>
    expect(refusal(() => calendarDay(raw, '"Date of Birth"'))).toBe(
      `"Date of Birth" must be a date-time such as 2026-03-01T14:30:00Z (or 2026-03-01), not ${JSON.stringify(raw)} (${why}).`,
    ),
  );

  it("refuses a job's time window (9 to 11) that SQL's reading would book at 9:00 UTC-11:00, naming both readings", () => {
    expect(refusal(() => isoText('2026-03-03 09:00-11:00', '"Start Time"'))).toBe(
      '"Start Time" "2026-03-03 09:00-11:00" is ambiguous: it reads as 09:00 at UTC-11:00 or as the time window 09:00 ' +
        'to 11:00. Map the start alone, or write the offset after seconds (09:00:00-11:00).',
    );
    expect(refusal(() => isoText('2026-03-03 9:00-10'))).toMatch(
      /reads as 9:00 at UTC-10 or as the time window 9:00 to 10\./,
    );
    // An offset as software writes it: after seconds (Python, PostgreSQL), after a space, or ISO's "T".
    expect(isoText('2026-03-03 09:00:00-05')).toBe('2026-03-03T14:00:00.000Z');
    expect(isoText('2026-03-03 09:00 -05:00')).toBe('2026-03-03T14:00:00.000Z');
    expect(isoText('2026-03-03T09:00-11:00')).toBe('2026-03-03T09:00-11:00');
  });

  it('reads a date of birth handed over as epoch milliseconds or seconds before 2001, or as YYYYMMDD', () => {
    expect(calendarDay('637200000000')).toBe('1990-03-12'); // ms, 12 digits (1973 to 2001)
    expect(calendarDay(637200000000)).toBe('1990-03-12');
    expect(calendarDay('63720000000')).toBe('1972-01-08'); // ms, 11 digits (1970 to 1973)
    expect(calendarDay('-315619200000')).toBe('1960-01-01'); // ms before 1970
    expect(calendarDay('637200000')).toBe('1990-03-12'); // seconds, 9 digits
    expect(calendarDay('19900325')).toBe('1990-03-25');
  });

  it('sends each wire form', () => {
    expect(isoText('2026-03-05T17:00:00+02:00')).toBe('2026-03-05T17:00:00+02:00');
    expect(isoText('2026-03-05')).toBe('2026-03-05T00:00:00.000Z');
    expect(isoText('Thu, 05 Mar 2026 17:00:00 +0000')).toBe('2026-03-05T17:00:00.000Z');
    expect(isoText('2026-03-05 17:00')).toBe('2026-03-05T17:00:00.000Z');
    expect(isoText(1772730000)).toBe('2026-03-05T17:00:00.000Z');
    expect(epochMillis('2026-03-05T17:00:00Z')).toBe(1772730000000);
    expect(epochMillis('1772730000000')).toBe(1772730000000);
    expect(calendarDay('2026-03-01T23:30:00-05:00')).toBe('2026-03-01');
    expect(isoSeconds('2026-03-05T17:00:00.123Z')).toBe('2026-03-05T17:00:00Z');
    expect(isoSeconds('2026-03-05T17:00:00.999+02:00')).toBe('2026-03-05T17:00:00+02:00');
    expect(isoSeconds('2026-03-05')).toBe('2026-03-05T00:00:00Z');
  });
});

describe('tags', () => {
  it('splits, trims and de-duplicates case-insensitively, keeping the first spelling', () => {
    expect(normalizeTags(' VIP, new lead ;vip,\nNew Lead , writesonic ')).toEqual(['VIP', 'new lead', 'writesonic']);
    expect(normalizeTags(['a, b', 'B', ' c '])).toEqual(['a', 'b', 'c']);
  });
  it('reads a JSON list handed over as text as its items (a Code step, a webhook), not split at its commas', async () => {
    expect(normalizeTags('["VIP","webinar","vip"]')).toEqual(['VIP', 'webinar']);
    expect(normalizeTags([' ["a", "b"] ', 'c'])).toEqual(['a', 'b', 'c']);
    expect(await convert(F.tags(), '["Hot Lead", "hot lead", 5]', {} as never)).toEqual(['Hot Lead', '5']);
    expect(convert(F.list('ids', 'IDs'), '["x1","x2"]', {} as never)).toEqual(['x1', 'x2']);
    // Not a JSON list: read as text.
    expect(normalizeTags('[VIP], webinar')).toEqual(['[VIP]', 'webinar']);
  });
  it('keeps a tag in double quotes whole, without its quotes (a CSV cell); an unpaired quote is a character', async () => {
    expect(normalizeTags('"Referral, Dr. Smith", VIP, "vip",')).toEqual(['Referral, Dr. Smith', 'VIP']);
    expect(normalizeTags('"Webinar"; "Hot Lead"')).toEqual(['Webinar', 'Hot Lead']);
    expect(normalizeTags('6" sub, 12" sub')).toEqual(['6" sub', '12" sub']);
    // Through the factory, which splits a list field's text before the tag rule splits its items again.
    expect(await convert(F.tags(), '"Referral, Dr. Smith", VIP', {} as never)).toEqual(['Referral, Dr. Smith', 'VIP']);
  });
  it('makes inner white space one space and drops zero-width spaces: one tag however it was copied', () => {
    expect(normalizeTags('Hot\u00A0Lead, hot  lead, hot\tlead, V\u200BIP, vip, Wo\u00ADrk')).toEqual([
      'Hot Lead',
      'VIP',
      'Work',
    ]);
    expect(normalizeTags('\u{1F469}\u200D\u{1F4BB} dev')).toEqual(['\u{1F469}\u200D\u{1F4BB} dev']);
  });
  it('writes emoji as an emoji keyboard does and drops joiners that join nothing: one tag however it was pasted', () => {
    // A VARIATION SELECTOR-16 after an emoji shown as one anyway (⭐, 🔥) changes nothing; a joiner beside a letter
    // or a space is a paste's leftover.
    expect(
      normalizeTags('\u2B50\uFE0F VIP, \u2B50 vip, \u{1F525}\uFE0F hot, V\u200DIP, \u200Dvip, \u2B50\u200D VIP'),
    ).toEqual(['\u2B50 VIP', '\u{1F525} hot', 'VIP']);
    // Where it decides the look (❤ is text by default, a keycap, a flag in a ZWJ sequence) it is kept, as are joiners
    // in emoji sequences and in scripts that use them (Persian).
    for (const kept of [
      '\u2764\uFE0F fans',
      '\u2764 fans',
      '1\uFE0F\u20E3 tier',
      '\u{1F3F3}\uFE0F\u200D\u{1F308} pride',
      '\u0645\u06CC\u200C\u062E\u0648\u0627\u0645',
    ])
      expect(normalizeTags(kept)).toEqual([kept]);
  });
  it('gives nothing for separator-only text (the factory refuses or omits it)', () => {
    expect(normalizeTags(' , , ')).toEqual([]);
    expect(normalizeTags([' ', ';'])).toEqual([]);
  });
});

describe('custom field values GHL returns', () => {
  it('reads every variant into customField_<id>', () => {
    const record = {
      id: 'o1',
      customFields: [
        { id: 'a', value: 'contact value' },
        { id: 'b', fieldValue: 'opportunity value' },
        { id: 'c', field_value: 'legacy' },
        { id: 'd', fieldValueString: 'abc', type: 'string' },
        { id: 'e', fieldValueNumber: 1250.5, type: 'number' },
        { id: 'f', fieldValueArray: ['x', 'y'] },
        { id: 'g', fieldValueDate: 1767225600000 },
        { id: 'h', fieldValueFutureKind: 'kept' },
      ],
    };
    expect(flattenCustomFields(record)).toMatchObject({
      customField_a: 'contact value',
      customField_b: 'opportunity value',
      customField_c: 'legacy',
      customField_d: 'abc',
      customField_e: 1250.5,
      customField_f: ['x', 'y'],
      customField_g: 1767225600000,
      customField_h: 'kept',
    });
  });
});

describe('the factory reads a value by its field (lib/op.ts convert)', () => {
  const read = (f: Field, v: unknown) => convert(f, v, {} as Parameters<typeof convert>[2]);
  const status = F.choice('status', 'Status', { open: 'Open', won: 'Won', lost: 'Lost' });
  const channel = F.choice('channel', 'Channel', { SMS: 'SMS', Call: 'Phone call' });

  it('matches a fixed choice by its value in any case, or by its label', () => {
    expect(read(status, 'won')).toBe('won');
    expect(read(status, ' WON ')).toBe('won');
    expect(read(status, 'Lost')).toBe('lost');
    expect(read(channel, 'sms')).toBe('SMS');
    expect(read(channel, 'phone call')).toBe('Call');
    expect(read(F.list('modes', 'Modes', { choices: ['GET', 'POST'] }), 'get, Post')).toEqual(['GET', 'POST']);
  });

  it('cleans a text once as its field reads it: a list item once more after its split, not twice more', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ` id${i}\u00A0`);
    const normalized = jest.spyOn(String.prototype, 'normalize');
    try {
      expect(read(F.list('ids', 'IDs'), items.join(','))).toEqual(items.map((x) => x.trim()));
      expect(normalized.mock.calls.length).toBeLessThanOrEqual(2 * items.length + 10);
    } finally {
      normalized.mockRestore();
    }
  });

  it('reads a number or a yes/no mapped into text as its text (GHL refuses a number there)', () => {
    expect(read(F.text('postalCode', 'Postal Code'), 94103)).toBe('94103');
    expect(read(F.text('firstName', 'First Name'), 4711)).toBe('4711');
    expect(read(F.text('source', 'Source'), false)).toBe('false');
    expect(read(F.list('ids', 'IDs'), [7, 'x'])).toEqual(['7', 'x']);
    // A field that reads its own value gets the number: money keeps 100.125 (as text "100.125" would be 100125).
    expect(read(F.money('monetaryValue', 'Monetary Value'), 100.125)).toBe(100.125);
  });

  it('matches a yes/no or a number mapped into a fixed choice as text, also where the choice has its own `to`', () => {
    // Update Conversation's Star: `true` from another app's checkbox reached `to` as no choice, which read it as
    // "Remove star", and Read Status's `true` as "Mark as unread".
    const star = F.choice(
      'star',
      'Star',
      { starred: 'Star', unstarred: 'Remove star' },
      { to: (v: string) => v === 'starred' },
    );
    expect(refusal(() => read(star, true))).toBe(
      '"Star" must be one of "starred" (Star), "unstarred" (Remove star), not "true".',
    );
    expect(refusal(() => read(star, 1))).toMatch(/^"Star" must be one of .*, not "1"\.$/);
    expect(read(star, ' Star ')).toBe(true);
    expect(read(F.choice('on', 'On', { true: 'Yes', false: 'No' }, { to: (v: string) => v === 'true' }), false)).toBe(
      false,
    );
  });

  it("refuses text (or a list's item) longer than the spec's maxLength, naming the limit; long text is counted whole", () => {
    const note = F.longText('body', 'Note', { max: 5 });
    expect(read(note, ' abc ')).toBe(' abc ');
    expect(refusal(() => read(note, ' abcd '))).toBe(
      '"Note" is 6 characters long, and GHL takes at most 5 there: shorten it (or map a shorter value).',
    );
    const ids = F.list('ids', 'Contacts', { max: 3 });
    expect(read(ids, 'c1, c22 ,')).toEqual(['c1', 'c22']);
    expect(refusal(() => read(ids, 'c1, c4444'))).toMatch(/^"Contacts" is 5 characters long, and GHL takes at most 3/);
  });

  it("matches a choice's aliases (Gender's M / F) in any case, after its values and labels", () => {
    const gender = F.choice('gender', 'Gender', { male: 'Male', female: 'Female' }, { aliases: { f: 'female' } });
    expect(read(gender, ' F ')).toBe('female');
    expect(read(gender, 'female ')).toBe('female');
    expect(refusal(() => read(gender, 'constructor'))).toMatch(/^"Gender" must be one of/);
    expect(refusal(() => read(gender, 'Mrs.'))).toBe(
      '"Gender" must be one of "male" (Male), "female" (Female), not "Mrs.".',
    );
  });

  it('names the label and extension of each item of an email or phone list (nothing left out unnamed)', () => {
    const cc = F.emails('emailCc', 'CC');
    expect(read(cc, 'Work: a@b.com; c@d.com')).toEqual(['a@b.com', 'c@d.com']);
    expect(cc.dropped!('Work: a@b.com; c@d.com')).toBe(
      '"CC" "Work: a@b.com": its label "Work" was not stored, as GHL\'s email holds none.',
    );
    expect(cc.dropped!('a@b.com, c@d.com')).toBeUndefined();
    expect(cc.dropped!('Email: a@b.com')).toBeUndefined();
    const extra = F.phones('additionalPhoneNumbers', 'Extra Phone Numbers');
    expect(extra.dropped!(['+1 415 555 0100 (cell)', '+1 415 555 0101 x7'])).toBe(
      '"Extra Phone Numbers" "+1 415 555 0100 (cell)": its label "cell" was not stored, as GHL\'s phone holds none. ' +
        '"Extra Phone Numbers" "+1 415 555 0101 x7": its extension 7 was not stored, as GHL\'s phone holds none.',
    );
    expect(extra.dropped!(['Tel: +1 415 555 0100', 'Phone: +1 415 555 0101 x7'])).toBe(
      '"Extra Phone Numbers" "Phone: +1 415 555 0101 x7": its extension 7 was not stored, as GHL\'s phone holds none.',
    );
  });

  it('refuses a value that is no choice, listing the choices', () => {
    expect(refusal(() => read(status, 'Winning'))).toBe(
      '"Status" must be one of "open" (Open), "won" (Won), "lost" (Lost), not "Winning".',
    );
    expect(refusal(() => read(F.list('modes', 'Modes', { choices: ['GET', 'POST'] }), 'GET, FETCH'))).toBe(
      '"Modes" must be one of "GET", "POST", not "FETCH".',
    );
  });

  it('refuses a list or an object where one value belongs, and as a list item', async () => {
    expect(refusal(() => read(F.text('firstName', 'First Name'), ['Ann', 'Bob']))).toBe(
      '"First Name" takes one value, not a list: "[\\"Ann\\",\\"Bob\\"]".',
    );
    expect(refusal(() => read(F.longText('body', 'Body'), { a: 1 }))).toBe(
      '"Body" takes one value, not an object: "{\\"a\\":1}".',
    );
    expect(refusal(() => read(F.boolean('dnd', 'DND'), { a: 1 }))).toMatch(/^"DND" takes one value, not an object/);
    expect(refusal(() => read(F.tags(), [{ name: 'x' }]))).toBe(
      '"Tags" takes text items, not an object: "{\\"name\\":\\"x\\"}".',
    );
    expect(await read(F.tags(), ['a, b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(read(F.text('contactId', 'Contact ID'), [' c1 '])).toBe('c1');
    expect(read(status, ['Won'])).toBe('won');
    // Line items of which only one has the field: the one value, not a list.
    expect(read(F.text('firstName', 'First Name'), ['Ann', '', ' '])).toBe('Ann');
    expect(read(F.day('dateOfBirth', 'Date of Birth'), ['', '1990-03-25', null])).toBe('1990-03-25');
    expect(refusal(() => read(F.text('firstName', 'First Name'), ['Ann', '', 'Bob']))).toMatch(/not a list/);
  });
});

describe('placeholders a bot or a mail merge writes where it got no answer', () => {
  it.each([
    'N/A',
    'n/a',
    ' n.a. ',
    'N / A',
    'N/A.',
    'None',
    'unknown',
    'Not provided',
    'not specified',
    '-',
    '--',
    '\u2013',
    '\u2014\u2014',
    '.',
    '?',
    '{{email}}',
    '{{ contact.first_name }}',
    '[email]',
    '[First Name]',
    // A form's hidden field or a landing page's URL parameter left unfilled, in the merge-tag syntax of its tool:
    // single braces (Unbounce, Google Ads' ValueTrack {campaignid}), percent signs (WordPress form plugins,
    // ActiveCampaign's %FIRSTNAME%), a template literal, Mailchimp's *|FNAME|*.
    '{utm_source}',
    '{ campaignid }',
    '%utm_source%',
    '%FIRSTNAME%',
    '${utm_source}',
    '*|FNAME|*',
  ])('%j is a placeholder', (v) => expect(isPlaceholder(v)).toBe(true));
  // A name, an answer or a value that only looks close: Na (a Korean surname), Nil (a Turkish name), a JSON list, "[]"
  // (a checkbox unticked), a number, text around a placeholder.
  it.each([
    'Na',
    'Nil',
    'Noone Smith',
    '["VIP"]',
    '[]',
    '[1]',
    '-5',
    '\u2014 5',
    'N/A Corp',
    'N/AB',
    'none of these',
    // JSON text, a value in braces beside other text, a percentage, a discount code between percent signs.
    '{"utm_source":"google"}',
    '{}',
    '{utm_source} google',
    '100%',
    '%20%',
    'x',
    0,
    null,
  ])('%j is not', (v) => expect(isPlaceholder(v)).toBe(false));

  it('reads a long text that opens like a tag in one pass (a transcript "[10:02] …" of 300,000 characters)', () => {
    // Read with backtracking, each of these took minutes (time growing with the square of the length): the step
    // would run out of time instead of storing the text.
    for (const open of ['[', '{', '${', '%'])
      expect(isPlaceholder(`${open}10:02] Bot: ${'hello '.repeat(50_000)}`)).toBe(false);
  });
});

describe('a long run of one kind of character is read in one pass (no step runs out of time on it)', () => {
  // Each of these took minutes with the patterns they replace (time growing with the square, or the cube, of the
  // run's length: a pattern that tries every split of the run, or reads it again from each of its characters); Zapier
  // gives a step ~30 s. Each value is refused or kept as before, in milliseconds.
  const spaces = ' '.repeat(300_000);
  const blank = '\n'.repeat(300_000);
  const said = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('not refused');
  };

  it('a one-line value and a list item with a long run of white space inside (cleanText, tags, URLs)', () => {
    expect(cleanText(`a${spaces}b \u200B`)).toBe(`a${spaces}b`);
    expect(normalizeTags(`a${'\n'.repeat(100_000)}b`)).toEqual(['a', 'b']);
    expect(listItems(`a${spaces}b`, URL_SEPARATORS)).toEqual([`a${spaces}b`]);
  });

  it('a phone with a run of white space before a label or after an extension marker, or of digits', () => {
    expect(said(() => normalizePhone(`415 555 0100${' '.repeat(6_000)}work!`, '"Phone"', 'US'))).toMatch(
      /^"Phone" "415 555 0100 {65}\.\.\." is not a phone number/,
    );
    expect(normalizePhone(`415 555 0100 x${'\t'.repeat(6_000)}T`, '"Phone"', 'US')).toBe('+14155550100');
    expect(phoneExtension(`415 555 0100 x${'\t'.repeat(6_000)}T`)).toBeUndefined();
    expect(phoneNeedsCountry(`a${blank}b`)).toBe(false);
    expect(said(() => normalizePhone('1'.repeat(300_000), '"Phone"', 'US'))).toMatch(/^"Phone" "1{77}\.\.\." is not/);
    expect(said(() => normalizePhone(`a${spaces}b`, '"Phone"', 'US'))).toMatch(/^"Phone" "a {76}\.\.\." is not/);
  });

  it('an email field holding 20,000 addresses joined by commas, a run of spaces or dots is refused', () => {
    const joined = Array.from({ length: 20_000 }, (_, i) => `lead${i}@example.com`).join(',');
    expect(said(() => normalizeEmail(joined))).toBe(
      `"Email" ${JSON.stringify(`${joined.slice(0, 77)}...`)} holds 20000 email addresses, and it takes one: map only one of them.`,
    );
    expect(said(() => normalizeEmail(`a${spaces}b`))).toMatch(/^"Email" "a {76}\.\.\." is not an email address/);
    expect(said(() => normalizeEmail(`wait${'.'.repeat(300_000)}x`))).toMatch(/is not an email address/);
  });

  it('an email field holding many addresses, the last cut off, reads them once, not once per way of splitting', () => {
    // Both splits (at separators, then at white space too) gave the same 100,000 parts of 1 MB: each read twice.
    const joined = Array.from({ length: 2_000 }, (_, i) => `lead${i}@example.com`).join(',');
    const reads = (v: string) => {
      const normalized = jest.spyOn(String.prototype, 'normalize');
      try {
        expect(said(() => normalizeEmail(v))).toMatch(/^"Email" "lead0@example\.com,lead1@/);
        return normalized.mock.calls.length;
      } finally {
        normalized.mockRestore();
      }
    };
    const whole = reads(joined); // "holds 2000 email addresses": each read once
    expect(reads(`${joined},lead@example.`)).toBeLessThan(whole * 1.5); // "is not an email address"
  });

  it('a phone field holding one number or word many times reads it once (it was 100,000 readings in 1 MB)', () => {
    const normalized = jest.spyOn(String.prototype, 'normalize');
    try {
      expect(said(() => normalizePhone(Array(10_000).fill('415 555 0100').join(', '), '"Phone"', 'US'))).toMatch(
        /^"Phone" "415 555 0100, 415 555 0100, .*" holds 10000 phone numbers, and it takes one/,
      );
      expect(phoneNeedsCountry(Array(10_000).fill('n/a').join(','))).toBe(false);
      expect(normalized.mock.calls.length).toBeLessThan(100);
    } finally {
      normalized.mockRestore();
    }
  });

  it('a Japanese, Chinese or Korean date with a run of white space before what follows its day', () => {
    for (const tail of ['x', '(日)x', '午後 x', '14:30x'])
      expect(said(() => isoText(`1990年3月25日${spaces}${tail}`))).toMatch(/^"Date" must be a date-time/);
    expect(said(() => isoText(`1990년 3월 25일${'\u3000 '.repeat(100_000)}x`))).toMatch(/^"Date" must be a date-time/);
  });

  it('a number with a run of spaces, a yes / no with a run of dots: refused, the value shortened', () => {
    expect(said(() => parseNumber(`1${spaces}x`, '"Amount"', { money: true }))).toMatch(/^"Amount" must be a number/);
    const no = said(() => toBoolean(`wait${'.'.repeat(300_000)}x`, '"DND"'));
    expect(no).toBe(`"DND" must be true or false, not "wait${'.'.repeat(73)}...".`);
  });

  it('a message body\'s dropdown label when it holds many "<" and no ">" after them', () => {
    expect(bodySnippet('<3 '.repeat(300_000))).toBe('<3 '.repeat(17).slice(0, 50));
    expect(bodySnippet('<p>Hi <b>Ann</b>,</p>\n<p>See you</p>')).toBe('Hi Ann , See you');
  });
});

describe('what caller ID and call tracking hand over (CallRail, Aircall, RingCentral, Twilio, Workiz)', () => {
  // In a field caller ID fills: its stand-ins for a name (CNAM) or a withheld number are no value.
  it.each([
    ['WIRELESS CALLER', 'name'],
    ['wireless  caller', 'name'],
    ['UNKNOWN NAME', 'name'],
    ['TOLL FREE CALLER', 'name'],
    ['CELL PHONE   CA', 'name'],
    ['SPAM LIKELY', 'name'],
    ['Scam Likely', 'name'],
    ['Anonymous', 'name'],
    ['PRIVATE CALLER', 'name'],
    ['Restricted', 'number'],
    ['anonymous', 'number'],
    ['No Caller ID', 'number'],
  ] as const)('%j in a %s field is what caller ID shows when it has no name or number', (v, as) => {
    expect(isPlaceholder(v, as)).toBe(true);
    expect(placeholderSaid('"X"', v, as)).toBe(
      `"X" ${JSON.stringify(v)} is what caller ID shows when it has no name or number, not a value.`,
    );
  });

  it("reads a number given as a name as caller ID's, and Twilio's pseudo-numbers spelt on a keypad as a withheld one", () => {
    expect(placeholderSaid('"First Name"', '(415) 555-0100', 'name')).toBe(
      '"First Name" "(415) 555-0100" is a phone number (what caller ID shows when it has no name), not a value.',
    );
    expect(isPlaceholder('+14155550100', 'name')).toBe(true);
    expect(placeholderSaid('"Phone"', '+266696687', 'number')).toBe(
      '"Phone" "+266696687" is what caller ID shows for a withheld number (ANONYMOUS on a phone keypad), not a value.',
    );
    expect(placeholderSaid('"Phone"', '+86 282452253', 'number')).toMatch(/\(UNAVAILABLE on a phone keypad\)/);
    expect(placeholderSaid('"Phone"', '+7378742833', 'number')).toMatch(/\(RESTRICTED on a phone keypad\)/);
    expect(placeholderSaid('"Phone"', '0086 56696', 'number')).toMatch(/\(UNKNOWN on a phone keypad\)/);
    // A placeholder stays one ("unknown").
    expect(placeholderSaid('"Phone"', 'unknown', 'number')).toBe(
      '"Phone" "unknown" is a placeholder for no answer, not a value.',
    );
  });

  it.each([
    // Elsewhere "Private" or "Unavailable" may be an answer, and a number a value.
    ['Private', undefined],
    ['Unavailable', undefined],
    ['WIRELESS CALLER', undefined],
    ['+14155550100', 'number'],
    ['+266696687', undefined],
    // CNAM's own names (upper case, last name first, cut at 15 characters), a visitor's number, a real US number
    // whose digits spell RESTRICTED after its +1 (Austin's 737).
    ['JOHNSON ELIZABE', 'name'],
    ['SMITH JOHN', 'name'],
    ['Private Dancer Studio', 'name'],
    ['4711', 'name'],
    ['+1 737 874 2833', 'number'],
    ['7378742833', 'number'],
  ] as const)('%j is a value (caller-ID field: %s)', (v, as) => expect(isPlaceholder(v, as)).toBe(false));

  it('reads the number of a dial string (its pause digits named as the extension) and of a SIP URI', () => {
    expect(normalizePhone('+14155550100,,123', '"Phone"')).toBe('+14155550100');
    expect(phoneExtension('+14155550100,,123')).toBe('123');
    expect(phoneExtension('+1 (415) 555-0100 ,,,9')).toBe('9');
    expect(phoneExtension('(415) 555-0100;4567#')).toBe('4567');
    expect(phoneExtension('+14155550100,123')).toBe('123');
    // A sheet's thousands are no pause.
    expect(phoneExtension('4,155,550,100')).toBeUndefined();
    expect(normalizePhone('4,155,550,100', '"Phone"', 'US')).toBe('+14155550100');
    expect(normalizePhone('sip:+14155550100@pbx.example.com;user=phone', '"Phone"')).toBe('+14155550100');
    expect(normalizePhone('sips:4155550100@pbx.example.com', '"Phone"', 'US')).toBe('+14155550100');
    expect(refusal(() => normalizePhone('sip:alice@pbx.example.com', '"Phone"', 'US'))).toMatch(
      /^"Phone" "sip:alice@pbx\.example\.com" is not a phone number \(only digits/,
    );
  });

  it("refuses an international number its country's plan has no room for, as a national one", () => {
    // A phone system's zeros for a blocked caller; Twilio's "UNAVAILABLE", a possible length for China.
    expect(refusal(() => normalizePhone('+1 000 000 0000', '"Phone"'))).toBe(
      '"Phone" "+1 000 000 0000" is not a phone number: no number with country code +1 is written like that.',
    );
    expect(refusal(() => normalizePhone('+86282452253', '"Phone"', 'US'))).toBe(
      '"Phone" "+86282452253" is not a phone number: no CN number is written like that.',
    );
  });
});

describe("dummy emails and phones typed past a required field, and chat widgets' names for a nameless visitor", () => {
  it.each([
    'test@test.com',
    'TEST@Test.COM',
    'no@email.com',
    'na@na.com',
    'a@a.com',
    'asdf@asdf.com',
    'email@email.com',
    'example@example.com',
    'you@example.com',
    'your.email@example.org',
    'user@mail.test',
    'x@x.x',
    'Work: <test@test.com>',
  ])("%j in a contact's email is a dummy address", (v) => {
    expect(isPlaceholder(v, 'email')).toBe(true);
    expect(placeholderSaid('"Email"', v, 'email')).toBe(
      `"Email" ${JSON.stringify(v)} is a dummy address (filler, as people type to get past a required field), not a value.`,
    );
  });

  it.each([
    'noemail@gmail.com',
    'no-email@yahoo.com',
    'none@none.com',
    'none@acme.com',
    'noreply@typeform.com',
    'do-not-reply@x.io',
  ])('%j says there is no address, at any domain', (v) => {
    expect(placeholderSaid('"Email"', v, 'email')).toBe(
      `"Email" ${JSON.stringify(v)} is an address that says there is none (no email, no reply), not a value.`,
    );
  });

  it.each([
    // A real domain, initials, a name at a reserved domain (RFC 6761: not special), a disposable mailbox.
    ['test@acme.com', 'email'],
    ['a@gmail.com', 'email'],
    ['a@b.co', 'email'],
    ['x@y.com', 'email'],
    ['na@adamslaw.com', 'email'],
    ['jane@example.com', 'email'],
    ['nil@leads.example', 'email'],
    ['noah@no.com', 'email'],
    ['kai@mailinator.com', 'email'],
    ['info@example.com', 'email'],
    // Outside a contact's email, a dummy address is text like any other.
    ['test@test.com', undefined],
    ['noreply@agency.com', 'name'],
  ] as const)('%j is a value (field kind: %s)', (v, as) => expect(isPlaceholder(v, as)).toBe(false));

  it.each(['0000000000', '1111111111', '555-555-5555', '(555) 555-5555', '+1 555 555 5555', '1234567890', '123-4567'])(
    '%j in a phone is a dummy number',
    (v) =>
      expect(placeholderSaid('"Phone"', v, 'number')).toBe(
        `"Phone" ${JSON.stringify(v)} is a dummy number (one digit repeated, or counting from 1), not a value.`,
      ),
  );

  it.each([
    // The NANP range reserved for fiction, a real number beside a run, a number counting from 0 or down (Paris,
    // India), a repeated digit after another country's code (a gold number), also when the code is that digit too
    // (Kazakhstan's +7 777, north-east France's +33 3, Brazil's +55 55: valid in their plans), and a number elsewhere.
    ['(415) 555-0142', 'number'],
    ['+1 234 567 8901', 'number'],
    ['01 23 45 67 89', 'number'],
    ['98765 43210', 'number'],
    ['+44 7777 777777', 'number'],
    ['+7 777 777 7777', 'number'],
    ['+33 3 33 33 33 33', 'number'],
    ['+55 55 5555-5555', 'number'],
    ['5555555555', undefined],
  ] as const)('%j is a value (field kind: %s)', (v, as) => expect(isPlaceholder(v, as)).toBe(false));

  it.each([
    'Visitor 4711',
    'Website Visitor',
    'Anonymous Visitor #12',
    'Guest 123',
    'guest-4711',
    'Live Chat Visitor',
    'User',
    'Customer',
    'Facebook User',
    '#2ftg9',
  ])('%j as a name is what a chat widget shows for a visitor it has no name for', (v) => {
    expect(isPlaceholder(v, 'surname')).toBe(true);
    expect(placeholderSaid('"First Name"', v, 'name')).toBe(
      `"First Name" ${JSON.stringify(v)} is what a chat widget shows for a visitor it has no name for, not a value.`,
    );
  });

  it.each([
    // A bare "Guest" is no first name, but a surname (Christopher Guest).
    ['Guest', 'surname'],
    ['@maria_88', 'name'],
    ['🌸 Maria 🌸', 'name'],
    ['Maria 💅 Nails', 'name'],
    ['Guest House', 'name'],
    ['Victor', 'name'],
    ['Website Visitor', undefined],
  ] as const)('%j is a name (field kind: %s)', (v, as) => expect(isPlaceholder(v, as)).toBe(false));

  it('reads a bare "Guest" as a first or full name as no name', () =>
    expect(isPlaceholder('Guest', 'name')).toBe(true));
});

describe('what a spreadsheet or a CSV export leaves in a value', () => {
  // UTF-8 read as Windows-1252 (Excel opening a UTF-8 CSV): read back, also a byte-order mark so read.
  it.each([
    ['JosÃ©', 'José'],
    ['MÃ¼ller', 'Müller'],
    ['SÃ£o Paulo', 'São Paulo'],
    ['FranÃ§ois', 'François'],
    ['Oâ€™Brien', 'O’Brien'],
    ['Ã\u0081lvaro', 'Álvaro'],
    ['ï»¿Jane', 'Jane'],
    ['ÐœÐ¾Ñ\u0081ÐºÐ²Ð°', 'Москва'],
    ['ðŸ”¥ Hot Lead', '🔥 Hot Lead'],
  ])('reads %j back as %j', (raw, text) => expect(cleanText(raw)).toBe(text));

  // Text that only looks so: a real "Ã" or "Â", a real accent beside mojibake (whose bytes are no UTF-8), a
  // character Windows-1252 has none of beside it; and a capital accented letter before typographic punctuation,
  // whose bytes are UTF-8 by chance but would read as a letter of another script or none ("CAFÉ™" as "CAFə").
  it.each([
    'São',
    'Ã',
    'ÃO',
    'cafÃ© é',
    'Â alone',
    '¿Qué?',
    'Straße',
    'JosÃ© 🔥',
    'CAFÉ™',
    'CAFÉ®',
    'CAFÉ…',
    'CAFÉ—BAR',
    'JOSÉ’S TACOS',
    'ANDRÉ”',
    'Groß–Gerau',
    'PÂ’S',
  ])('keeps %j as written', (raw) => expect(cleanText(raw)).toBe(raw));

  it('reads Excel\'s text formula ="…" as its text', () => {
    expect(cleanText(' ="02134" ')).toBe('02134');
    expect(cleanText('=" 02134 "')).toBe('02134');
    expect(cleanText('=""')).toBe('');
    expect(cleanText('="a"b"')).toBe('="a"b"');
    expect(normalizeEmail('="ann@example.com"')).toBe('ann@example.com');
    expect(normalizePhone('="(415) 555-0100"', '"Phone"', 'US')).toBe('+14155550100');
    expect(postalCode('="02134"', 'US')).toBe('02134');
    expect(normalizeTags('cafÃ©, VIP')).toEqual(['café', 'VIP']);
  });

  it.each(['#N/A', '#n/a', '#VALUE!', '#REF!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#ERROR!'])(
    'takes the error value %j for no value, saying what it is',
    (v) => {
      expect(isPlaceholder(v)).toBe(true);
      expect(placeholderSaid('"City"', v)).toBe(`"City" "${v}" is a spreadsheet formula's error, not a value.`);
    },
  );
  it.each(['#1', '#hashtag', '#N/A!', 'Apt #4'])('keeps %j', (v) => expect(isPlaceholder(v)).toBe(false));

  it('reads a ZIP a spreadsheet wrote as a decimal as its digits', () => {
    expect(postalNeedsCountry('2134.0')).toBe(true);
    expect(postalCode('2134.0', 'US')).toBe('02134');
    expect(postalCode('94103.00', undefined)).toBe('94103');
    expect(postalCode('2134.5', 'US')).toBe('2134.5');
  });

  it("reads a phone in a sheet's Number format (thousands, 2 decimals) as its digits", () => {
    expect(normalizePhone('4,155,550,100', '"Phone"', 'US')).toBe('+14155550100');
    expect(normalizePhone('4,155,550,100.00', '"Phone"', 'US')).toBe('+14155550100');
    expect(normalizePhone('+14,155,550,100', '"Phone"', 'US')).toBe('+14155550100');
    expect(refusal(() => normalizePhone('415,555,0100', '"Phone"', 'US'))).toMatch(/too few or too many digits/);
  });

  it.each([
    'Mobile: 415-555-0100 Home: 415-555-0101',
    '(415) 555-0100 (m) (415) 555-0101 (h)',
    '+1 415-555-0100 or 415-555-0101',
  ])('says that %j, an exported cell of two labelled numbers, holds two', (raw) => {
    expect(phoneNeedsCountry(raw)).toBe(true); // each number is read in the sub-account's country
    expect(refusal(() => normalizePhone(raw, '"Phone"', 'US'))).toBe(
      `"Phone" ${JSON.stringify(raw)} holds 2 phone numbers, and it takes one: map only one of them.`,
    );
  });

  it.each(['EE. UU.', 'EEUU', 'EUA'])('reads %j, as Spanish and Portuguese forms abbreviate it, as US', (v) =>
    expect(toCountryCode(v)).toBe('US'),
  );

  it.each(['45234', '45234.5', 45234])('refuses the day number %j of an unformatted date cell, saying so', (v) =>
    expect(refusal(() => calendarDay(v, '"Date of Birth"'))).toBe(
      `"Date of Birth" must be a date-time such as 2026-03-01T14:30:00Z (or 2026-03-01), not ${JSON.stringify(String(v))} ` +
        "(a spreadsheet's day number: format its column as a date).",
    ),
  );
});

describe('time zones', () => {
  it('keeps an IANA name as written, its case as the database spells it', () => {
    expect(timezoneName(' america/new_york ')).toBe('America/New_York');
    expect(timezoneName('US/Central')).toBe('US/Central');
    expect(timezoneName('UTC')).toBe('UTC');
  });
  it.each(['Mars/Olympus', 'GMT+5', 'Eastern'])('refuses %j naming the field', (raw) =>
    expect(refusal(() => timezoneName(raw, '"Timezone"'))).toBe(
      `"Timezone" ${JSON.stringify(raw)} is not a time zone: write its IANA name, e.g. America/New_York.`,
    ),
  );
});

describe('what forms, bots and sheets write in Spanish, Portuguese, French, German, Italian and Dutch', () => {
  it.each([
    'Sí',
    'si',
    'SI',
    'Sì',
    'Sim',
    'Oui',
    'ja',
    'JA',
    'VERDADERO',
    'Verdadeiro',
    'VRAI',
    'WAHR',
    'VERO',
    'WAAR',
  ])('reads %j as yes', (v) => expect(toBoolean(v)).toBe(true));
  it.each(['No', 'Não', 'nao', 'Non', 'Nein', 'Nee', 'FALSO', 'FAUX', 'FALSCH', 'ONWAAR'])('reads %j as no', (v) =>
    expect(toBoolean(v)).toBe(false),
  );
  it('reads a consent box: "Acepto", "J’accepte", "Ich stimme zu" are yes, their negations no', () => {
    for (const v of ['Acepto', 'Aceito', "J'accepte", 'J’accepte.', 'Ich stimme zu', 'Accetto', 'Akkoord', 'I agree'])
      expect(toBoolean(v)).toBe(true);
    for (const v of ['No acepto', 'Não aceito', "Je n'accepte pas", 'Ich stimme nicht zu', 'Niet akkoord'])
      expect(toBoolean(v)).toBe(false);
  });
  // "S" is Sí or Small, "J" Ja or a grade: single letters but y / n are refused, naming the value.
  it.each(['S', 'J', 'Quizás', 'Vielleicht', 'Peut-être'])('refuses %j, naming it', (v) =>
    expect(refusal(() => toBoolean(v, '"Do Not Disturb"'))).toBe(`"Do Not Disturb" must be true or false, not "${v}".`),
  );

  it.each([
    'ninguno',
    'Ninguna',
    'sin dato',
    'Sin datos',
    'no aplica',
    'N/D',
    's/d',
    'nenhum',
    'Não informado',
    'nao se aplica',
    'aucun',
    'Non renseigné',
    'non communiqué',
    'keine Angabe',
    'k.A.',
    'k. A.',
    'nessuno',
    'non specificato',
    'geen',
    'Onbekend',
    'n.v.t.',
    'desconocido',
    'inconnu',
    'unbekannt',
  ])('%j is a placeholder for no answer', (v) => {
    expect(isPlaceholder(v)).toBe(true);
    expect(placeholderSaid('"Last Name"', v)).toBe(
      `"Last Name" ${JSON.stringify(v)} is a placeholder for no answer, not a value.`,
    );
  });
  // A state (North Carolina, North Dakota, South Dakota), a name (Nada, Geenen), a yes / no, a sentence.
  it.each(['NC', 'N.C.', 'N.D.', 'ND', 'SD', 'Nada', 'Geenen', 'Non', 'Nein', 'ninguno de estos'])('%j is not', (v) =>
    expect(isPlaceholder(v)).toBe(false),
  );

  it.each([
    ['25 de marzo de 1990', '1990-03-25'],
    ['domingo, 25 de marzo de 1990', '1990-03-25'],
    ['Marzo 25 de 1990', '1990-03-25'],
    ['1º de maio de 1990', '1990-05-01'],
    ['segunda-feira, 5 de março de 1990', '1990-03-05'],
    ['lundi 1er mars 1993', '1993-03-01'],
    ['1 févr. 1990', '1990-02-01'],
    ['25. März 1990', '1990-03-25'],
    ['Montag, 5. Mrz 1990', '1990-03-05'],
    ['25 marzo 1990', '1990-03-25'],
    ['domenica 25 marzo 1990', '1990-03-25'],
    ['25 maart 1990', '1990-03-25'],
    ['25-mrt-1990', '1990-03-25'],
    ['the 25th of March 1990', undefined],
    ['25th of March 1990', '1990-03-25'],
  ])('reads %j, the month by its name', (v, day) =>
    day ? expect(calendarDay(v)).toBe(day) : expect(refusal(() => calendarDay(v))).toMatch(/^"Date" must be/),
  );
  it.each([
    ['30 de febrero de 1990', 'you specified 30 as a day, which is invalid'],
    ['25 de marzo', 'it has no year'],
    ['25. März 90', 'write its year with 4 digits'],
  ])('refuses %j, saying why (%s)', (v, why) =>
    expect(refusal(() => calendarDay(v, '"Date of Birth"'))).toBe(
      `"Date of Birth" must be a date-time such as 2026-03-01T14:30:00Z (or 2026-03-01), not ${JSON.stringify(v)} (${why}).`,
    ),
  );

  it.each([
    ['Teléfono: 612 34 56 78', 'ES', '+34612345678', undefined],
    ['Móvil: 612 34 56 78', 'ES', '+34612345678', 'Móvil'],
    ['Celular: (11) 98765-4321', 'BR', '+5511987654321', 'Celular'],
    ['Telefone: (11) 3456-7890', 'BR', '+551134567890', undefined],
    ['Tél. : 01 42 68 53 00', 'FR', '+33142685300', undefined],
    ['Portable : 06 12 34 56 78', 'FR', '+33612345678', 'Portable'],
    ['Handy: 0171 1234567', 'DE', '+491711234567', 'Handy'],
    ['Telefonnummer: 030 1234567', 'DE', '+49301234567', undefined],
    ['Cellulare: 347 123 4567', 'IT', '+393471234567', 'Cellulare'],
    ['Mobiel: 06 12345678', 'NL', '+31612345678', 'Mobiel'],
    ['06 12345678 (werk)', 'NL', '+31612345678', 'werk'],
  ])('reads the phone %j in %s, its label (%s) named only when it says more than "phone"', (v, cc, e164, label) => {
    expect(normalizePhone(v, '"Phone"', cc)).toBe(e164);
    expect(phoneLabel(v)).toBe(label);
  });
  it.each([
    ['Correo: ana@x.com', undefined],
    ['Correo electrónico: ana@x.com', undefined],
    ['E-Mail-Adresse: ana@x.com', undefined],
    ['Courriel : ana@x.com', undefined],
    ['Adresse e-mail: ana@x.com', undefined],
    ['Trabajo: ana@x.com', 'Trabajo'],
    ['ana@x.com (privé)', 'privé'],
  ])('reads the email %j, its label (%s) named only when it says more than "email"', (v, label) => {
    expect(normalizeEmail(v)).toBe('ana@x.com');
    expect(emailLabel(v)).toBe(label);
  });

  describe("a contact's Gender (F.gender)", () => {
    const gender = F.gender();
    const read = (v: string, country?: string) =>
      convert(gender, v, { inputData: { gender: v, country } } as unknown as Parameters<typeof convert>[2]);
    it.each([
      ['Hombre', 'male'],
      ['MUJER', 'female'],
      ['Masculino', 'male'],
      ['Feminino', 'female'],
      ['Homme', 'male'],
      ['Femme', 'female'],
      ['Männlich', 'male'],
      ['weiblich', 'female'],
      ['Maschio', 'male'],
      ['Femmina', 'female'],
      ['Man', 'male'],
      ['Vrouw', 'female'],
      ['H', 'male'],
      ['W', 'female'],
      ['F', 'female'],
    ])('reads %j as %s', async (v, g) => expect(await read(v, 'ES')).toBe(g));
    it('reads "M" as Male, but in a Spanish-speaking country refuses it naming both readings', async () => {
      expect(await read('M')).toBe('male');
      expect(await read('m', 'US')).toBe('male');
      expect(await read('Male', 'MX')).toBe('male');
      await expect(read('M', 'México')).rejects.toThrow(
        '"Gender" "M" is ambiguous in MX: a Spanish form\'s H / M is Hombre / Mujer (M is female), its M / F ' +
          'Masculino / Femenino (M is male). Map Male or Female (or Hombre / Mujer).',
      );
    });
    it('refuses "V", Vrouw (female) in Dutch but Varón (male) in Spanish, listing the choices', () =>
      expect(() => read('V')).toThrow('"Gender" must be one of "male" (Male), "female" (Female), not "V".'));
  });
});

describe('values typed on keyboards of other scripts and in CJK input modes', () => {
  it("reads every decimal digit of every numbering system the runtime's ICU knows as its ASCII digit", () => {
    const systems = Intl.supportedValuesOf('numberingSystem').filter((ns) => ns !== 'latn');
    let read = 0;
    for (const ns of systems) {
      const f = new Intl.NumberFormat(`en-u-nu-${ns}`, { useGrouping: false });
      if (f.resolvedOptions().numberingSystem !== ns) continue;
      const digits = [...f.format(1234567890)];
      if (!digits.every((d) => /^\p{Nd}$/u.test(d))) continue; // hanidec's 一二三: numerals, not decimal digits
      expect({ ns, read: plainDigits(digits.join('')) }).toEqual({ ns, read: '1234567890' });
      read++;
    }
    expect(read).toBeGreaterThan(60); // arab, arabext, deva, thai, fullwide, beng, mathbold…
    expect(plainDigits('＋８１ ９０－１２３４（５６）　Ａ')).toBe('+81 90-1234(56) A');
    expect(plainDigits('m² ½ 三')).toBe('m² ½ 三'); // not NFKC: no superscript or fraction read as a digit
  });

  it.each([
    ['＋８１ ９０－１２３４－５６７８', undefined, '+819012345678'],
    ['＋８１９０１２３４５６７８', 'US', '+819012345678'],
    ['٠٠٩٧١٥٠١٢٣٤٥٦٧', 'US', '+971501234567'],
    ['+९१ ९८७६५ ४३२१०', undefined, '+919876543210'],
    ['๐๘๑ ๒๓๔ ๕๖๗๘', 'TH', '+66812345678'],
    ['४१५ ५५५ ०१००', 'US', '+14155550100'],
  ])('reads the phone %j (country %s) as %s', (raw, country, wire) =>
    expect(normalizePhone(raw, '"Phone"', country)).toBe(wire),
  );

  it('names an extension written in other digits, and knows a name or a dummy number in them', () => {
    expect(phoneExtension('٤١٥-٥٥٥-٠١٨٤ x١٢')).toBe('12');
    expect(phoneNeedsCountry('＋８１ ９０－１２３４－５６７８')).toBe(false);
    expect(isPlaceholder('٤١٥٥٥٥٠١٨٤', 'name')).toBe(true); // caller ID's number as the name
    expect(isPlaceholder('٠٠٠٠٠٠٠٠٠٠', 'number')).toBe(true);
  });

  it.each([
    ['٣٥٠٠', 3500],
    ['١٬٢٥٠٫٥٠', 1250.5],
    ['AED ١٬٢٥٠٫٥٠', 1250.5],
    ['١٫٢٥٠', 1.25], // Arabic's decimal point: not the ambiguous 1.250
    ['١٬٢٥٠', 1250],
    ['۱۲۵۰٫۵', 1250.5],
    ['₹१,२५,०००', 125000],
    ['฿๑,๒๕๐', 1250],
    ['１，２５０．５０', 1250.5],
    ['￥１２，５００', 12500],
    ['－５', -5],
  ])('reads the amount %j as %d', (raw, n) => expect(parseNumber(raw, '"Value"', { money: true })).toBe(n));

  it('refuses Arabic separators in the wrong order, and a number in other digits that is still ambiguous', () => {
    expect(refusal(() => parseNumber('١٫٢٥٠٬٥', '"Value"'))).toMatch(/^"Value" must be a number, not "١٫٢٥٠٬٥" \(/);
    expect(refusal(() => parseNumber('１，２５０', '"N"'))).toMatch(/^"N" "１，２５０" is ambiguous: it reads as 1250/);
  });

  it.each([
    ['١٩٩٠-٠٣-٢٥', '1990-03-25'],
    ['٢٥/٠٣/١٩٩٠', '1990-03-25'],
    ['۱۹۹۰/۰۳/۲۵', '1990-03-25'],
    ['१९९०-०३-२५', '1990-03-25'],
    ['１９９０－０３－２５', '1990-03-25'],
    ['1990年3月25日', '1990-03-25'],
    ['1990 年 3 月 25 日（日）', '1990-03-25'],
    ['1990년 3월 25일', '1990-03-25'],
    ['1990. 3. 25.', '1990-03-25'],
  ])('reads the date %j as %s', (raw, day) => expect(calendarDay(raw, '"Date of Birth"')).toBe(day));

  it('reads the dates Intl writes in Japanese, Chinese and Korean (CLDR), with their weekday and time', () => {
    const at = Date.UTC(1990, 2, 25, 14, 30);
    for (const locale of ['ja', 'zh', 'zh-TW', 'zh-HK', 'ko']) {
      for (const dateStyle of ['long', 'full', 'medium'] as const) {
        const day = new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' }).format(at);
        expect({ locale, day, read: calendarDay(day) }).toEqual({ locale, day, read: '1990-03-25' });
        const time = new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'short', timeZone: 'UTC' }).format(at);
        expect({ locale, time, read: isoText(time) }).toEqual({ locale, time, read: '1990-03-25T14:30:00.000Z' });
      }
    }
    expect(isoText('２０２６年３月１日 午前０:１５')).toBe('2026-03-01T00:15:00.000Z');
    expect(isoText('2026년 3월 1일 (일) 오후 2:30')).toBe('2026-03-01T14:30:00.000Z');
    expect(refusal(() => isoText('2026/3/1 PM 0:30'))).toMatch(/\(0 o'clock is not on the 12-hour clock\)/);
  });

  it.each([
    ['1990年2月30日', '(you specified 30 as a day, which is invalid)'],
    ['2026年3月1日 下午14:30', "(14 o'clock is not on the 12-hour clock)"],
    [
      '平成2年3月25日',
      '(its year counts from the Japanese era 平成: write the year in the Western calendar, e.g. 1990年3月25日)',
    ],
    [
      '民國79年3月25日',
      "(its year counts from the Republic of China's era 民國: write the year in the Western calendar, e.g. 1990年3月25日)",
    ],
  ])('refuses %j saying why', (raw, why) =>
    expect(refusal(() => calendarDay(raw, '"Date of Birth"'))).toBe(
      `"Date of Birth" must be a date-time such as 2026-03-01T14:30:00Z (or 2026-03-01), not ${JSON.stringify(raw)} ${why}.`,
    ),
  );

  it.each([
    ['۱۳۶۹/۰۱/۰۵', 1369, 'Hijri or Solar Hijri (Persian) calendar'],
    ['١٤١٠/٠٨/٢٨', 1410, 'Hijri or Solar Hijri (Persian) calendar'],
    ['๒๕/๐๓/๒๕๓๓', 2533, 'Thai Buddhist calendar'],
    // Nepal's official calendar, in Devanagari digits: 2050 is 1993; Bangladesh's, Myanmar's and Cambodia's.
    ['२०५०-०५-१५', 2050, "Bikram Sambat (Nepal's calendar)"],
    ['১৪৩২-০১-১৫', 1432, 'calendar of its script (Bengali, Burmese, Buddhist)'],
    ['၁၃၈၇-၀၁-၁၅', 1387, 'calendar of its script (Bengali, Burmese, Buddhist)'],
    ['២៥៦៨-០១-០១', 2568, 'calendar of its script (Bengali, Burmese, Buddhist)'],
  ])('refuses %j, whose year %d is of another calendar than it would be stored in', (raw, year, calendar) =>
    expect(refusal(() => calendarDay(raw, '"Date of Birth"'))).toBe(
      `"Date of Birth" ${JSON.stringify(raw)} has the year ${year}, which looks like a year of the ${calendar}: this ` +
        'step reads Gregorian dates only. Write the Gregorian date, e.g. 1990-03-25.',
    ),
  );

  it('writes a postal code in ASCII digits, so a ZIP that lost its zero gets it back', () => {
    expect(postalNeedsCountry('٢١٣٤')).toBe(true);
    expect(postalCode('٢١٣٤', 'US')).toBe('02134');
    expect(postalCode('٠٢١٣٤', 'US')).toBe('02134');
    expect(postalCode('१११००१', 'IN')).toBe('111001');
    expect(postalCode('１００－０００１', 'JP')).toBe('100-0001');
    expect(postalCode('ＳＷ１Ａ　１ＡＡ', 'GB')).toBe('SW1A 1AA');
  });

  it('writes an internationalized domain one way, ASCII (punycode) as web forms send it: one contact for Create, Upsert and Find', () => {
    for (const raw of [
      'zoë@bücher.de',
      'zoë@BÜCHER.DE',
      'zoë@xn--bcher-kva.de',
      'zoë@XN--BCHER-KVA.DE',
      'zoe\u0308@bu\u0308cher.de',
    ])
      expect(normalizeEmail(raw)).toBe('zoë@xn--bcher-kva.de');
    expect(normalizeEmail('ivan@xn--e1afmkfd.xn--p1ai')).toBe('ivan@xn--e1afmkfd.xn--p1ai');
    expect(normalizeEmail('ivan@ПРИМЕР.РФ')).toBe('ivan@xn--e1afmkfd.xn--p1ai');
    // A CJK input mode's full stop between the labels (UTS #46 reads it as a dot), its @ and letters full-width.
    expect(normalizeEmail('taro@example。jp')).toBe('taro@example.jp');
    expect(normalizeEmail('ｔａｒｏ＠ドメイン。ｊｐ')).toBe('taro@xn--eckwd4c7c.jp');
    // The local part is kept as written (RFC 5321); ß is kept in the domain (UTS #46 nontransitional, as browsers).
    expect(normalizeEmail('Ayşe.İnce@STRAßE.de')).toBe('Ayşe.İnce@xn--strae-oqa.de');
    // An ASCII domain is only lower-cased; one UTS #46 cannot read is lower-cased only, as before.
    expect(normalizeEmail('Ana.K@Example.COM')).toBe('Ana.K@example.com');
    expect(normalizeEmail('zoe@XN--ZZ.de')).toBe('zoe@xn--zz.de');
  });

  it('looks an email up once more with its domain in Unicode only when the ASCII form finds nothing', async () => {
    const asked: unknown[] = [];
    const lookup = (answers: Record<string, string>) => (e: unknown) => {
      asked.push(e);
      return Promise.resolve(answers[String(e)]);
    };
    const found = (a: string | undefined) => a !== undefined;
    expect(await byEmail('zoë@xn--bcher-kva.de', lookup({ 'zoë@bücher.de': 'c1' }), found)).toBe('c1');
    expect(await byEmail('zoë@xn--bcher-kva.de', lookup({ 'zoë@xn--bcher-kva.de': 'c2' }), found)).toBe('c2');
    expect(asked).toEqual(['zoë@xn--bcher-kva.de', 'zoë@bücher.de', 'zoë@xn--bcher-kva.de']);
    // An ASCII domain, one UTS #46 cannot read back, or no email at all: asked once.
    asked.length = 0;
    for (const e of ['ann@example.com', 'zoe@xn--zz.de', undefined])
      expect(await byEmail(e, lookup({}), found)).toBeUndefined();
    expect(asked).toEqual(['ann@example.com', 'zoe@xn--zz.de', undefined]);
    expect(unicodeEmail('ivan@xn--e1afmkfd.xn--p1ai')).toBe('ivan@пример.рф');
    expect(sameEmail('Zoë@Bücher.DE', 'zoë@xn--bcher-kva.de')).toBe(true);
    expect(sameEmail('zoë@bücher.de', 'zoë@bücher.dev')).toBe(false);
    expect(sameEmail(undefined, undefined)).toBe(false);
    expect(emailForms('zoë@BÜCHER.de')).toEqual(['zoë@BÜCHER.de', 'zoë@xn--bcher-kva.de', 'zoë@bücher.de']);
    expect(emailForms('Ann@Example.com')).toEqual(['Ann@Example.com']);
  });

  it('removes the Arabic letter mark (a direction mark Arabic keyboards type) as the other direction marks', () => {
    expect(cleanText('\u061Cمحمد\u061C')).toBe('محمد');
    expect(normalizeEmail('\u061Cahmad@example.com')).toBe('ahmad@example.com');
    // Joiners of Persian and Indic spelling inside a name are kept.
    expect(cleanText('علی\u200Cرضا')).toBe('علی\u200Cرضا');
    expect(cleanText('क्\u200Dष')).toBe('क्\u200Dष');
  });
});

describe('what people write in Japanese, Chinese, Korean, Russian, Greek, Thai and Arabic script beside the digits', () => {
  it.each([
    ['2026年3月1日 14時30分', '2026-03-01T14:30:00.000Z'],
    ['2026年3月1日14時5分', '2026-03-01T14:05:00.000Z'],
    ['2026年3月1日(日) 14時', '2026-03-01T14:00:00.000Z'],
    ['2026年3月1日 14時30分15秒', '2026-03-01T14:30:15.000Z'],
    ['2026年3月1日 14時30分5秒', '2026-03-01T14:30:05.000Z'],
    ['2026年3月1日 午後2時', '2026-03-01T14:00:00.000Z'],
    ['2026年3月1日 下午2点30分', '2026-03-01T14:30:00.000Z'],
    ['2026年3月1日 下午2點', '2026-03-01T14:00:00.000Z'],
    ['2026年3月1日 2時半', '2026-03-01T02:30:00.000Z'],
    ['2026年3月1日 午前0時', '2026-03-01T00:00:00.000Z'],
    ['2026년 3월 1일 14시 30분', '2026-03-01T14:30:00.000Z'],
    ['2026년 3월 1일 오후 2시 반', '2026-03-01T14:30:00.000Z'],
    ['1990/03/25 14時30分', '1990-03-25T14:30:00.000Z'],
  ])('reads the time of %j, written with its hour and minute words, as %s', (raw, iso) =>
    expect(isoText(raw, '"Due Date"')).toBe(iso),
  );

  it.each([
    ['2026年3月1日 下午14点', "14 o'clock is not on the 12-hour clock"],
    ['2026年3月1日 14時60分', 'you specified 60 as a minute, which is invalid'],
    ['2026年3月1日 24時', '24:00 is 00:00 of the next day'],
  ])('refuses the time of %j saying why', (raw, why) =>
    expect(refusal(() => isoText(raw, '"Due Date"'))).toBe(
      `"Due Date" must be a date-time such as 2026-03-01T14:30:00Z (or 2026-03-01), not ${JSON.stringify(raw)} (${why}).`,
    ),
  );

  it.each([
    ['25 марта 1990', '1990-03-25'],
    ['воскресенье, 25 марта 1990 г.', '1990-03-25'],
    ['25 березня 1990', '1990-03-25'],
    ['25 березня 1990 р.', '1990-03-25'],
    ['niedziela 25 marca 1990', '1990-03-25'],
    ['Κυριακή, 25 Μαρτίου 1990', '1990-03-25'],
    ['25 มีนาคม 1990', '1990-03-25'],
    ['25 มี.ค. 1990', '1990-03-25'],
    ['25 ม.ค. 1990', '1990-01-25'],
    ['25 marca 1990', '1990-03-25'],
    ['25. března 1990', '1990-03-25'],
    ['25 Mart 1990', '1990-03-25'],
    ['19 MAYIS 1990', '1990-05-19'],
    ['19 mayis 1990', '1990-05-19'],
    ['19 Mayıs 1990', '1990-05-19'],
    ['25 maaliskuuta 1990', '1990-03-25'],
    ['الأحد، 25 مارس 1990', '1990-03-25'],
    ['25 מרץ 1990', '1990-03-25'],
    ['25 जून 1990', '1990-06-25'],
  ])('reads %j, the month by its name in another language (ICU), as %s', (raw, day) =>
    expect(calendarDay(raw, '"Date of Birth"')).toBe(day),
  );

  it.each([
    ['25 listopada 1990', '"listopada" is a different month in different languages: write the date as YYYY-MM-DD'],
    ['25 марта', 'it has no year'],
  ])('refuses %j saying why', (raw, why) =>
    expect(refusal(() => calendarDay(raw, '"Date of Birth"'))).toBe(
      `"Date of Birth" must be a date-time such as 2026-03-01T14:30:00Z (or 2026-03-01), not ${JSON.stringify(raw)} (${why}).`,
    ),
  );

  it('refuses a Thai month beside a year of the Thai Buddhist calendar, in any digits', () =>
    expect(refusal(() => calendarDay('25 มีนาคม 2533', '"Date of Birth"'))).toMatch(
      /has the year 2533, which looks like a year of the Thai Buddhist calendar/,
    ));

  it('splits tags, lists and email lists at the commas and semicolons of CJK and Arabic script (CLDR list patterns)', () => {
    // CLDR's list separators, as Intl writes a list in those languages.
    expect(new Intl.ListFormat('ja').format(['A', 'B', 'C'])).toBe('A、B、C');
    expect(new Intl.ListFormat('ar', { type: 'unit' }).format(['A', 'B', 'C'])).toContain('A، ');
    expect(normalizeTags('VIP、webinar、新規')).toEqual(['VIP', 'webinar', '新規']);
    expect(normalizeTags('VIP，webinar；hot')).toEqual(['VIP', 'webinar', 'hot']);
    expect(normalizeTags('عميل، مهم؛ جديد')).toEqual(['عميل', 'مهم', 'جديد']);
    expect(normalizeTags('"東京、大阪"、VIP')).toEqual(['東京、大阪', 'VIP']);
    expect(listItems('a、b，c، d')).toEqual(['a', 'b', 'c', 'd']);
    expect(normalizeEmails('a@x.com、b@x.com؛ c@x.com')).toEqual(['a@x.com', 'b@x.com', 'c@x.com']);
    expect(refusal(() => normalizeEmail('a@x.com、b@x.com'))).toMatch(/holds 2 email addresses/);
  });

  it.each([
    ['1250円', 1250],
    ['1250元', 1250],
    ['1,250원', 1250],
    ['1 250 руб.', 1250],
    ['1250 ₽', 1250],
    ['1250 บาท', 1250],
    ['ر.س 1250', 1250],
    ['1250 د.إ', 1250],
    ['1 250 zł', 1250],
    // As Intl writes SAR in ar-SA: Arabic digits and separators, direction marks at the ends.
    [new Intl.NumberFormat('ar-SA', { style: 'currency', currency: 'SAR' }).format(1250), 1250],
  ])('reads the amount %j, its currency in local letters, as %d', (raw, n) =>
    expect(parseNumber(raw, '"Value"', { money: true })).toBe(n),
  );

  it("refuses a 3-decimal currency's 1,250 in local letters as in its code, and a word several currencies share", () => {
    expect(refusal(() => parseNumber('1,250 د.ك', '"Value"', { money: true }))).toMatch(
      /^"Value" "1,250 د.ك" is ambiguous: it reads as 1250/,
    );
    expect(parseNumber('د.ك 1,250.000', '"Value"', { money: true })).toBe(1250);
    expect(refusal(() => parseNumber('1250 ريال', '"Value"', { money: true }))).toMatch(/must be a number/);
    // The local letters are CLDR's symbols of those currencies (dots and direction marks aside).
    for (const [locale, code, letters] of [
      ['ar-SA', 'SAR', 'رس'],
      ['ar-KW', 'KWD', 'دك'],
      ['ar-BH', 'BHD', 'دب'],
      ['ar-OM', 'OMR', 'رع'],
      ['ar-JO', 'JOD', 'دأ'],
      ['ar-IQ', 'IQD', 'دع'],
      ['ar-LY', 'LYD', 'دل'],
      ['ar-TN', 'TND', 'دت'],
      ['pl', 'PLN', 'zł'],
    ]) {
      const symbol = new Intl.NumberFormat(locale, { style: 'currency', currency: code })
        .formatToParts(1)
        .find((p) => p.type === 'currency')!.value;
      expect({ code, letters: symbol.replace(/[.\s\u200E\u200F\u061C]/g, '') }).toEqual({ code, letters });
    }
  });
});
