/**
 * The normalization layer: what a lead's values look like after a form tool, a spreadsheet or a person typed them,
 * turned into what GHL stores, or refused with a sentence naming the field and the value. Every operation gets these
 * rules by field type (lib/op.ts `convert`) or field kind (lib/fields.ts F.email / F.phone / F.money / F.tags …);
 * README "Normalization rules" is the table of them. Maintained libraries do the hard parts: validator (the same
 * isEmail that GHL's class-validator DTOs run, so "email must be an email" is caught here first), libphonenumber-js
 * (numbering plans) and luxon (calendar-correct dates, no rollover).
 */
import type { DateTime } from 'luxon';
import type { CountryCode } from 'libphonenumber-js';
import { domainToASCII, domainToUnicode } from 'node:url';

/**
 * libphonenumber-js (~45 ms of CPU and ~10 MB to load its numbering plans), luxon and validator's isEmail (seven
 * modules) are loaded on first use, not with the app: every cold start of every step would pay for them, also of the
 * many steps that never read a phone, a date or an email (README "Performance": cold start ≤ 1.10× core). Node caches
 * them after the first call.
 */
let phoneLib: typeof import('libphonenumber-js') | undefined;
const phones = () => (phoneLib ??= require('libphonenumber-js') as typeof import('libphonenumber-js'));
let luxonLib: typeof import('luxon') | undefined;
const dates = () => (luxonLib ??= require('luxon') as typeof import('luxon')).DateTime;
let isEmailFn: ((s: string) => boolean) | undefined;
const isEmail = (s: string) =>
  (isEmailFn ??= (require('validator/lib/isEmail') as typeof import('validator/lib/isEmail')).default)(s);

