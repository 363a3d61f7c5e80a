/**
 * Call files of conversations (recording, transcription download): the authenticated download the file triggers of
 * triggers/conversations.ts fire with, and the hydrator Zapier runs when a later step uses the file.
 *
 * Apart from the trigger declarations because the hydrator is part of the app's top level (`hydrators`): the shipped
 * app loads it eagerly, while declaration modules load on a step's first run (lib/lazy.ts), and `z.dehydrateFile`
 * finds a hydrator by identity in the app definition.
 */
import type { B, Z } from '../lib/op';
import { downloadGhl, type FileResponse } from '../lib/client';
import { redactError, secretsOf } from '../lib/errors';
import { prepareSubAccount } from '../lib/agency';
import { percentDecoded } from '../lib/values';

/** The Version header of GHL's conversations endpoints, and the scope that reads messages and their files. */
export const CONVERSATIONS_VERSION = '2021-04-15' as const;
export const READ_MESSAGES = ['conversations/message.readonly'];

export type FileKind = 'recording' | 'transcription';

const FILES: Record<FileKind, { path: string; label: string; fallbackName: (messageId: string) => string }> = {
  recording: {
    path: '/conversations/messages/{messageId}/locations/{locationId}/recording',
    label: 'Call Recording Available',
    fallbackName: (id) => `call-recording-${id}.wav`,
  },
  transcription: {
    path: '/conversations/locations/{locationId}/messages/{messageId}/transcription/download',
    label: 'Call Transcription File Available',
    fallbackName: (id) => `transcription-${id}.txt`,
  },
};

/**
 * Downloads a call file with the connection's token. The response stays raw (a stream) so audio is not decoded as
 * text; callGhl cannot ask z.request for that, so this builds the same request (URL, Version header) itself. A raw
 * response has no `content` for the shared error mapper, so errors are read here and mapped the same way.
 * Returns undefined when `allow404` and GHL says the file does not exist (yet): a 404 or a 400 "… not found".
 * `asText` reads the body (a transcript) as `bodyText`, within the request's timeout.
 */
export const downloadCallFile = (
  z: Z,
  kind: FileKind,
  ids: { messageId: string; locationId: string },
  allow404 = false,
  asText = false,
) =>
  downloadGhl(
    z,
    {
      method: 'GET',
      path: FILES[kind].path,
      version: CONVERSATIONS_VERSION,
      pathParams: ids,
      context: { label: FILES[kind].label, scopes: READ_MESSAGES },
      allow404,
    },
    asText,
  );

export const fileMeta = (resp: FileResponse, kind: FileKind, messageId: string) => {
  const disposition = String(resp.headers.get('content-disposition') ?? '');
  const named = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1];
  // Content-Length counts an encoded body's bytes (RFC 9110 8.6), and node-fetch hands it decoded: then it is no size,
  // and z.stashFile measures the file itself (given as knownLength, the upload declared fewer bytes than it sent).
  const encoded = !/^(identity)?$/i.test(String(resp.headers.get('content-encoding') ?? '').trim());
  const size = encoded ? NaN : Number(resp.headers.get('content-length'));
  return {
    filename: named ? percentDecoded(named.trim()) : FILES[kind].fallbackName(messageId),
    contentType: String(
      resp.headers.get('content-type') ?? (kind === 'recording' ? 'audio/x-wav' : 'text/plain'),
    ).split(';')[0],
    ...(Number.isFinite(size) && size > 0 ? { size } : {}),
  };
};

/**
 * The largest file a later step is handed: Zapier's hydration limits page sets a hard limit of 150 MB on a dehydrated
 * file (above it the run is killed: "signal: killed"), warns of trouble from ~100 MB, and asks integrations not to
 * hydrate files larger than that, telling the user instead.
 */
const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * The file hydrator: Zapier runs it when a later step uses the `file` field of a recording / transcription item, and
 * it stashes the authenticated download. hooks.ts registers it as `hydrators`.
 */
export const conversationFile = async (z: Z, bundle: B) => {
  const { kind, messageId, locationId } = bundle.inputData as { kind: FileKind; messageId: string; locationId: string };
  try {
    // On an agency connection the dehydrated input carries the step's sub-account: download with its token.
    await prepareSubAccount(z, bundle);
    // Without allow404 a missing file throws (mapped 404), so a response is always there.
    const resp = (await downloadCallFile(z, kind, { messageId, locationId }))!;
    const meta = fileMeta(resp, kind, messageId);
    if (meta.size && meta.size > MAX_FILE_BYTES) {
      (resp.body as { destroy?: () => void } | undefined)?.destroy?.();
      throw new z.errors.Error(
        `${FILES[kind].label}: the file of message "${messageId}" is ${Math.ceil(meta.size / 1024 / 1024)} MB, and ` +
          'Zapier hands later steps files of up to about 100 MB: download it from the conversation in GHL.',
        'GHL_FILE_TOO_LARGE',
        413,
      );
    }
    // stashFile takes a raw z.request response (core's docs); its type only names strings, buffers and streams.
    return await z.stashFile(resp as unknown as NodeJS.ReadableStream, meta.size, meta.filename, meta.contentType);
  } catch (e) {
    // Hydrators run outside the operation factory: mask the connection's secrets here too.
    throw redactError(e, secretsOf(bundle.authData));
  }
};

/** The app's file hydrators: `hydrators` in the app definition (hooks.ts). */
export const hydrators = { conversationFile };