/** Thrown for input a user typed or mapped wrongly; the factory turns it into a z.errors.Error naming the field. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** The value as the user sees it in a sentence: quoted, invisible whitespace shown, long values cut. */
export const shown = (v: unknown): string => {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}...` : s);
};

// ---------------------------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------------------------

/**
 * Invisible formatting characters that copying from a web page, a chat or a PDF brings along: zero-width space /
 * joiners, direction marks and isolates (Unicode's Bidi_Control, the Arabic letter mark that Arabic keyboards type
 * among them), word joiner, soft hyphen, BOM. At the ends of a value they are no part of it;
 * in an email they are never part of it (GHL's isEmail accepts "zoe@example.com\u200B" and stores it, and that
 * contact no longer matches "zoe@example.com": the next lead creates a duplicate).
 */
const INVISIBLE = '\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF';
const PADDING = new RegExp(`^[\\s${INVISIBLE}]+|(?<![\\s${INVISIBLE}])[\\s${INVISIBLE}]+$`, 'g');
/** Every invisible formatting character, also inside a value (an email holds none). */
const INVISIBLES = new RegExp(`[${INVISIBLE}]`, 'g');

/**
 * Control characters (C0 but tab, line feed and carriage return, and DEL): never text anyone typed, invisible in the
 * Zap editor, brought along by a broken export or a terminal's colours ("\u001B[31m"). In long text only NUL is one
 * (LONG_CONTROLS): the others may lay out a transcript, but NUL ends a string where GHL's stores and drivers read C.
 */
// eslint-disable-next-line no-control-regex -- control characters are what these find
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// eslint-disable-next-line no-control-regex -- as above
const LONG_CONTROLS = /\u0000/g;

/** Windows-1252's characters for the bytes 0x80–0x9F (its five unused bytes as Latin-1 reads them). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
/** A UTF-8 lead byte read as Windows-1252 or Latin-1 ("Ã", "â", "ï"), then a continuation byte so read. */
const MOJIBAKE = new RegExp(`[\u00C2-\u00F4][\u0080-\u00BF${CP1252}]`);

/**
 * What a capital accented letter (or ß) before typographic punctuation reads as when its bytes happen to be UTF-8
 * ("CAFÉ™" as "CAFə", "JOSÉ’S" as "JOSɒS", "Groß–Gerau" as "GroߖGerau"), and no name's mojibake reads back to:
 * C1 controls, IPA and modifier letters (with Latin Extended-B's last letters), Hebrew points, Syriac to NKo.
 */
const NOT_READ_BACK = /[\u0591-\u05C7\u0080-\u009F\u0240-\u02FF\u0700-\u07FF]/;

/**
 * Text whose UTF-8 bytes were read as Windows-1252 or Latin-1 (a CSV export opened or re-saved by Excel, an old
 * form tool): "JosÃ©" is "José", "Oâ€™Brien" is "O’Brien", "ï»¿Jane" a byte-order mark then "Jane". Read back only
 * when the whole text is such characters and its bytes are valid UTF-8 (so "São", "Ã" alone or a real "é" beside one
 * stay as written), into text a name can hold (NOT_READ_BACK); GHL would otherwise greet "JosÃ©" by that name.
 */
const unmojibake = (s: string): string => {
  if (!MOJIBAKE.test(s)) return s;
  const bytes: number[] = [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    const at = CP1252.indexOf(ch);
    if (at < 0 && c > 0xff) return s;
    bytes.push(at < 0 ? c : 0x80 + at);
  }
  // Bytes that are no UTF-8 read as U+FFFD, which the text itself cannot hold (it is no Windows-1252 character).
  const text = Buffer.from(bytes).toString('utf8');
  return text.includes('\uFFFD') || NOT_READ_BACK.test(text) ? s : text;
};

/**
 * One-line text: leading / trailing whitespace (spaces, tabs, newlines, NBSP, BOM) and invisible formatting
 * characters removed, control characters removed (CONTROLS; the factory names them: controlsOf), UTF-8 read as
 * Windows-1252 read back (unmojibake), Excel's text formula ="…" (how exports keep a ZIP's or a phone's zeros in a
 * CSV) its text, accents composed (NFC: "Zoe\u0308", as macOS and some keyboards send "Zoë", is "Zoë", so a tag or an
 * email is one value however it was typed). Inner whitespace, unicode, emoji (their zero-width joiners included) and
 * apostrophes are kept. Long text (notes, message bodies) is not passed through here: `longText`.
 */
export const cleanText = (v: unknown): string =>
  unmojibake(String(v).replace(CONTROLS, ''))
    .replace(PADDING, '')
    .replace(/^="([^"]*)"$/, '$1')
    .replace(PADDING, '')
    .normalize();

/**
 * The value of a decimal digit of any script (Arabic-Indic ٤, Persian ۴, Devanagari ४, Thai ๔, full-width ４…). The
 * Unicode Standard (§4.6, Numeric Value) encodes every script's digits 0–9 as one run of ten in ascending order, the
 * zero first, so a digit's value is its distance from the start of its run of digits, modulo 10 (runs of ten may
 * follow each other: the mathematical digits).
 */
const digitValue = (c: string): string => {
  const cp = c.codePointAt(0)!;
  let start = cp;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return String((cp - start) % 10);
};

/**
 * Text as a keyboard of another script or a CJK input mode writes numbers, made ASCII: digits of every script
 * (digitValue) and the full-width forms of ASCII (U+FF01–U+FF5E: "＋８１ ９０－１２３４", "（４１５）", "１，２５０．５０", as
 * NFKC maps them) and the ideographic space. Read so in phones, numbers, dates and postal codes; not NFKC, which
 * would also read "m²" as "m2" and "½" as "1⁄2". Letters and other characters stay as written.
 */
export const plainDigits = (s: string): string =>
  s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/(?![0-9])\p{Nd}/gu, digitValue);

/** Long text exactly as given, but for NUL (LONG_CONTROLS). */
export const longText = (v: string): string => v.replace(LONG_CONTROLS, '');

/**
 * What cleanText (or, `long`, longText) removes from a text as a Skipped Values phrase: "its control character
 * U+0000 (character 4) was removed" (up to three named), or undefined when it holds none.
 */
export const controlsOf = (v: unknown, long = false): string | undefined => {
  if (typeof v !== 'string') return undefined;
  const found = [...v.matchAll(long ? LONG_CONTROLS : CONTROLS)].map(
    (m) => `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} (character ${m.index + 1})`,
  );
  if (!found.length) return undefined;
  const more = found.length > 3 ? ` and ${found.length - 3} more` : '';
  return found.length > 1
    ? `its control characters ${found.slice(0, 3).join(', ')}${more} were removed`
    : `its control character ${found[0]} was removed`;
};

/**
 * What a chatbot, a form or a mail merge writes where it got no answer: "N/A" (also "N / A", "N/A."), "none",
 * "unknown", "not provided", "-" (or a typographic dash, "–", "—"), "?", an unfilled merge tag ("{{email}}",
 * "[First Name]", and as a form's hidden field or a landing page's URL parameter keeps it when nothing filled it:
 * "{utm_source}" (Unbounce, Google Ads' ValueTrack "{campaignid}"), "%utm_source%", "${utm_source}", Mailchimp's
 * "*|FNAME|*"); and the error value a spreadsheet's formula shows where it found none (SHEET_ERROR). Stored, it
 * becomes a contact named "N/A" or "#N/A", or a returning lead's update overwrites a real name with it; in a date or a
 * number it stops the step. A tag's first letter is the first one its pattern may take ([^…a-z]*[a-z]), so a long text
 * that opens like a tag ("[10:02] Bot: …", a transcript) is read in one pass, not in time growing with its square.
 */
const PLACEHOLDER =
  /^(?:n ?\/ ?a\.?|n\.a\.?|none|unknown|not (?:provided|given|specified|available|applicable)|no answer|[-\u2010-\u2015]+|\.+|\?+|\{\{[^{}]*\}\}|\$?\{[^{}"a-z]*[a-z][^{}"]*\}|%[^%"a-z]*[a-z][^%"]*%|\*\|[^|]*\|\*|\[[^[\]"a-z]*[a-z][^[\]"]*\])$/i;
/**
 * The same in the languages of GHL's agencies, compared without accents (plainWords): Spanish "ninguno", "sin dato",
 * "no aplica", "N/D", "S/D"; Portuguese "nenhum", "não informado"; French "aucun", "non renseigné"; German "keine
 * Angabe", "k. A."; Italian "nessuno", "non specificato"; Dutch "geen", "onbekend", "n.v.t.". Not "NC" / "N.D." (non
 * communiqué, non disponibile: also North Carolina, North Dakota in a State field) nor "Nada" (a first name).
 */
const NO_ANSWER_WORDS =
  /^(?:[ns] ?\/ ?d\.?|ningun[oa]|nenhuma?|aucune?|keine|nessun[oa]|geen|sin (?:datos?|respuesta)|sem (?:dados|resposta)|no (?:aplica|disponible|especificad[oa]|informad[oa])|nao (?:informad[oa]|se aplica|aplicavel|disponivel|especificad[oa])|non (?:renseignee?s?|communiquee?s?|applicable|disponible|specificat[oa]|disponibile|indicat[oa])|keine angaben?|k\. ?a\.?|nicht angegeben|niet (?:opgegeven|van toepassing|bekend)|n\.? ?v\.? ?t\.?|desconocid[oa]|desconhecid[oa]|inconnue?|unbekannt|sconosciut[oa]|onbekend)$/;
/** Text as NO_ANSWER_WORDS compares it: accents off, lower case, inner white space one space. */
const plainWords = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
/** A placeholder for no answer (PLACEHOLDER, NO_ANSWER_WORDS) as cleanText leaves it. */
const saysNoAnswer = (s: string) => PLACEHOLDER.test(s) || NO_ANSWER_WORDS.test(plainWords(s));
/**
 * The error values of Excel and Google Sheets ("#N/A" of a VLOOKUP that found nothing, "#REF!", "#VALUE!"…), which a
 * sheet's row hands over as its cell's text.
 */
const SHEET_ERROR =
  /^#(?:n\/a|value!|ref!|div\/0!|num!|name\?|null!|spill!|calc!|field!|blocked!|connect!|busy!|unknown!|error!|getting_data)$/i;

/** True for a spreadsheet formula's error value (SHEET_ERROR): never a value, even where "none" may be one. */
export const isFormulaError = (v: unknown): boolean => typeof v === 'string' && SHEET_ERROR.test(cleanText(v));

/**
 * What caller ID (CNAM, a carrier's spam label) shows in place of a caller's name or number: "WIRELESS CALLER",
 * "UNKNOWN NAME", "TOLL FREE CALLER", "CELL PHONE CA", "SPAM LIKELY", and for a withheld number "Anonymous",
 * "Restricted", "Private". Call tracking (CallRail, Aircall, RingCentral, Workiz) hands it over as the lead's name or
 * number: stored, it becomes a contact named "WIRELESS CALLER", or every withheld caller one contact. Read only in a
 * contact's names and in phones (Field `standIn`), where "Private" answers nothing else.
 */
const CALLER_ID =
  /^(?:wireless caller|cell phone(?: [a-z]{2})?|toll free (?:caller|number)|unknown (?:name|caller|number)|no caller id|out of area|(?:potential |suspected )?(?:spam|scam|fraud)(?: (?:likely|risk|caller|alert))?|telemarketer|(?:anonymous|private|blocked|restricted|withheld|unavailable)(?: (?:caller|number|call|name))?)$/i;
/**
 * The words Twilio's stand-ins for a withheld number spell on a phone keypad (+266696687 is ANONYMOUS, +86282452253
 * UNAVAILABLE: support.twilio.com "Why am I getting calls from these strange numbers"). Some are possible numbers of a
 * real country (+86 is China's code), so they are recognised before they are read.
 */
const WITHHELD = ['ANONYMOUS', 'UNAVAILABLE', 'RESTRICTED', 'BLOCKED', 'UNKNOWN'];

/**
 * What a web chat widget or a social inbox names a visitor it has no name for: "Visitor 4711", "Website Visitor",
 * "Anonymous Visitor #12", "Guest 123", "User", "Customer", "Facebook User" (Messenger's unavailable profile), Tidio's
 * "#2ftg9". Stored, every chat lead is a contact named "Website Visitor", and a returning visitor's update overwrites
 * the name they gave before. A bare "Guest" is a surname too (`surname`: kept there). A handle ("@maria_88") or a name
 * with emoji ("🌸 Maria 🌸") is what the person chose: kept.
 */
const CHAT_NAME =
  /^(?:(?:(?:anonymous|unknown|new|website|web|site|chat|live ?chat|facebook|instagram|whatsapp|messenger|telegram) )?(?:visitor|guest|user|customer|contact)(?: ?[#_-]? ?[a-z]*\d[a-z\d]*)?|#[a-z\d]{4,})$/i;

/**
 * Email local parts that say no address was given, at any domain: "noemail@gmail.com", "none@…", and a mailbox that
 * takes no mail, "noreply@…" (an app's notification sender, mapped where the lead's address belongs).
 */
const NO_MAILBOX =
  /^(?:no|dont|do[-_.]?not)[-_.]?(?:e[-_.]?mail(?:[-_.]?address)?|mail|reply)$|^(?:none|nobody|no[-_.]?one)$/i;
/**
 * Filler that fills an address's parts when the lead has none ("test@test.com", "a@a.com", "asdf@asdf.com",
 * "email@email.com", "na@na.com", "no@email.com", "x@x.x"): a stand-in only as the local part and every label of the
 * domain before its top level, or at a domain reserved for examples and tests (RFC 2606: example.com, .net, .org,
 * .example, .test, .invalid, .localhost; "you@example.com", a form's placeholder text). A real address at a real domain
 * ("test@acme.com", "a@gmail.com") is kept, and so is any other address at a reserved domain ("jane@example.com",
 * what testers send): RFC 6761 asks software not to treat example names as special, and such an address is one person.
 */
const FILLER =
  /^(?:test(?:ing)?|e-?mail|mail|example|sample|demo|fake|dummy|user|name|you|your[-_.]?(?:e-?mail|name)?|someone|domain|yourdomain|company|website|n[-_.]?a|no|none|null|asdf\w*|qwerty\w*|abc|123\d*|[a-z\d]|([a-z\d])\1+)$/i;
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost)$/i;

/**
 * What a stand-in address (NO_MAILBOX, FILLER) is, in a sentence's words; undefined for any other. Read as
 * normalizeEmail reads it ("Work: <test@test.com>").
 */
const fakeEmail = (v: unknown): string | undefined => {
  let s: string;
  try {
    s = normalizeEmail(v);
  } catch {
    s = cleanText(v); // "x@x.x": no address, but a stand-in for one first
  }
  const [local, domain, ...more] = s.split('@');
  const labels = domain?.split('.') ?? [];
  if (more.length || labels.length < 2) return undefined;
  if (NO_MAILBOX.test(local)) return 'an address that says there is none (no email, no reply)';
  // One letter or digit is filler beside itself only ("a@a.com"): x.com and t.co are real domains with real people.
  const filler = (l: string) => l.toLowerCase() === local.toLowerCase() || (l.length > 1 && FILLER.test(l));
  return FILLER.test(local) && (RESERVED_DOMAIN.test(domain) || labels.slice(0, -1).every(filler))
    ? 'a dummy address (filler, as people type to get past a required field)'
    : undefined;
};

/**
 * A phone number everyone types to get past a required field, or a phone system's for a blocked caller: one digit
 * repeated ("0000000000", "555-555-5555", "+1 000 000 0000") or counting from 1 ("1234567890", "123-4567"), with or
 * without NANP's +1; every lead with it would be one contact. Counting from 0 or down is a possible number in some
 * plans (Paris's 01 23 45 67 89, India's 98765 43210), and a repeated digit after a "+" and another country's code
 * ("+44 7777 777777", "+7 777 777 7777": the code may be that digit too) a number sold as such: kept. So are the NANP
 * numbers reserved for fiction (555-0100 to 555-0199): each is one number, used by documentation and testers, which
 * nobody types in place of their own.
 */
const fakeNumber = (v: unknown): boolean => {
  const s = plainDigits(cleanText(v));
  // "+" and a country code but NANP's: that country's number, however its digits run ("+7 777 777 7777").
  if (!/^\+?[\d\s().-]+$/.test(s) || /^\+\s*[2-9]/.test(s)) return false;
  const digits = s.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  return digits.length >= 7 && (/^(\d)\1+$/.test(digits) || '1234567890'.startsWith(digits));
};

/**
 * Which kind of a lead's value a field holds (Field `standIn`), for the stand-ins that are no value there: a contact's
 * first or full name, last name, a phone number, a contact's email.
 */
export type StandIn = 'name' | 'surname' | 'number' | 'email';

/**
 * What stands in a field of kind `as` for a value nobody gave, in a sentence's words ("what caller ID shows …");
 * undefined for a value. A name that is only a phone number is caller ID's number shown for want of a name ("4711",
 * too short for a number, stays a visitor's name).
 */
const standInOf = (v: unknown, as?: StandIn): string | undefined => {
  if (!as || (typeof v !== 'string' && typeof v !== 'number')) return undefined;
  if (as === 'email') return fakeEmail(v);
  const s = plainDigits(cleanText(v)).replace(/\s+/g, ' ');
  if (CALLER_ID.test(s)) return 'what caller ID shows when it has no name or number';
  const digits = s.replace(/[\s().-]/g, '').replace(/^00/, '+');
  if (as !== 'number') {
    if (/^\+?\d{7,15}$/.test(digits)) return 'a phone number (what caller ID shows when it has no name)';
    return CHAT_NAME.test(s) && !(as === 'surname' && /^guest$/i.test(s))
      ? 'what a chat widget shows for a visitor it has no name for'
      : undefined;
  }
  const word = WITHHELD.find((w) => digits === `+${[...w.toLowerCase()].map(keypadDigit).join('')}`);
  if (word) return `what caller ID shows for a withheld number (${word} on a phone keypad)`;
  return fakeNumber(v) ? 'a dummy number (one digit repeated, or counting from 1)' : undefined;
};

/**
 * True for a value that only says no answer was given (PLACEHOLDER), that a formula failed (SHEET_ERROR), or, in a
 * field of a lead's kind (`as`), what stands in for a name, a number or an address nobody gave (standInOf).
 */
export const isPlaceholder = (v: unknown, as?: StandIn): boolean =>
  (typeof v === 'string' && (saysNoAnswer(cleanText(v)) || isFormulaError(v))) || standInOf(v, as) !== undefined;

/** What a placeholder is, in a sentence: "a placeholder for no answer", "a spreadsheet formula's error", a stand-in. */
export const placeholderIs = (v: unknown, as?: StandIn): string =>
  isFormulaError(v)
    ? "a spreadsheet formula's error"
    : (!saysNoAnswer(cleanText(v)) && standInOf(v, as)) || 'a placeholder for no answer';

/** The sentence for a placeholder mapped into a field (`label` quoted; `as`: the field's kind, Field `standIn`). */
export const placeholderSaid = (label: string, v: unknown, as?: StandIn): string =>
  `${label} ${shown(v)} is ${placeholderIs(v, as)}, not a value.`;

/**
 * The text of a field that holds one email or phone, without the commas and semicolons at its ends: Zapier joins a
 * list mapped into a one-value field with commas, so line items (a Workiz job's contacts, form rows) that hold one
 * value beside empty ones arrive as "zoe@example.com," or ", (415) 555-0100, ,". Inner ones are left to `several`.
 */
const oneValue = (v: unknown): string => cleanText(v).replace(/^[\s,;]+|(?<![\s,;])[\s,;]+$/g, '');

// ---------------------------------------------------------------------------------------------------------------
// Labels beside a phone number or an email
// ---------------------------------------------------------------------------------------------------------------

/**
 * The words people and CRMs put beside a phone number or an email to say which one it is: "Cell: 415 555 0100",
 * "M 415…", "(415) 555-0100 (mobile)", "415-555-0100 - work", "Work: ann@example.com", "ann@example.com (home)". Only
 * these are taken off (a name or "fax" beside a number is still refused): GHL's phone and email hold no label, so the
 * step names it (lib/fields.ts F.phone / F.email `dropped`). A label that only says what the field already says
 * (`plain`: "Phone:", "Tel.", "Ph:", "T:", "P:", "Phone number:", "E-mail:"), like "tel:" and "mailto:", loses nothing
 * and is not named: Skipped Values lists only what was lost.
 */
const LABEL_WORDS =
  'home|work|office|main|business|personal|private|primary|other|' +
  // The same in Spanish, Portuguese, French, German, Italian and Dutch (casa, travail, privat, lavoro, werk…).
  'casa|trabajo|trabalho|oficina|escrit[oó]rio|domicile|travail|bureau|priv[eé]|privat|privado|privato|gesch[aä]ftlich|' +
  'b[uü]ro|arbeit|lavoro|ufficio|werk|thuis|kantoor';
/** Words of `words` before the value (up to `sep`, if what follows starts like it: `starts`) or after it. */
const labels = (words: string, plain: string, sep: string, starts: string) => ({
  before: new RegExp(`^(${words})${sep}(?=${starts})`, 'i'),
  after: new RegExp(`(?<!\\s)(?:\\s*\\((${words})\\)|(?:\\s*[-–,/])?\\s+(${words}))\\.?$`, 'i'),
  plain: new RegExp(`^(?:${plain})$`, 'i'),
});
/** Labels that only say it is a phone, also in those languages: "Teléfono", "Telefone", "Tél.", "Telefonnummer". */
const PHONE_PLAIN =
  '(?:phone|ph|p|tel(?:ephone)?|t|tel[eé]f(?:on[oe]?|oon)(?:nummer)?|t[eé]l[eé]phone|t[eé]l|rufnummer|' +
  'n[uú]mero(?: d[ei] t[eé]l[eé]f(?:on[oe]|one))?|num[eé]ro(?: de t[eé]l[eé]phone)?)(?: ?(?:number|no))?';
const PHONE_LABELS = labels(
  `(?:cell(?:ular)?(?: ?phone)?|mobile(?: ?phone)?|mob|${LABEL_WORDS}|direct|whats ?app|landline|daytime|evening|` +
    // A mobile and a landline in those languages: "Móvil", "Celular", "Handy", "Portable", "Cellulare", "Mobiel".
    '(?:tel[eé]fono |telefone )?(?:m[oó]vil|celular)|cel|handy|mobil(?:telefon|nummer)?|portable|port|cellulare|' +
    `mobiel|festnetz|fijo|fixe|fisso|vast|[mchwo])(?: ?(?:number|no))?|${PHONE_PLAIN}`,
  PHONE_PLAIN,
  // French puts a space before the colon: "Tél. : 06 12 34 56 78".
  '(?:\\s*[:.#-])*\\s*',
  '[+(\\d]',
);
/** Labels that only say it is an email: "E-Mail-Adresse", "Correo electrónico", "Courriel", "Adresse e-mail". */
const EMAIL_PLAIN =
  'e-?mail(?: address)?|mail|correo(?: electr[oó]nico)?|e-?mail-?adres(?:se)?|courriel|' +
  'adresse (?:e-?mail|mail|[eé]lectronique)|endere[cç]o de e-?mail|indirizzo(?: e-?mail)?';
/** After an email's label comes a colon or a space: "work.ann@…" and "work-ann@…" are addresses. */
const EMAIL_LABELS = labels(`${LABEL_WORDS}|${EMAIL_PLAIN}|school`, EMAIL_PLAIN, '(?:\\s*:\\s*|\\s+)', '[^\\s@]+@');

/** A value's label (`PHONE_LABELS` or `EMAIL_LABELS`; none when it is `plain`) and the value without it. */
const labelled = (s: string, words = PHONE_LABELS): { text: string; label?: string } => {
  const before = words.before.exec(s);
  const after = before || !/[\d@]/.test(s) ? null : words.after.exec(s);
  const found = before ?? after;
  if (!found) return { text: s };
  const label = found[1] ?? found[2];
  return {
    text: before ? s.slice(found[0].length) : s.slice(0, found.index),
    label: words.plain.test(label) ? undefined : label,
  };
};

// ---------------------------------------------------------------------------------------------------------------
// Email
// ---------------------------------------------------------------------------------------------------------------

/**
 * The refusal of a value that holds several emails or phones where one belongs ("a@b.com; c@d.com", "415 555 0100 /
 * 415 555 0101"), each readable by `read`: saying it is no email or has too many digits would be wrong. Undefined
 * when the value does not split into several readable ones at any of `at`, tried in turn (parts already read at an
 * earlier one are not read again, nor a part repeated: 100,000 addresses joined by commas, the last cut off, were read
 * twice, and 1 MB of one number repeated was 100,000 readings).
 */
const several = (v: unknown, label: string, what: string, at: RegExp[], read: (part: string) => unknown) => {
  let tried = '';
  for (const re of at) {
    const parts = cleanText(v)
      .split(re)
      .filter((p) => p && !/^(or|and|&)$/i.test(p));
    const key = parts.join('\u0000');
    if (parts.length < 2 || key === tried) continue;
    tried = key;
    try {
      for (const p of new Set(parts)) read(p);
    } catch {
      continue;
    }
    return new InputError(
      `${label} ${shown(v)} holds ${parts.length} ${what}, and it takes one: map only one of them.`,
    );
  }
  return undefined;
};

/**
 * Markdown emphasis or code around a whole value, as a chatbot writes it (`**ann@x.com**`, `__ann@x.com__`,
 * `` `ann@x.com` ``, `***…***`): no part of the value (no domain ends in `*`, `_` or a backquote).
 */
const unmarked = (s: string): string => {
  for (let m; (m = /^(\*{1,3}|_{1,3}|`+|~~)(.+)\1$/s.exec(s));) s = m[2].trim();
  return s;
};

/**
 * An email's text (full-width characters made plain, invisible ones removed, markdown emphasis taken off), the label
 * beside it, and the name written with it: a display name (`Ann Lee <ann@x.com>`), an RFC 5322 comment after it
 * (`ann@x.com (Ann Lee)`) or a markdown link's text (`[Ann Lee](mailto:ann@x.com)`; `linked` when that text is an
 * address itself, `[ann@x.com](mailto:ann@x.com)`). GHL's email holds no name: the step names it (F.email `dropped`).
 */
const emailText = (v: unknown) => {
  const { text, label } = labelled(oneValue(v).normalize('NFKC').replace(INVISIBLES, ''), EMAIL_LABELS);
  let s = unmarked(text.trim());
  let name: string | undefined;
  let linked: string | undefined;
  // An address is one run of such characters with an "@" inside it (.@.), checked apart: "[^…]+@[^…]+" would try
  // each "@" of a long run in turn (5,000 addresses joined by commas: time growing with the square of the length).
  const address = (m: RegExpExecArray | null, i: number) => (m && /.@./.test(m[i]) ? m : null);
  const link = address(/^\[([^\]]*)\]\(\s*<?([^\s()<>]+)>?\s*\)$/i.exec(s), 2);
  const named = /^([^<>]*)<([^<>]+)>$/.exec(s);
  const comment = address(/^([^\s()<>]+)\s*\(([^()]*)\)$/.exec(s), 1);
  if (link) [, name, s] = link;
  else if (named) [, name, s] = named;
  else if (comment) [, s, name] = comment;
  name = unmarked(name?.trim().replace(/^(["'])(.*)\1$/, '$2') ?? '').trim() || undefined;
  if (link && name?.includes('@')) [linked, name] = [name, undefined];
  // A mail app writes an address it has no name for as its own name ("ann@x.com <ann@x.com>"): nothing else was given.
  if (named && name?.toLowerCase() === s.trim().toLowerCase()) name = undefined;
  return { text: s.trim(), label, name, linked };
};

/** The label written beside an email ("Work" of "Work: ann@example.com"), which normalizeEmail leaves out. */
export const emailLabel = (v: unknown): string | undefined => emailText(v).label;

/** The name written with an email ("Ann Lee" of "Ann Lee <ann@x.com>"), which normalizeEmail leaves out. */
export const emailName = (v: unknown): string | undefined => emailText(v).name;

/**
 * An email's domain in one form, so that a lead is one contact however its domain was written: lower-cased, and an
 * internationalized domain in its ASCII (punycode) form, whether it came so ("xn--bcher-kva.de") or in Unicode
 * ("bücher.de", "ПРИМЕР.РФ"), also with a CJK input mode's full stop ("ドメイン。jp"): the WHATWG URL standard's
 * domain-to-ASCII (UTS #46, node:url). GHL's spec gives an email no format, and GHL matches contacts by the text it
 * stores (Find Contact's duplicate lookup, Upsert Contact). The ASCII form is the one web forms send, GHL's own among
 * them: HTML's valid email address allows only ASCII in the domain, and browsers turn an IDN typed into an email input
 * into punycode (Chromium EmailInputType; w3c/html#538); it is also the form mail is sent to without SMTPUTF8, and
 * the one APIs such as Mollie's require. A domain UTS #46 refuses is lower-cased only and left to isEmail.
 */
const emailDomain = (domain: string): string => {
  const lower = domain.toLowerCase();
  return /^[\x21-\x7e]*$/.test(lower) && !/(?:^|\.)xn--/.test(lower) ? lower : domainToASCII(lower) || lower;
};

/**
 * An email as GHL accepts it: surrounding whitespace, angle brackets, quotes, a `mailto:` prefix, a label
 * (`EMAIL_LABELS`), a name written with it (emailText), markdown around it and a sentence's full stop removed,
 * full-width characters of a CJK input mode made plain (NFKC: "ｊａｎｅ＠ｘ．ｃｏｍ"), the domain lower-cased and in its
 * ASCII (punycode) form (emailDomain: domains are case-insensitive; the local part is left alone because RFC 5321 lets
 * a server treat it case-sensitively), then
 * checked with validator's isEmail, the check behind GHL's 422 "email must be an email". A markdown link whose text is
 * another address than its target is refused naming both.
 */
export const normalizeEmail = (v: unknown, label = '"Email"'): string => {
  const { text, linked } = emailText(v);
  let s = text
    .replace(/^mailto:/i, '')
    .replace(/^(["'])(.*)\1$/, '$2')
    .replace(/(?<!\.)\.+$/, '')
    .trim();
  const at = s.lastIndexOf('@');
  if (at > 0) s = `${s.slice(0, at)}@${emailDomain(s.slice(at + 1))}`;
  if (isEmail(s) && linked !== undefined) {
    let shows: string | undefined;
    try {
      shows = normalizeEmail(linked);
    } catch {
      // named below as the address it shows
    }
    if (shows?.toLowerCase() === s.toLowerCase()) return shows;
    throw new InputError(
      `${label} ${shown(v)} is a link that shows the address ${linked} but points to ${s}: map the one you mean.`,
    );
  }
  if (isEmail(s)) return s;
  throw (
    // Split at separators first, so that labelled addresses ("Work: a@b.com, Home: c@d.com") are read as such.
    several(v, label, 'email addresses', [/(?!(?<=\s)\s)\s*[,;/|\n\u3001\u060C\u061B]\s*/, /[\s,;/|]+/], (p) =>
      normalizeEmail(p),
    ) ?? new InputError(`${label} ${shown(v)} is not an email address (expected something like name@example.com).`)
  );
};

/**
 * The address with its internationalized domain in Unicode ("zoë@bücher.de" for normalizeEmail's
 * "zoë@xn--bcher-kva.de"), the form GHL holds when the address was typed in GHL itself or imported from a CSV; undefined
 * for a domain without an IDN label (or one UTS #46 cannot read back).
 */
export const unicodeEmail = (email: string): string | undefined => {
  const at = email.lastIndexOf('@');
  const domain = email.slice(at + 1);
  if (at < 1 || !/(?:^|\.)xn--/i.test(domain)) return undefined;
  const unicode = domainToUnicode(domain);
  return unicode && unicode !== domain ? `${email.slice(0, at)}@${unicode}` : undefined;
};

/**
 * A lookup by email that finds the address however GHL holds its domain. GHL matches the text it stores (the
 * duplicate lookup, the upsert, a user search) and normalizeEmail writes an internationalized domain in ASCII, while an
 * address typed in GHL or imported is held in Unicode: when the lookup finds nothing (`found`), it is asked once more
 * with the domain in Unicode (unicodeEmail). An ASCII domain, or no email, is asked once.
 */
export const byEmail = async <T>(
  email: unknown,
  lookup: (email: unknown) => Promise<T>,
  found: (answer: T, email: string) => boolean,
): Promise<T> => {
  const answer = await lookup(email);
  const other = typeof email === 'string' ? unicodeEmail(email) : undefined;
  return other && !found(answer, email as string) ? lookup(other) : answer;
};

/**
 * An address in each form GHL may hold it in, for a filter that matches the text (New User with Email's list): as
 * given, and for an internationalized domain also in ASCII (normalizeEmail) and in Unicode (unicodeEmail).
 */
export const emailForms = (v: string): string[] => {
  let ascii: string;
  try {
    ascii = normalizeEmail(v);
  } catch {
    return [v];
  }
  const unicode = unicodeEmail(ascii);
  return unicode ? [...new Set([v, ascii, unicode])] : [v];
};

/** One address however written (normalizeEmail: its domain in one form; case aside); text that is none, as it looks. */
export const emailKey = (v: unknown): string | undefined => {
  if (typeof v !== 'string') return undefined;
  try {
    return normalizeEmail(v).toLowerCase();
  } catch {
    return looks(v);
  }
};

/** Two emails are one address (emailKey): "zoë@bücher.de" is "Zoë@xn--bcher-kva.de". */
export const sameEmail = (a: unknown, b: unknown): boolean => {
  const key = emailKey(a);
  return key !== undefined && key === emailKey(b);
};

/**
 * Email addresses of a list field (CC, BCC), or text mapped into it: split at `,` `;` and line breaks (how people
 * and mail apps write several; also as other scripts write them: ITEM_SEPARATORS), each read as one Email above; empty
 * items dropped. The first unreadable one is refused, named.
 */
export const normalizeEmails = (v: unknown, label = '"Email"'): string[] =>
  splitItems(v, ITEM_SEPARATORS)
    .filter(Boolean)
    .map((e) => normalizeEmail(e, label));

// ---------------------------------------------------------------------------------------------------------------
// Phone
// ---------------------------------------------------------------------------------------------------------------

/**
 * An extension at the end of a number as people, CRMs and tel: URIs write it ("ext. 12", "x12", "#12", "extension
 * 12", ";ext=12"), also with no digits after the marker (a form's empty extension box: "415 555 0100 ext."), which
 * is no extension. Never after a letter: the "x" of "fax" or of "1-800-BOX" is no marker. And as a dial string keeps
 * it (a call log's, a click-to-call link's): digits dialled after pauses, "+14155550100,,123" or ";123" (its "#" too),
 * which libphonenumber also reads as the extension; not a sheet's thousands ("4,155,550,100": phoneText reads those).
 * Read in one pass (time growing with the length, not its square or cube: a long run of spaces or blank lines in the
 * field): no two runs of white space that may split one, none tried from inside a run, the thousands test last.
 */
const EXTENSION =
  /(?<![\s,;])[\s,;]*(?<![a-z])(?:ext(?:ension)?|x|#)\.?\s*(?:[:=]\s*)?(?:(\d{1,7})\s*)?$|(?!(?<=\s)\s)(?=\s*[,;]+\s*\d{1,7}#?\s*$)(?<!^\+?\d{1,3}(?:,\d{3})*)\s*[,;]+\s*(\d{1,7})#?\s*$/i;

/**
 * A phone number's text taken apart: the number (trimmed, without `tel:`), the label beside it and its extension, in
 * either order ("415 555 0100 (work) x12", "Work: 415 555 0100 ext. 12", "415 555 0100 ext. 12 (work)"). Underscores
 * between its digit groups ("415_555_0100", as an export or a field that takes no spaces writes them) separate them,
 * as a space does: they have no other reading there. Digits of other scripts and full-width forms are read as ASCII
 * (plainDigits: "＋８１ ９０－１２３４－５６７８", "+٩٧١ ٥٠ ١٢٣ ٤٥٦٧", "๐๘๑ ๒๓๔ ๕๖๗๘"). A SIP URI's user part is its number (a softphone's or a PBX's
 * caller, "sip:+14155550100@pbx.example.com;user=phone", RFC 3261 19.1.6), as a tel: URI's is; a name there is read
 * as any text is (refused).
 */
const phoneParts = (v: unknown): { number: string; label?: string; ext?: string } => {
  let s = plainDigits(oneValue(v))
    .replace(/^tel:/i, '')
    .replace(/^sips?:([^@\s]+)@\S+$/i, '$1')
    .replace(/(?<=[\d)])_+(?=[\d(])/g, ' ')
    .trim();
  let ext: string | undefined;
  const cut = () => {
    const m = EXTENSION.exec(s);
    if (!m) return;
    ext ||= m[1] || m[2] || undefined;
    s = s.slice(0, m.index).trim();
  };
  cut();
  const { text, label } = labelled(s);
  s = text.trim();
  cut();
  return { number: s, label, ext };
};

/**
 * Text without a leading `+` (or `00`, `tel:+…`) that could be a phone number: it needs a country to be read (so
 * the sub-account's country is looked up only then, never for "n/a").
 */
export const phoneNeedsCountry = (v: unknown): boolean => {
  const s = phoneText(v);
  // A vanity number is read in the country too, for its refusal to show its keypad digits; and so is each number of
  // a text holding several ("Mobile: 415… Home: 415…"), for its refusal to say so: each distinct one asked once.
  const parts = cleanText(v).split(PHONES_APART).filter(Boolean);
  return (
    (!s.startsWith('+') && (!/[a-z]/i.test(s) || vanityText(v) !== undefined)) ||
    (parts.length > 1 && [...new Set(parts)].some((p) => phoneNeedsCountry(p)))
  );
};

/** A two-letter ISO 3166 country libphonenumber has a numbering plan for, upper-cased; undefined otherwise. */
export const countryCode = (v: unknown): CountryCode | undefined => {
  const c = typeof v === 'string' ? v.trim().toUpperCase() : '';
  return phones().isSupportedCountry(c) ? (c as CountryCode) : undefined;
};

/**
 * A phone number in E.164 (`+4930123456`), as GHL stores and matches phones. Written with `+` or `00` it is read
 * as international; otherwise in `country` (the sub-account's country). Extensions (`ext. 12`) cannot be stored in
 * GHL's phone field and are dropped. The number must have a possible length for its country, and one read in
 * `country` must fit that country's plan as a whole (no US number starts with 0): number ranges are not checked,
 * because pinned numbering-plan data ages and a lead with a newly opened range must not be lost.
 */
/**
 * Where a text holding several phone numbers splits: a separator or "or" / "and", and, as an exported contact's cell
 * joins them with spaces only, before a label with its colon ("Mobile: 415… Home: 415…") or after one in brackets
 * ("415… (m) 415… (h)").
 */
const PHONES_APART =
  /(?!(?<=\s)\s)(?:\s*(?:[,;/|&\n]|\b(?:or|and)\b)\s*|\s+(?=[a-z]+(?: [a-z]+)?\s*:\s*[+(\d]))|(?<=\([a-z]+\))\s+(?=[+(\d])/i;

/** `unread`: why the sub-account's country, with no `country` given, could not be read (lib/location.ts unreadFact). */
export const normalizePhone = (v: unknown, label = '"Phone"', country?: string, unread?: string): string => {
  try {
    return onePhone(v, label, country, unread);
  } catch (e) {
    throw several(v, label, 'phone numbers', [PHONES_APART], (p) => onePhone(p, label, country, unread)) ?? e;
  }
};

/**
 * The extension of a phone number as written (`ext. 12`, `x12`, `#12`), which normalizePhone drops: GHL's phone holds
 * none, so the step names it (`skippedValues`) rather than losing it silently.
 */
export const phoneExtension = (v: unknown): string | undefined => phoneParts(v).ext;

/** The label written beside a phone number ("cell" of "415 555 0100 (cell)"), which normalizePhone leaves out. */
export const phoneLabel = (v: unknown): string | undefined => phoneParts(v).label;

/**
 * A phone number's text as parsed: without `tel:`, its label and its extension; a country code in brackets ("(+44)
 * 7700 900123") and `00` (the international prefix nearly everywhere, not in NANP) as `+`; a number a Code step or a
 * spreadsheet wrote as a decimal ("4155550100.0", "1.4155550100E10") or in a number format's thousands
 * ("4,155,550,100.00", a sheet's Number format) as its digits, when every digit is written.
 */
const phoneText = (v: unknown): string => {
  const s = phoneParts(v)
    .number.replace(/^\(\s*(?:\+|00)\s*(\d{1,3})\s*\)/, '+$1')
    .replace(/^\+?\d{1,3}(?:,\d{3}){2,}(?:\.0+)?$/, (all) => all.replace(/,/g, ''))
    .replace(/^(\+?\d{6,})\.0+$/, '$1')
    .replace(/^(\+?)(\d)\.(\d+)e\+?(\d+)$/i, (all, plus: string, d: string, frac: string, exp: string) =>
      frac.length === Number(exp) ? `${plus}${d}${frac}` : all,
    );
  return s.startsWith('00') ? `+${s.slice(2)}` : s;
};

/** Letters as a phone keypad has them: ABC on 2 … WXYZ on 9. */
const KEYPAD = ['abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxyz'];
/** The keypad digit of a lower-case letter. */
const keypadDigit = (c: string): string => String(KEYPAD.findIndex((k) => k.includes(c)) + 2);

/**
 * The text of what may be a vanity number (digits, then words of three letters or more in all: "1-800-FLOWERS",
 * "(800) GO-FEDEX"), `00` as `+`.
 */
const vanityText = (v: unknown): string | undefined => {
  const s = plainDigits(oneValue(v)).replace(/^tel:/i, '').replace(EXTENSION, '').trim().replace(/^00/, '+');
  return /^\+?[\s().-]*\d[\d\s().-]*[a-z][a-z\d\s.-]*$/i.test(s) && s.replace(/[^a-z]/gi, '').length > 2
    ? s
    : undefined;
};

/**
 * The refusal of a vanity number ("1-800-FLOWERS", "1 800 555 WORK"), which shows its keypad reading: letters are not
 * read as keypad digits unasked, because a word typed after a number ("555 0100 Ann") would be read so too, and GHL
 * would store, and match the next leads by, a number nobody gave. Undefined unless the text is digits then a word of
 * three letters or more whose keypad reading is a possible number.
 */
const vanity = (v: unknown, label: string, cc?: CountryCode): InputError | undefined => {
  const s = vanityText(v);
  if (!s) return undefined;
  const digits = s.replace(/[a-z]/gi, (c) => keypadDigit(c.toLowerCase()));
  // With no country to read it in, its digits are read as starting with their country code, where they make a valid
  // number ("1-800-FLOWERS": +1 800 356 9377).
  const guess = !cc && !s.startsWith('+');
  const parsed = phones().parsePhoneNumberFromString(guess ? `+${digits.replace(/\D/g, '')}` : digits, cc);
  const says = `${label} ${shown(v)} has letters, which are not read as digits: write the number in digits`;
  if (guess ? parsed?.isValid() : parsed?.isPossible())
    return new InputError(`${says} (on a phone keypad it is ${parsed!.formatInternational()}).`);
  return guess ? new InputError(`${says}, with its country code (e.g. +14155550100).`) : undefined;
};

const onePhone = (v: unknown, label: string, country?: string, unread?: string): string => {
  const s = phoneText(v);
  const cc = countryCode(country);
  // A decimal whose digits are not all written (phoneText reads those that are): a spreadsheet shows a long number
  // in scientific notation rounded ("1.41556E+10"), and a fraction is no part of a number.
  if (/^\+?\d+(?:\.\d+)?e[+-]?\d+$/i.test(s)) {
    throw new InputError(
      `${label} ${shown(v)} is a number in scientific notation, as a spreadsheet shows a long number: its last digits ` +
        'may have been rounded off. Format the column as text (or write the number in full) and send it again.',
    );
  }
  if (/^\+?\d{6,}\.\d+$/.test(s))
    throw new InputError(`${label} ${shown(v)} is not a phone number: it has a decimal part.`);
  if (/[a-z]/i.test(s)) {
    throw (
      vanity(v, label, cc) ??
      new InputError(`${label} ${shown(v)} is not a phone number (only digits, spaces, + ( ) - . are expected).`)
    );
  }
  const international = s.startsWith('+');
  if (!international && !cc) {
    throw (
      vanity(v, label, cc) ??
      new InputError(
        `${label} ${shown(v)} has no country code, and the sub-account${unread ? `'s country could not be read (${unread})` : ' has no country to read it in'}. ` +
          'Write it with its country code, e.g. +14155550100.',
      )
    );
  }
  let parsed = international ? phones().parsePhoneNumberFromString(s) : phones().parsePhoneNumberFromString(s, cc);
  // Mexico's mobile prefix "1" (+52 1 55 1234 5678), abolished in August 2019, is still how people write a mobile and
  // how WhatsApp and Twilio hand one over (chatwoot/chatwoot#14174; daddyz/phonelib#254): without it, it is the
  // number GHL dials and matches, not a second contact.
  if (international && parsed?.countryCallingCode === '52' && /^1\d{10}$/.test(parsed.nationalNumber))
    parsed = phones().parsePhoneNumberFromString(`+52${parsed.nationalNumber.slice(1)}`);
  // A Brazilian mobile without the 9 every mobile got before its 8 digits (ANATEL's "nono dígito", done in 2016): how
  // WhatsApp still hands over many numbers outside São Paulo, Rio and Espírito Santo, and how old contact lists hold
  // them (openclaw/openclaw#20187; devlikeapro/waha#1976, whose rule this is: 8 digits after the area code starting
  // with 6–9 are a mobile's, 2–5 a landline's). With the 9 it is the number a carrier connects and the one the lead
  // types into a form, so one person is one contact.
  const br = parsed?.countryCallingCode === '55' ? /^([1-9]{2})([6-9]\d{7})$/.exec(parsed.nationalNumber) : null;
  if (br) {
    const mobile = phones().parsePhoneNumberFromString(`+55${br[1]}9${br[2]}`);
    if (mobile?.isValid()) parsed = mobile;
  }
  // Too short without a word taken as its label ("1 800 555 WORK"), it may be a vanity number.
  if (international && !parsed?.isPossible()) {
    throw (
      vanity(v, label, cc) ??
      new InputError(`${label} ${shown(v)} is not a phone number: it has too few or too many digits.`)
    );
  }
  // Its country's plan as a whole too (as below): "+1 000 000 0000", a phone system's zeros for a blocked caller, has
  // a possible length but is no number (no NANP area code starts with 0).
  if (international && !(phones().parseNumber(parsed!.number, { extended: true }) as { valid?: boolean }).valid) {
    const where = parsed!.country
      ? `no ${parsed!.country} number`
      : `no number with country code +${parsed!.countryCallingCode}`;
    throw new InputError(`${label} ${shown(v)} is not a phone number: ${where} is written like that.`);
  }
  // Read in a country (the step's or the sub-account's), the number must also fit that country's numbering plan as a
  // whole (its national number pattern, US [2-9]\d{9}; no number ranges): another country's national number ("030
  // 1234567", Berlin) would otherwise be stored as a number that cannot exist (+10301234567), and found again for
  // the next such lead. `valid` of libphonenumber's "extended" parseNumber (its documented legacy API; the version
  // is pinned) is that check; isValid() would also check ranges.
  if (!international) {
    const plan = phones().parseNumber(s, { defaultCountry: cc, extended: true }) as { valid?: boolean };
    if (!parsed?.isPossible() || !plan.valid) {
      const why = parsed?.isPossible() ? `no ${cc} number is written like that` : 'it has too few or too many digits';
      // Too long or not in the plan, it may be a number from another country (a UK mobile, 07700 900123).
      const short = phones().validatePhoneNumberLength(s, cc) === 'TOO_SHORT';
      // Digits that start with a country code but lack the "+" (WhatsApp's ids, "5511981234567"): the hint says so.
      // Not read so unasked: a mistyped national number can also be another country's number (+41 55 550 1001).
      const plus = /^\d{11,15}$/.test(s.replace(/[\s().-]/g, ''))
        ? phones().parsePhoneNumberFromString(`+${s.replace(/[\s().-]/g, '')}`)
        : undefined;
      const hint = plus?.isValid()
        ? ` If ${plus.countryCallingCode} is its country code, write it with a "+": ${plus.formatInternational()}.`
        : short
          ? ''
          : ' A number from another country needs its country code, e.g. +44 7700 900123.';
      throw (
        vanity(v, label, cc) ??
        new InputError(`${label} ${shown(v)} is not a phone number (read as a ${cc} number): ${why}.${hint}`)
      );
    }
  }
  return parsed!.number;
};

// ---------------------------------------------------------------------------------------------------------------
// Countries
// ---------------------------------------------------------------------------------------------------------------

/**
 * The country codes GHL takes: CreateLocationDto's `country` enum (ISO 3166-1 alpha-2 as GHL lists it, with XK and
 * the former AN; contacts and businesses point to the same country list). test/spec.test.ts keeps it equal to the spec.
 */
export const COUNTRY_CODES =
  'AF AX AL DZ AS AD AO AI AQ AG AR AM AW AU AT AZ BS BH BD BB BY BE BZ BJ BM BT BO BA BW BV BR IO BN BG BF BI KH CM CA CV KY CF TD CL CN CX CC CO KM CG CD CK CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE ET FK FO FJ FI FR GF PF TF GA GM GE DE GH GI GR GL GD GP GU GT GG GN GW GY HT HM VA HN HK HU IS IN ID IR IQ IE IM IL IT JM JP JE JO KZ KE KI KP KR XK KW KG LA LV LB LS LR LY LI LT LU MO MK MG MW MY MV ML MT MH MQ MR MU YT MX FM MD MC MN ME MS MA MZ MM NA NR NP NL AN NC NZ NI NE NG NU NF MP NO OM PK PW PS PA PG PY PE PH PN PL PT PR QA RE RO RU RW SH KN LC MF PM VC WS SM ST SA SN RS SC SL SG SX SK SI SB SO ZA GS ES LK SD SR SJ SZ SE CH SY TW TJ TZ TH TL TG TK TO TT TN TR TM TC TV UG GB UA AE US UM UY UZ VU VE VN VG VI WF EH YE ZM ZW'.split(
    ' ',
  );
const COUNTRIES = new Set(COUNTRY_CODES);

/**
 * Names people write that no locale's own name matches ("USA", "U.S.", "UK", the former names ICU no longer uses,
 * Hong Kong and Macao without ICU's "SAR China").
 */
const COUNTRY_ALIASES: Record<string, string> = {
  us: 'US',
  usa: 'US',
  // Spanish and Portuguese forms abbreviate it so (Estados Unidos, Estados Unidos da América).
  'ee uu': 'US',
  eeuu: 'US',
  eua: 'US',
  'united states of america': 'US',
  america: 'US',
  uk: 'GB',
  britain: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  uae: 'AE',
  holland: 'NL',
  'czech republic': 'CZ',
  'ivory coast': 'CI',
  turkey: 'TR',
  burma: 'MM',
  swaziland: 'SZ',
  macedonia: 'MK',
  'east timor': 'TL',
  vatican: 'VA',
  palestine: 'PS',
  'hong kong': 'HK',
  macau: 'MO',
  macao: 'MO',
  // ISO 3166's official short names, as country dropdowns of forms list them (ICU uses the common ones).
  'korea republic of': 'KR',
  'korea democratic peoples republic of': 'KP',
  'russian federation': 'RU',
  'viet nam': 'VN',
  'syrian arab republic': 'SY',
  'lao peoples democratic republic': 'LA',
  'brunei darussalam': 'BN',
  'holy see': 'VA',
  'cabo verde': 'CV',
  'congo the democratic republic of the': 'CD',
  'democratic republic of the congo': 'CD',
  'virgin islands british': 'VG',
  'virgin islands us': 'VI',
};

/** A name as compared: no accents, case, dots or apostrophes, "&" as "and", no leading "the". */
const plainName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');

/** Languages whose country names are read (the runtime's ICU data, maintained with Node): what lead forms send. */
const NAME_LOCALES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'];
let countryNames: Map<string, string> | undefined;
/** Country names in NAME_LOCALES (also without a bracketed part: "Myanmar (Burma)") → code; built on first use. */
const namesToCodes = (): Map<string, string> => {
  if (countryNames) return countryNames;
  const names = new Map(Object.entries(COUNTRY_ALIASES));
  for (const locale of NAME_LOCALES) {
    const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const code of COUNTRY_CODES) {
      const name = display.of(code);
      if (!name) continue;
      for (const n of [name, name.replace(/\s*\(.*\)\s*/g, ' ')])
        if (!names.has(plainName(n))) names.set(plainName(n), code);
    }
  }
  return (countryNames = names);
};

/**
 * A country as GHL stores it, a two-letter code (`us` → US), also given by its name in a common language ("United
 * States", "Deutschland", "UK"), as lead forms send it. Anything else is refused by name: GHL takes only its list.
 */
export const toCountryCode = (v: unknown, label = '"Country"'): string => {
  const text = cleanText(v);
  const upper = text.toUpperCase();
  if (COUNTRIES.has(upper)) return upper;
  const names = namesToCodes();
  // "Iran, Islamic Republic of", "Bolivia, Plurinational State of": ISO's "name, qualifier" is its name. Only a
  // whole name counts ("Korea, …" and "Congo, …" are ambiguous and match none; the two Koreas are aliases above).
  const code =
    names.get(plainName(text)) ?? (text.includes(',') ? names.get(plainName(text.split(',')[0])) : undefined);
  if (code) return code;
  throw new InputError(
    `${label} ${shown(v)} is not a country GHL knows: give its two-letter code (e.g. US, GB) or its name in English.`,
  );
};

// ---------------------------------------------------------------------------------------------------------------
// Postal codes
// ---------------------------------------------------------------------------------------------------------------

/**
 * Countries whose postal codes are all digits of one length, some starting with 0 (New England's ZIPs 01xxx–06xxx,
 * Puerto Rico's 006xx, Dresden's 01067, Rome's 00100, Oslo's 0150, Darwin's 0800): the codes a spreadsheet cell, a
 * form's number field or a JSON number hands over without their leading zeros ("02134" → 2134).
 */
const POSTAL_DIGITS: Record<string, number> = { US: 5, PR: 5, VI: 5, DE: 5, FR: 5, IT: 5, ES: 5, FI: 5, MX: 5, MY: 5 };
for (const c of ['NO', 'AU', 'NZ', 'ZA']) POSTAL_DIGITS[c] = 4;

/**
 * A postal code: one-line text; in a country whose codes are N digits (POSTAL_DIGITS), one or two digits fewer get
 * back the leading zeros a number lost (2134 in the US is 02134, 601 is Puerto Rico's 00601: USPS delivers to no
 * 4-digit ZIP). Anything else (ZIP+4, letters, another country's code, no country known, a lone digit) is kept as
 * written (its digits in ASCII).
 */
export const postalCode = (v: unknown, country?: string): string => {
  // A code a spreadsheet or a Code step wrote as a decimal ("2134.0") is its digits; digits of other scripts and
  // full-width forms are ASCII ("٠٢١٣٤", "１００－０００１": plainDigits), as postal services print and match codes.
  const s = plainDigits(cleanText(v)).replace(/^(\d+)\.0+$/, '$1');
  const digits = POSTAL_DIGITS[country ?? ''];
  return digits && /^\d+$/.test(s) && s.length < digits && s.length >= digits - 2 ? s.padStart(digits, '0') : s;
};

/** A postal code that may have lost leading zeros, so the country it is read in matters (postalCode). */
export const postalNeedsCountry = (v: unknown): boolean => /^\d{2,4}(?:\.0+)?$/.test(plainDigits(cleanText(v)));

// ---------------------------------------------------------------------------------------------------------------
// An address as one labelled text
// ---------------------------------------------------------------------------------------------------------------

/** The parts of an address a contact stores in fields of their own (besides the street). */
export type AddressPart = 'city' | 'state' | 'postalCode' | 'country';

/**
 * The labels form builders write an address's parts with when they hand the address over as one text (Jotform's
 * "Street Address: 1 Main St\nCity: Austin\nState / Province: TX\nPostal / Zip Code: 78701", Gravity Forms', WPForms'),
 * as plainWords compares them; `street` for the lines of the street.
 */
const ADDRESS_LABELS: Record<string, AddressPart | 'street'> = {};
for (const [part, labels] of Object.entries({
  street:
    'street address|street address line 2|street|street 2|address|address line 1|address line 2|address 1|address 2',
  city: 'city|town|city / town',
  state: 'state|province|region|state / province|state / province / region',
  postalCode: 'zip|zip code|postal code|postcode|postal / zip code|zip / postal code',
  country: 'country',
}))
  for (const label of labels.split('|')) ADDRESS_LABELS[label] = part as AddressPart | 'street';

/**
 * An address handed over as one text of labelled lines (ADDRESS_LABELS, every line so labelled, each part once; empty
 * lines and parts left out): its street (its lines joined with ", ") and its other parts with the label each was
 * written with. Undefined for any other text, which stays as written (a one-line address is not split: a guess).
 */
export const addressParts = (
  v: unknown,
): { street: string; parts: Array<{ part: AddressPart; label: string; value: string }> } | undefined => {
  if (typeof v !== 'string') return undefined;
  const lines = v.split(/\r?\n/).map(cleanText).filter(Boolean);
  if (lines.length < 2) return undefined;
  const street: string[] = [];
  const parts: Array<{ part: AddressPart; label: string; value: string }> = [];
  for (const line of lines) {
    const m = /^([^:]+):(.*)$/.exec(line);
    const part = m ? ADDRESS_LABELS[plainWords(m[1].trim()).replace(/\s*\/\s*/g, ' / ')] : undefined;
    if (!m || !part) return undefined;
    const value = cleanText(m[2]);
    if (part === 'street') {
      if (value) street.push(value);
    } else if (parts.some((p) => p.part === part)) return undefined;
    else if (value) parts.push({ part, label: m[1].trim(), value });
  }
  return { street: street.join(', '), parts };
};

// ---------------------------------------------------------------------------------------------------------------
// Numbers and money
// ---------------------------------------------------------------------------------------------------------------

/** Currencies with 3 decimal places (ISO 4217): there a single separator before 3 digits is genuinely a decimal. */
const THREE_DECIMAL_CURRENCIES = ['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'];
/**
 * ISO 4217 codes as the runtime's Intl data knows them (maintained with Node), so "abc 5" is not read as 5. Asked of
 * Intl on first use: ~0.2 ms a cold start would otherwise pay for every step.
 */
let currencyCodes: Set<string> | undefined;
/**
 * Currencies written in letters of their own script, as the currency's own locale writes them: CLDR's symbols (what
 * Intl.NumberFormat writes for ar-SA's SAR, "ر.س.", ar-KW's KWD, "د.ك.", pl's PLN, "zł") and the words written after
 * an amount ("円", "元", "원", "บาท", "руб."), compared without dots, spaces and direction marks (localCurrency), with
 * their ISO code: a 3-decimal currency's "1,250 د.ك" is refused as "KWD 1,250" is. A word several currencies share
 * ("ريال", "دينار", "kr") is not read.
 */
const LOCAL_CURRENCIES: Record<string, string> = {
  رس: 'SAR',
  دإ: 'AED',
  رق: 'QAR',
  جم: 'EGP',
  دك: 'KWD',
  دب: 'BHD',
  رع: 'OMR',
  دأ: 'JOD',
  دع: 'IQD',
  دل: 'LYD',
  دت: 'TND',
  руб: 'RUB',
  円: 'JPY',
  元: 'CNY',
  원: 'KRW',
  บาท: 'THB',
  zł: 'PLN',
  kč: 'CZK',
  лв: 'BGN',
  грн: 'UAH',
};
const localCurrency = (c: string): string | undefined =>
  Object.hasOwn(LOCAL_CURRENCIES, (c = c.replace(/[.\s\u200E\u200F\u061C]/g, '').toLowerCase()))
    ? LOCAL_CURRENCIES[c]
    : undefined;
/** A currency's ISO code as written (`eur`, `EUR`) or of its local letters (LOCAL_CURRENCIES); a sign is itself. */
const currencyCode = (c: string) => localCurrency(c) ?? c.toUpperCase();
const isCurrency = (c: string) =>
  /\p{Sc}/u.test(c) ||
  localCurrency(c) !== undefined ||
  (currencyCodes ??= new Set(Intl.supportedValuesOf('currency'))).has(c.toUpperCase());
/** Letters (and their dots) before an amount or after it, which may be a currency of LOCAL_CURRENCIES. */
const LETTERS_BEFORE = /^([\p{L}\p{M}][\p{L}\p{M}.]*)\s*(?=\d)/u;
const LETTERS_AFTER = /(?<=\d)\s*([\p{L}\p{M}][\p{L}\p{M}.]*)$/u;
const GROUP_SPACES = /[\s\u00A0\u202F\u2009]/g;

interface NumberOptions {
  /** A money amount: `1,250` and `1.250` read as thousands (see the rule table). */
  money?: boolean;
  /** Whole numbers only. */
  integer?: boolean;
}

const isGrouping = (groups: string[], allowIndian: boolean): boolean => {
  const [first, ...rest] = groups;
  if (!rest.length || !/^\d{1,3}$/.test(first) || (first === '0' && rest.length > 0)) return false;
  if (rest.every((g) => /^\d{3}$/.test(g))) return true;
  // Indian grouping: 1,25,000 / 12,34,56,789 — the last group has 3 digits, the ones before it 2.
  return (
    allowIndian &&
    /^\d{1,2}$/.test(first) &&
    /^\d{3}$/.test(rest[rest.length - 1]) &&
    rest.slice(0, -1).every((g) => /^\d{2}$/.test(g))
  );
};

/**
 * A number from a number or text, by the rule table in README "Normalization rules":
 * - a currency sign (€, $, £, ¥, ₹, US$, R$ …) or a three-letter code (EUR, usd) before or after;
 * - a leading `-` / `+`, or accounting parentheses `(1,250.00)`, for the sign;
 * - spaces (also NBSP / thin) and apostrophes (Swiss 1'250.50) are thousands separators;
 * - with both `.` and `,` the last one is the decimal separator: US 1,250.50, EU 1.250,50, Indian 1,25,000.50;
 * - one kind repeated is grouping (1,250,000 / 1.250.000 / 1,25,000);
 * - one separator once: followed by 1, 2 or 4+ digits it is the decimal point (12,5 / 1.25); followed by exactly
 *   3 digits after 1–3 non-zero digits (`1,250` / `1.250`) it is genuinely ambiguous: for money it is read as
 *   thousands (amounts have 2 decimals, except in the 3-decimal currencies, where it is refused), for other numbers
 *   it is refused naming both readings;
 * - digits of other scripts and full-width forms are read as ASCII (plainDigits: `٣٥٠٠`, `₹१,२५,०००`, `１，２５０．５０`),
 *   and Arabic script's `٫` is the decimal point, `٬` the thousands separator (`١٬٢٥٠٫٥٠`);
 * - anything else (hex `0x10`, exponents `1e3`, letters, two decimal points) is refused.
 */
export const parseNumber = (v: unknown, label = '"Number"', opts: NumberOptions = {}): number => {
  const fail = (why = '') => new InputError(`${label} must be a number, not ${shown(v)}${why}.`);
  let n: number;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw fail();
    n = v;
  } else {
    if (typeof v !== 'string' || !v.trim()) throw fail();
    // Arabic script's own separators (CLDR's for the arab and arabext digits: "١٬٢٥٠٫٥٠", Persian "۱۲۵۰٫۵") say which
    // is which: U+066B is the decimal point, U+066C groups thousands.
    const arabic = /[\u066B\u066C]/.test(v);
    // Direction marks at the ends are no part of it (Intl writes "‏١٬٢٥٠٫٠٠ ر.س.‏" so).
    let s = plainDigits(v.replace(PADDING, ''))
      .replace(/\u066B/g, '.')
      .replace(/\u066C/g, ',');
    let negative = false;
    if (/^\(.*\)$/.test(s)) {
      negative = true;
      s = s.slice(1, -1).trim();
    }
    // Currency signs and codes are accepted on every number (a "$5" mapped into a number field means 5); what
    // `money` changes is only how the ambiguous `1,250` is read.
    let currency: string | undefined;
    {
      // Sign before the currency ("-€5") or after it ("€-5") are both written.
      const sign = /^[-+−]/.exec(s);
      if (sign) s = s.slice(1).trim();
      const pre = /^([A-Za-z]{3}(?=[\s\d])|[A-Za-z]{0,2}\p{Sc})\s*/u.exec(s) ?? LETTERS_BEFORE.exec(s);
      if (pre && isCurrency(pre[1])) {
        currency = pre[1];
        s = s.slice(pre[0].length);
      }
      const post = /(?<!\s)\s*(\p{Sc}|(?<=[\d\s])[A-Za-z]{3})$/u.exec(s) ?? LETTERS_AFTER.exec(s);
      if (post && isCurrency(post[1])) {
        currency = currency ?? post[1];
        s = s.slice(0, post.index);
      }
      if (sign) s = sign[0] + s;
    }
    s = s.trim();
    const signMatch = /^([-+−])\s*/.exec(s);
    if (signMatch) {
      negative = negative !== (signMatch[1] !== '+');
      s = s.slice(signMatch[0].length);
    }
    if (/^0x/i.test(s)) throw fail(' (hexadecimal numbers are not read)');
    if (!/^[\d.,'’\s\u00A0\u202F\u2009]+$/.test(s) || !/\d/.test(s)) throw fail();
    // Spaces and apostrophes only ever group thousands.
    const spaced = s.split(/['’\s\u00A0\u202F\u2009]+/);
    if (spaced.length > 1) {
      const lastHasDecimal = /[.,]/.test(spaced[spaced.length - 1]);
      const tail = spaced[spaced.length - 1];
      const groups = [...spaced.slice(0, -1), lastHasDecimal ? tail.split(/[.,]/)[0] : tail];
      if (spaced.slice(0, -1).some((g) => /[.,]/.test(g)) || !isGrouping(groups, false))
        throw fail(' (its digit groups are not thousands)');
      s = s.replace(GROUP_SPACES, '').replace(/['’]/g, '');
    }
    const dots = (s.match(/\./g) ?? []).length;
    const commas = (s.match(/,/g) ?? []).length;
    let intPart = s;
    let frac = '';
    if (dots && commas) {
      const dec = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
      if (arabic && dec === ',') throw fail(' (its "٬" groups thousands, so it comes before the decimal "٫")');
      const grp = dec === '.' ? ',' : '.';
      if (s.split(dec).length !== 2) throw fail(` (more than one "${dec}" after the thousands "${grp}")`);
      [intPart, frac] = s.split(dec);
      if (!isGrouping(intPart.split(grp), grp === ',')) throw fail(' (its digit groups are not thousands)');
      intPart = intPart.split(grp).join('');
    } else if (dots + commas > 1) {
      const sep = dots ? '.' : ',';
      if (!isGrouping(s.split(sep), sep === ',')) throw fail(` (several "${sep}" that do not group thousands)`);
      intPart = s.split(sep).join('');
    } else if (dots + commas === 1) {
      const sep = dots ? '.' : ',';
      const [a, b] = s.split(sep);
      const looksGrouped = /^\d{3}$/.test(b) && /^[1-9]\d{0,2}$/.test(a);
      if (arabic) {
        if (sep === ',' && !looksGrouped) throw fail(' (its digit groups are not thousands)');
        [intPart, frac] = sep === ',' ? [a + b, ''] : [a, b];
      } else if (looksGrouped) {
        const asThousands = Number(a + b);
        const asDecimal = Number(`${a}.${b}`);
        const threeDecimals = currency && THREE_DECIMAL_CURRENCIES.includes(currencyCode(currency));
        if (!opts.money || threeDecimals) {
          throw new InputError(
            `${label} ${shown(v)} is ambiguous: it reads as ${asThousands} ("${sep}" as thousands separator) or ${asDecimal} ` +
              `("${sep}" as decimal point). Write ${asThousands} or ${asDecimal}.`,
          );
        }
        intPart = a + b;
      } else {
        intPart = a;
        frac = b;
      }
    }
    if (!/^\d*$/.test(intPart) || !/^\d*$/.test(frac) || (!intPart && !frac)) throw fail();
    n = Number(`${intPart || '0'}.${frac || '0'}`);
    if (negative) n = -n;
  }
  if (opts.integer && !Number.isInteger(n)) throw new InputError(`${label} must be a whole number, not ${shown(v)}.`);
  return n;
};

// ---------------------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------------------

const dateHelp = 'such as 2026-03-01T14:30:00Z (or 2026-03-01)';

let monthNames: Map<string, number> | undefined;
let weekdayNames: Set<string> | undefined;
/**
 * Month names (long and short, as plainWords compares them, without a closing dot) in the languages lead forms write
 * (NAME_LOCALES: the runtime's ICU data), with the forms ICU does not list ("Mrz", "Sept", Peru's "setiembre"), and
 * weekday names; built on first use. No name is two months in two languages.
 */
const calendarWords = (): [Map<string, number>, Set<string>] => {
  if (monthNames && weekdayNames) return [monthNames, weekdayNames];
  const months = new Map<string, number>([
    ['mrz', 3],
    ['sept', 9],
    ['setiembre', 9],
  ]);
  const weekdays = new Set<string>();
  const plain = (t: string) => plainWords(t).replace(/\.$/, '');
  for (const locale of NAME_LOCALES) {
    for (const width of ['long', 'short'] as const) {
      const monthOf = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
      for (let i = 0; i < 12; i++) months.set(plain(monthOf.format(Date.UTC(2000, i, 15))), i + 1);
    }
    const dayOf = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    for (let i = 0; i < 7; i++) weekdays.add(plain(dayOf.format(Date.UTC(2000, 0, 2 + i))));
  }
  return [(monthNames = months), (weekdayNames = weekdays)];
};

/**
 * Text as month and weekday names are compared: plainWords, but for the marks of scripts whose marks are letters of
 * the word (Thai's vowels: "ม.ค." is January, "มี.ค." March; Devanagari's: "जून", "जनवरी"), which are kept, and the dots
 * inside a Thai abbreviation ("มี.ค."), which are not.
 */
const calendarText = (s: string) =>
  s
    .normalize('NFD')
    .replace(/(?<=[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Arabic}\p{sc=Hebrew}]\p{M}*)\p{M}/gu, '')
    .toLowerCase()
    // Turkish's dotless ı: "MAYIS" (lower-cased "mayis" outside a Turkish locale) and "mayis" typed without it are mayıs.
    .replace(/ı/g, 'i')
    .replace(/\s+/g, ' ')
    .replace(/(?<=[\u0E01-\u0E4E])\.(?=[\u0E01-\u0E4E])/g, '');

/**
 * More languages whose month names (long and short, as a day's month, "марта", "Μαρτίου", "marca", and on their own,
 * "март") and weekday names are read (the runtime's ICU data, Gregorian calendar): Russian, Ukrainian, Bulgarian,
 * Serbian, Greek, Thai, Polish, Czech, Slovak, Slovenian, Croatian, Turkish, Swedish, Danish, Norwegian, Finnish,
 * Romanian, Indonesian, Malay, Hebrew, Arabic, Persian, Hindi and Catalan. Built on first use by a date whose month is
 * none of NAME_LOCALES' (a value otherwise refused: ~50 ms once), so no other value pays for it. A name that is two
 * months in two languages (Polish and Czech "listopad" is November, Croatian October) is 0: refused, not guessed.
 */
const MORE_MONTH_LOCALES = 'ru uk bg sr el th pl cs sk sl hr tr sv da nb fi ro id ms he ar fa hi ca'.split(' ');
let moreNames: [Map<string, number>, Set<string>] | undefined;
const moreCalendarWords = (): [Map<string, number>, Set<string>] => {
  if (moreNames) return moreNames;
  const [known] = calendarWords();
  const months = new Map<string, number>();
  const weekdays = new Set<string>();
  const plain = (t: string) => calendarText(t).replace(/\.$/, '');
  const add = (name: string, month: number) => {
    const k = plain(name);
    if (/\d/.test(k) || known.get(k) === month) return;
    const was = months.get(k) ?? known.get(k);
    months.set(k, was === undefined || was === month ? month : 0);
  };
  for (const locale of MORE_MONTH_LOCALES) {
    const of = (o: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { ...o, timeZone: 'UTC' });
    for (const month of ['long', 'short'] as const) {
      const alone = of({ month });
      const inDate = of({ month, day: 'numeric' });
      for (let i = 0; i < 12; i++) {
        const at = Date.UTC(2000, i, 15);
        add(alone.format(at), i + 1);
        add(inDate.formatToParts(at).find((p) => p.type === 'month')!.value, i + 1);
      }
    }
    const dayOf = of({ weekday: 'long' });
    for (let i = 0; i < 7; i++) weekdays.add(plain(dayOf.format(Date.UTC(2000, 0, 2 + i))));
  }
  return (moreNames = [months, weekdays]);
};

/**
 * A date written with its month's name: [day, month, year as written (or ''), the month's word], or undefined; the
 * month 0 when its word is two months in two languages (MORE_MONTH_LOCALES). A weekday before it ("Sunday,", "lunes,",
 * "lundi") and the words "de" / "del" / "of" ("25 de marzo de 1990", "25th of March 1990") are left out, and so are
 * ordinals ("25th", "1er", "1º"), a German day's dot ("25. März 1990") and the "г." / "р." (year) after a Russian,
 * Bulgarian or Ukrainian year ("25 марта 1990 г."). The day comes before the month or after it ("March 25, 1990";
 * Latin America's "marzo 25 de 1990"). NAME_LOCALES' names are looked up first, MORE_MONTH_LOCALES' only after.
 */
const monthNamed = (s: string): [string, number, string, string] | undefined => {
  const [months, weekdays] = calendarWords();
  const words = calendarText(s)
    .replace(/^[\p{L}\p{M}-]+\.?[,\u060C]\s*/u, '')
    .replace(/(\d)(?:st|nd|rd|th|er|re|[º°ª])(?!\p{L})/gu, '$1')
    .replace(/(?<=\d{4}\s*)[гр]\.?$/u, '')
    .split(/[\s,./-]+/)
    .filter((w) => w && !['de', 'del', 'of'].includes(w));
  const dated = (names: Map<string, number>): [string, number, string, string] | undefined => {
    if (words.length < 2 || words.length > 3 || (words[2] !== undefined && !/^\d+$/.test(words[2]))) return undefined;
    const [a, b, year = ''] = words;
    if (/^\d{1,2}$/.test(a) && names.has(b)) return [a, names.get(b)!, year, b];
    if (/^\d{1,2}$/.test(b) && names.has(a)) return [b, names.get(a)!, year, a];
    return undefined;
  };
  if (weekdays.has(words[0])) words.shift();
  const found = dated(months);
  if (found || !words.some((w) => /\p{L}/u.test(w))) return found;
  const [more, moreDays] = moreCalendarWords();
  if (moreDays.has(words[0])) words.shift();
  return dated(more);
};

/**
 * A date-time read strictly: ISO 8601 (offset kept), RFC 2822, `YYYY-MM-DD HH:mm[:ss]`, `YYYY/MM/DD`, `MM/DD/YYYY`
 * or `DD/MM/YYYY` (also with `-`, `.` or `_`, and a 24- or 12-hour time; refused naming both readings when both are
 * real dates), a day with its month's name in English or six more languages (`March 25, 1990`, `25-Mar-1990`,
 * `25 de marzo de 1990`: monthNamed), year first as Japanese, Chinese and Korean write it (`1990年3月25日`:
 * EAST_ASIAN_DAY), `YYYYMMDD`, or epoch seconds (9–10 digits) / milliseconds (11–13 digits, so
 * a date of birth from 1973 to 2001 too; negative before 1970): each digit count has one reading between 1970 and 2286. No rollover: 2026-02-30 and 25:61 are refused, and so are short
 * numbers like "0" or "-1" that `new Date()` would turn into 1970 / 2000, a time without a day ("12:30", which luxon
 * would date today), a year-month ("1990-03"), a day without its year ("03/25") and a 2-digit year ("3/25/90"). Text
 * without an offset is read as UTC. Digits of other scripts and full-width forms are read as ASCII (plainDigits), but a
 * year of another calendar is refused (otherCalendar), and so is a year counted from an era (ERA_YEAR).
 */
export const parseDate = (v: unknown, label = '"Date"'): DateTime => {
  const d = readDate(v, label);
  const calendar = otherCalendar(v, d.year);
  if (!calendar) return d;
  throw new InputError(
    `${label} ${shown(v)} has the year ${d.year}, which looks like a year of the ${calendar}: this step reads ` +
      'Gregorian dates only. Write the Gregorian date, e.g. 1990-03-25.',
  );
};

/**
 * The calendar a date's year may be counted in, by the digits it is written with, when read as a Gregorian year it is
 * implausible: in Arabic-script digits before 1600, a year of the Islamic (Hijri, 1447 in 2025) or the Iranian
 * (Solar Hijri, 1404) calendar; in Thai digits or beside Thai words ("25 มีนาคม 2533") from 2400, of the Thai Buddhist
 * calendar (2568); in Devanagari digits
 * from 2040, of the Bikram Sambat, Nepal's official calendar (2082 in 2025: its 2040 is 1983); in other scripts'
 * digits before 1600 or from 2400, of their own (Bengali 1432, Burmese 1387, Khmer and Lao Buddhist 2568). Read as
 * Gregorian it would store a birthday decades or centuries off.
 */
const otherCalendar = (v: unknown, year: number): string | undefined => {
  if (typeof v !== 'string') return undefined;
  if (/[\u0660-\u0669\u06F0-\u06F9]/.test(v) && year < 1600) return 'Hijri or Solar Hijri (Persian) calendar';
  if (/[\u0E01-\u0E59]/.test(v) && year >= 2400) return 'Thai Buddhist calendar';
  if (/[\u0966-\u096F]/.test(v) && year >= 2040) return "Bikram Sambat (Nepal's calendar)";
  if (/(?![0-9\uFF10-\uFF19])\p{Nd}/u.test(v) && (year < 1600 || year >= 2400))
    return 'calendar of its script (Bengali, Burmese, Buddhist)';
  return undefined;
};

/**
 * A date as Japanese, Chinese and Korean write it, year first (CLDR's date formats for ja, zh and ko, as Intl's date
 * styles write them: "1990年3月25日", "1990년 3월 25일", "1990. 3. 25.", "1990/03/25" before a time), then a weekday
 * ("日曜日", "(日)", "星期日", "일요일"; not checked against the date) and a time, also on the 12-hour clock ("下午2:30",
 * "午後2:30", "오후 2:30", "PM 2:30"), also with the hour's and the minute's words as people write it ("14時30分",
 * "14点30分", "14시 30분", "午後2時", "下午2点", "2時半" (half past), "14時30分15秒"): [year, month, day] and [marker, hour,
 * minutes, seconds, minutes, half, seconds] in `rest` (the colon's, then the words').
 */
const EAST_ASIAN_DAY =
  /^(\d{4})(?:\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일|\.\s*(\d{1,2})\.\s*(\d{1,2})\.|\/(\d{1,2})\/(\d{1,2})(?=\s))/;
const EAST_ASIAN_REST =
  /^\s*\(?\s*(?:[日月火水木金土](?:曜日?)?|[일월화수목금토](?:요일)?|(?:星期|周|週|禮拜|礼拜)[一二三四五六日天])?\s*\)?(?:\s*(上午|下午|午前|午後|오전|오후|[ap]\.?m\.?)?\s*(\d{1,2})(?::(\d{2})(?::(\d{2}))?|\s*[時时點点시](?:\s*(?:(\d{1,2})\s*[分분](?:\s*(\d{1,2})\s*[秒초])?|([半반])))?))?$/i;
/** A Japanese era's or the Republic of China's (Taiwan's 民國) year: counted from the era, not read. */
const ERA_YEAR = /^(明治|大正|昭和|平成|令和|民國|民国)\s*(?:\d+|元)\s*年/;

const readDate = (given: unknown, label: string): DateTime => {
  const fail = (why?: string) =>
    new InputError(`${label} must be a date-time ${dateHelp}, not ${shown(given)}${why ? ` (${why})` : ''}.`);
  // Digits of other scripts and full-width forms, as ASCII ("١٩٩٠-٠٣-٢٥", "２０２６－０３－０１Ｔ１４：３０").
  const v = typeof given === 'string' ? plainDigits(given) : given;
  // A spreadsheet's date before its cell is formatted, a count of days since 1900 (or 1904, in old Mac workbooks):
  // not read, as the two systems differ by four years.
  if (/^\d{5}(?:\.\d+)?$/.test(String(v).trim())) throw fail("a spreadsheet's day number: format its column as a date");
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw fail();
    return dates().fromJSDate(v, { zone: 'utc' });
  }
  if (typeof v === 'number' || /^-?\d+$/.test(String(v).trim())) {
    const digits = String(v).trim();
    const n = /^-?\d+$/.test(digits) ? digits.replace('-', '').length : 0;
    if (n === 8 && digits[0] !== '-') {
      const day = dates().fromISO(digits, { zone: 'utc' }); // YYYYMMDD, ISO 8601's basic form
      if (day.isValid) return day;
      throw fail(`read as YYYYMMDD, ${day.invalidExplanation?.replace(/ \(of type number\)/, '')}`);
    }
    if (n < 9 || n > 13)
      throw fail('a number is read as YYYYMMDD or as epoch seconds, 9–10 digits, or milliseconds, 11–13 digits');
    return dates().fromMillis(n <= 10 ? Number(digits) * 1000 : Number(digits), { zone: 'utc' });
  }
  if (typeof v !== 'string') throw fail();
  const s = v.trim();
  const era = ERA_YEAR.exec(s);
  if (era) {
    const which = /民/.test(era[1]) ? `the Republic of China's era ${era[1]}` : `the Japanese era ${era[1]}`;
    throw fail(`its year counts from ${which}: write the year in the Western calendar, e.g. 1990年3月25日`);
  }
  const east = EAST_ASIAN_DAY.exec(s);
  // White space one space: EAST_ASIAN_REST's optional parts then meet at one space, not a run tried in every split.
  const rest = east && EAST_ASIAN_REST.exec(s.slice(east[0].length).replace(/\s+/g, ' '));
  if (east && rest) {
    const [y, ...mds] = east.slice(1).filter(Boolean);
    const [, marker, h, colonMins, colonSecs, wordMins, wordSecs, half] = rest;
    const mins = colonMins ?? (half ? '30' : (wordMins ?? '0').padStart(2, '0'));
    const secs = colonSecs ?? wordSecs?.padStart(2, '0');
    // Japanese and Chinese count the 12-hour clock from 0 (CLDR's "K": 午前0:15 is a quarter past midnight).
    if (marker && (+h > 12 || (+h < 1 && /^[ap]/i.test(marker))))
      throw fail(`${h} o'clock is not on the 12-hour clock`);
    if (+h === 24) throw fail('24:00 is 00:00 of the next day'); // luxon would roll it over
    const hour = marker ? (+h % 12) + (/下午|午後|오후|p/i.test(marker) ? 12 : 0) : +h;
    const time = h ? `T${String(hour).padStart(2, '0')}:${mins}${secs ? `:${secs}` : ''}` : '';
    const read = dates().fromISO(`${y}-${mds[0].padStart(2, '0')}-${mds[1].padStart(2, '0')}${time}`, { zone: 'utc' });
    if (read.isValid) return read;
    throw fail(read.invalidExplanation?.replace(/ \(of type number\)/, ''));
  }
  // A time needs its day: luxon reads a bare time ("12:30") as today and a year-month ("1990-03") as its 1st.
  if (/^\d{1,2}:\d{2}/.test(s) || /^\d{4}-\d{1,2}$/.test(s)) throw fail('it has no day');
  if (/[T ]24:/.test(s)) throw fail('24:00 is 00:00 of the next day');
  // Year first with slashes, dots or underscores (1990/03/25, 1990.03.25, 1990_03_25: GHL's dateOfBirth lists
  // YYYY_MM_DD), or dashes without the zeros ISO wants (1990-3-25, as a script joins the parts), is always
  // year/month/day.
  const yearFirst = /^(\d{4})[-/._](\d{1,2})[-/._](\d{1,2})$/.exec(s);
  const iso = yearFirst
    ? dates().fromISO(`${yearFirst[1]}-${yearFirst[2].padStart(2, '0')}-${yearFirst[3].padStart(2, '0')}`, {
        zone: 'utc',
      })
    : dates().fromISO(s, { zone: 'utc', setZone: true });
  if (iso.isValid) return iso;
  if (yearFirst) throw fail(iso.invalidExplanation?.replace(/ \(of type number\)/, ''));
  // An ISO-looking value that luxon refused names what is wrong ("you specified 30 as a day, which is invalid").
  if (/^\d{4}-\d{1,2}-\d{1,2}/.test(s)) {
    // "2026-03-03 09:00-11:00" is a time window as job tools and forms write a visit (9 to 11), and SQL's reading
    // (9:00 at UTC-11:00) would book it at 20:00 UTC. An offset written by software comes with seconds or a "T".
    const window = /^\S+ (\d{1,2}:\d{2})-(\d{1,2}(?::?\d{2})?)$/.exec(s);
    if (window) {
      throw new InputError(
        `${label} ${shown(v)} is ambiguous: it reads as ${window[1]} at UTC-${window[2]} or as the time window ` +
          `${window[1]} to ${window[2]}. Map the start alone, or write the offset after seconds (${window[1]}:00-${window[2]}).`,
      );
    }
    const sql = dates().fromSQL(s, { zone: 'utc', setZone: true });
    if (sql.isValid) return sql;
    const why = iso.invalidExplanation?.replace(/ \(of type number\)/, '');
    throw fail(why && !why.includes("can't be parsed") ? why : undefined);
  }
  const rfc = dates().fromRFC2822(s, { zone: 'utc', setZone: true });
  if (rfc.isValid) return rfc;
  const http = dates().fromHTTP(s, { zone: 'utc', setZone: true });
  if (http.isValid) return http;
  // A time may follow, also on the 12-hour clock as spreadsheets and US software write it ("3/25/1990 12:00:00 AM").
  const slashed =
    /^(\d{1,2})[-/._](\d{1,2})[-/._](\d{4})(?:[ T](\d{1,2})(:\d{2}(?::\d{2})?)(?:\s*([ap])\.?m\.?)?)?$/i.exec(s);
  if (slashed) {
    const [, a, b, y, h, mins, ampm] = slashed;
    if (ampm && (+h < 1 || +h > 12)) throw fail(`${h} o'clock is not on the 12-hour clock`);
    const hour = ampm ? (+h % 12) + (/p/i.test(ampm) ? 12 : 0) : +h;
    const time = h ? `T${String(hour).padStart(2, '0')}${mins}` : '';
    const build = (m: string, d: string) =>
      dates().fromISO(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}${time}`, { zone: 'utc' });
    const us = build(a, b);
    const eu = build(b, a);
    if (us.isValid && eu.isValid && +us !== +eu) {
      throw new InputError(
        `${label} ${shown(v)} is ambiguous: it reads as ${us.toISODate()} (month/day) or ${eu.toISODate()} (day/month). ` +
          'Write it as YYYY-MM-DD.',
      );
    }
    if (us.isValid) return us;
    if (eu.isValid) return eu;
  }
  // The month by its name, as forms and people write a birthday: "March 25, 1990", "25 Mar 1990", "Sunday, March 25th
  // 1990", "25 de marzo de 1990", "lundi 1er mars 1990", "25. März 1990", "25 mrt. 1990", and as spreadsheets show a
  // date: "25-Mar-1990" (a time is not read here). A birthday form's day without its year ("March 25th"), and a year
  // of 2 digits ("3/25/90": 1990 or 2090?), are not dated by guess.
  if (/^\d{1,2}[-/.]\d{1,2}$/.test(s)) throw fail('it has no year');
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$/.test(s)) throw fail('write its year with 4 digits');
  const named = monthNamed(s);
  if (!named) throw fail();
  const [day, month, year, word] = named;
  if (!month) throw fail(`"${word}" is a different month in different languages: write the date as YYYY-MM-DD`);
  if (!year) throw fail('it has no year');
  if (year.length !== 4) throw fail(year.length === 2 ? 'write its year with 4 digits' : undefined);
  const read = dates().fromObject({ year: +year, month, day: +day }, { zone: 'utc' });
  if (read.isValid) return read;
  throw fail(read.invalidExplanation?.replace(/ \(of type number\)/, ''));
  throw fail();
};

/**
 * A time zone by its IANA name (America/New_York), checked against the runtime's time-zone data (ICU, maintained with
 * Node): an unknown name ("Mars/Base", "GMT+5") is refused rather than sent for GHL to reject or store. The name is
 * kept as written (GHL lists legacy links such as US/Central too), only its case set as the database spells it.
 */
export const timezoneName = (v: unknown, label = '"Timezone"'): string => {
  const s = cleanText(v);
  let canonical: string;
  try {
    canonical = new Intl.DateTimeFormat('en-US', { timeZone: s }).resolvedOptions().timeZone;
  } catch {
    throw new InputError(`${label} ${shown(v)} is not a time zone: write its IANA name, e.g. America/New_York.`);
  }
  return canonical.toLowerCase() === s.toLowerCase() ? canonical : s;
};

/** ISO 8601 for GHL: a value already written as ISO with an offset is sent as typed (GHL reads local offsets). */
export const isoText = (v: unknown, label = '"Date"'): string => {
  const d = parseDate(v, label);
  const s = typeof v === 'string' ? v.trim() : '';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) return s;
  return d.toUTC().toISO()!;
};

/**
 * ISO 8601 without milliseconds (`2026-03-01T14:30:00Z`), the user's offset kept. GHL rejects milliseconds in a
 * task's dueDate on update; n8n's HighLevel node strips them for the same reason (n8n-io/n8n,
 * packages/nodes-base/nodes/HighLevel/v2/GenericFunctions.ts, dateToIsoSupressMillis).
 */
export const isoSeconds = (v: unknown, label = '"Date"'): string => {
  const d = parseDate(v, label).set({ millisecond: 0 });
  return d.toISO({ suppressMilliseconds: true })!;
};

/** An ISO date-time moved by `ms`, in the offset it was written with (a rescheduled appointment's new end). */
export const isoPlus = (v: unknown, ms: number, label = '"Date"'): string =>
  parseDate(v, label).plus({ milliseconds: ms }).toISO({ suppressMilliseconds: true })!;

/** Epoch milliseconds (calendars API). */
export const epochMillis = (v: unknown, label = '"Date"'): number => parseDate(v, label).toMillis();

/**
 * A calendar date, YYYY-MM-DD. A date-time keeps the calendar date it was written with (2026-03-01T23:30:00-05:00
 * is 2026-03-01, not the next day in UTC).
 */
export const calendarDay = (v: unknown, label = '"Date"'): string => parseDate(v, label).toISODate()!;

// ---------------------------------------------------------------------------------------------------------------
// Tags and lists
// ---------------------------------------------------------------------------------------------------------------

/**
 * A list handed over as JSON text (`["VIP","webinar"]`: what a Code step, a webhook or a chatbot's export gives for a
 * list) is that list; any other value is itself. Split at commas it would become the items `["VIP"` and `"webinar"]`.
 */
export const jsonList = (v: unknown): unknown => {
  if (typeof v !== 'string' || !/^\s*\[[^]*\]\s*$/.test(v)) return v;
  try {
    const items: unknown = JSON.parse(v);
    return Array.isArray(items) && items.every((i) => i === null || typeof i !== 'object') ? items : v;
  } catch {
    return v;
  }
};

/**
 * Text split at `separators`, an item in double quotes kept whole: a spreadsheet's CSV cell or a person writes an item
 * holding a comma in quotes (`"Referral, Dr. Smith", VIP`), which a split at every comma would cut into `"Referral`
 * and `Dr. Smith"`. As in CSV, quotes count only where they open an item (`6" sub, 12" sub` is two items). They are
 * kept: a field's own rule may split the items again (tags: op.ts splits a list field's text, then normalizeTags its
 * items) and removes them at the end.
 */
const splitOutsideQuotes = (s: string, separators: RegExp): string[] => {
  const items: string[] = [];
  // The white space an item opens with, and the quote after it, are found once for all the items that start in it (a
  // run of blank lines is as many empty items), not again for each: time growing with the length, not its square.
  let space = -1;
  let close = -1;
  for (let start = 0; ;) {
    if (start > space) {
      space = start + /^\s*/.exec(s.slice(start))![0].length;
      close = s[space] === '"' ? s.indexOf('"', space + 1) : -1;
    }
    // Separators are looked for after the closing quote of an item that opens with one.
    const from = close < 0 ? start : close + 1;
    const at = s.slice(from).match(separators);
    if (!at) return [...items, s.slice(start)];
    items.push(s.slice(start, from + at.index!));
    start = from + at.index! + at[0].length;
  }
};

/**
 * Where a list typed in another script splits, as at `,` and `;`: the ideographic comma `、` (CLDR's list separator in
 * Japanese and Chinese: Intl.ListFormat('ja') writes "A、B、C"), the Arabic comma `،` (CLDR's in Arabic, Persian and
 * Urdu: "A، B، و C"), a CJK input mode's full-width `，` and `；` (NFKC's `,` and `;`) and the Arabic semicolon `؛`.
 */
const COMMAS = ',\uFF0C\u3001\u060C';
/** Where tags and email lists split: COMMAS, semicolons (`;`, `；`, `؛`) and line breaks. */
export const ITEM_SEPARATORS = new RegExp(`[${COMMAS};\uFF1B\u061B\n\r]`);
const LIST_SEPARATORS = new RegExp(`[${COMMAS}]`);

/** Items of a list field or of text mapped into it, split on commas (and for tags on semicolons and newlines). */
const splitItems = (v: unknown, separators: RegExp): string[] =>
  (Array.isArray(v) ? v : [v])
    .flatMap(jsonList)
    .flatMap((x) => (typeof x === 'string' ? splitOutsideQuotes(x, separators) : isNil(x) ? [] : [String(x)]))
    .map(cleanText);

const isNil = (v: unknown) => v === undefined || v === null;

/** A list: items trimmed, empty ones dropped; split at commas (COMMAS) unless the field says where (Field.split). */
export const listItems = (v: unknown, separators = LIST_SEPARATORS): string[] =>
  splitItems(v, separators).filter(Boolean);

/**
 * Where text mapped into a URL list splits: at commas, semicolons or white space only where the next URL starts. A
 * URL may hold commas itself (a Cloudinary transformation `…/upload/c_fill,w_300/…`), which a split at every comma
 * would cut into pieces.
 */
export const URL_SEPARATORS = /(?<![\s,;])[\s,;]+(?=https?:\/\/)/i;

/**
 * Text as it looks: inner white space (no-break spaces, tabs, runs of spaces) one plain space, and zero-width spaces,
 * soft hyphens and word joiners removed: "Hot\u00A0Lead" and "Hot  Lead" are "Hot Lead". Emoji as an emoji keyboard
 * writes them (fully-qualified, Unicode's emoji-test.txt): a VARIATION SELECTOR-16 after a character shown as an emoji
 * anyway (Emoji_Presentation: "⭐\uFE0F" is "⭐") changes nothing and is dropped, while after one shown as text by
 * default ("❤\uFE0F", "™\uFE0F") it decides the look and is kept. A zero-width (non-)joiner beside a character of
 * ASCII (a letter, a digit, a space) joins nothing, a paste's leftover, and is dropped; between emoji (👩‍💻) or in a
 * script that uses it (Persian, Indic) it is kept. Used by the tag rule below and to match custom-field options.
 * `asTyped` keeps the emoji as written (a tag GHL may hold so: lib/location.ts heldTags).
 */
export const oneSpaced = (s: string, asTyped = false): string => {
  const t = s
    .replace(/[\u00AD\u200B\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/(?<=^|[ -~])[\u200C\u200D]+|[\u200C\u200D]+(?=[ -~]|$)/g, '');
  return asTyped ? t : t.replace(/(\p{Emoji_Presentation})\uFE0F/gu, '$1');
};

/**
 * Text as it looks, case aside: trimmed, composed (cleanText), oneSpaced, lower-cased as GHL stores tags. Two values
 * that look alike are one: a tag ("⭐\uFE0F VIP" and "⭐ vip"), a custom-field option spelled with other white space
 * or case, a search's match ("Buddy " is "buddy", lib/items.ts exactMatches).
 */
export const looks = (v: unknown): string => oneSpaced(cleanText(v)).toLowerCase();

/**
 * One tag's name as a contact's tag gets it (normalizeTags, of each item): trimmed and composed (cleanText), out of
 * the double quotes of a CSV cell, oneSpaced (`asTyped`: its emoji as written). Not split: Create Tag's
 * "Referral, Dr. Smith" is one name.
 */
export const tagName = (v: unknown, asTyped = false): string => oneSpaced(unquoted(v), asTyped);

/**
 * One item of a list as one-line text (cleanText), out of the double quotes a CSV cell puts around it (splitItems keeps
 * them): `"Referral, Dr. Smith"` is Referral, Dr. Smith, and `""`, a CSV's empty cell, is empty.
 */
export const unquoted = (v: unknown): string => {
  const item = cleanText(v);
  return /^"[^"]*"$/.test(item) ? cleanText(item.slice(1, -1)) : item;
};

/**
 * Tags: split on `,` `;` and newlines, also as other scripts write them (`、` `，` `،` `；` `؛`: ITEM_SEPARATORS), not
 * inside paired double quotes, which are removed (`"Referral, Dr. Smith"` is one tag), trimmed, empty ones dropped, inner white space made one plain space and zero-width spaces, soft hyphens and
 * word joiners removed (a tag copied from a web page as "Hot\u00A0Lead" or "V\u200BIP" looks like "hot lead" / "vip"
 * but is another tag to GHL: a workflow waiting for one never sees the other; joiners inside emoji are kept), emoji
 * as a keyboard writes them ("⭐\uFE0F VIP" is "⭐ VIP": oneSpaced), duplicates removed by how they look (`looks`: GHL
 * stores tags lower-cased, so "VIP" and "vip" are one tag; the first spelling is kept). Text that holds no tag at all (" , , ") gives an empty list: the caller refuses it for a required
 * field and omits it otherwise (an empty `tags` on Update Contact would remove every tag). `asTyped`: the emoji as
 * written, duplicates by their look (F.tags, for lib/location.ts heldTags).
 */
export const normalizeTags = (v: unknown, asTyped = false): string[] => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of splitItems(v, ITEM_SEPARATORS)) {
    const t = tagName(item, asTyped);
    const k = looks(t);
    if (!t || seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
};
