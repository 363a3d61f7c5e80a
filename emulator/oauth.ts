import type { Clock } from './clock';
import { GhlError, invalidJwt } from './errors';
import { opaqueToken } from './ids';
import type { Store } from './store';

/** Who a token acts for. */
export interface Grant {
  userType: 'Location' | 'Company';
  locationId?: string;
  companyId: string;
  userId: string;
  scope: string;
  /**
   * A bulk install: the agency approved the app for its sub-accounts at once. GHL then answers the code exchange
   * with a Company token and no locationId, whatever user_type was asked for (GoHighLevel/highlevel-api-docs #294).
   */
  bulk?: boolean;
}

/** GHL's token response (GetAccessCodeSuccessfulResponseDto). */
export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_token: string;
  scope: string;
  userType: 'Location' | 'Company';
  locationId?: string;
  companyId: string;
  userId: string;
  isBulkInstallation?: boolean;
  approveAllLocations?: boolean;
}

/** POST /oauth/locationToken's answer (GetLocationAccessTokenSuccessfulResponseDto): no refresh token. */
export interface LocationTokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
  locationId: string;
  userId: string;
  appId: string;
}

export interface OAuthOptions {
  /** Access token lifetime; GHL's is 86399 s (a day). */
  tokenTtlSeconds?: number;
  /** Lifetime of location tokens obtained from an agency token (POST /oauth/locationToken); default tokenTtlSeconds. */
  locationTokenTtlSeconds?: number;
  /** The Marketplace app id GET /oauth/installedLocations and location tokens report. */
  appId?: string;
  /** When set, the token endpoint only accepts this client id / secret. */
  clientId?: string;
  clientSecret?: string;
  /**
   * Accept any authorization code (the demo has no browser to obtain one). When false, only codes made by
   * `authorize()` work, each once.
   */
  acceptAnyCode?: boolean;
}

interface OAuthState {
  codes: Record<string, Grant>;
  access: Record<string, Grant & { expiresAt: number }>;
  refresh: Record<string, Grant>;
}

/** RFC 6749 error body, which GHL's token endpoint uses instead of its usual `{statusCode, message}`. */
const oauthError = (status: number, error: string, description: string) =>
  new GhlError(status, description, false, { error, error_description: description });

export class OAuthServer {
  private readonly state: OAuthState;

  constructor(
    store: Store,
    private readonly clock: Clock,
    private readonly defaults: Grant,
    private readonly options: OAuthOptions = {},
  ) {
    this.state = store.section<OAuthState>('oauth', () => ({ codes: {}, access: {}, refresh: {} }));
  }

  get ttlSeconds(): number {
    return this.options.tokenTtlSeconds ?? 86399;
  }

  get locationTtlSeconds(): number {
    return this.options.locationTokenTtlSeconds ?? this.ttlSeconds;
  }

  get appId(): string {
    return this.options.appId ?? 'emulatorAppId0000000001';
  }

  /** An authorization code, as GHL would put on the redirect after the user picks a sub-account. */
  authorize(grant: Partial<Grant> = {}): string {
    const code = opaqueToken('code');
    this.state.codes[code] = { ...this.defaults, ...grant };
    return code;
  }

  /** Tokens for a grant without the HTTP round trip (tests, the CLI's ready-made connection). */
  issue(grant: Partial<Grant> = {}): TokenResponse {
    const g: Grant = { ...this.defaults, ...grant };
    if (g.bulk) g.userType = 'Company';
    if (g.userType === 'Company') delete g.locationId;
    const access_token = opaqueToken('at');
    const refresh_token = opaqueToken('rt');
    this.state.access[access_token] = { ...g, expiresAt: this.clock.now() + this.ttlSeconds * 1000 };
    this.state.refresh[refresh_token] = g;
    return {
      access_token,
      token_type: 'Bearer',
      expires_in: this.ttlSeconds,
      refresh_token,
      scope: g.scope,
      userType: g.userType,
      ...(g.locationId ? { locationId: g.locationId } : {}),
      companyId: g.companyId,
      userId: g.userId,
      isBulkInstallation: !!g.bulk,
      ...(g.bulk ? { approveAllLocations: true } : {}),
    };
  }

  /**
   * POST /oauth/locationToken: an agency (Company) token gets a token for one of its sub-accounts where the app is
   * installed (`installed` decides). The location token has no refresh token and expires like any other.
   */
  locationToken(
    agency: Grant,
    form: Record<string, string>,
    installed: (locationId: string) => boolean,
  ): LocationTokenResponse {
    if (agency.userType !== 'Company') throw new GhlError(401, 'This authClass is not yet supported', true);
    if (form.companyId !== agency.companyId)
      throw new GhlError(403, 'The token does not have access to this company', true);
    // GHL's wording for this case is undocumented; the emulator answers a 400 naming the cause.
    if (!installed(form.locationId)) throw new GhlError(400, `App is not installed for location ${form.locationId}`);
    const g: Grant = {
      userType: 'Location',
      locationId: form.locationId,
      companyId: agency.companyId,
      userId: agency.userId,
      scope: agency.scope,
    };
    const access_token = opaqueToken('lt');
    this.state.access[access_token] = { ...g, expiresAt: this.clock.now() + this.locationTtlSeconds * 1000 };
    return {
      access_token,
      token_type: 'Bearer',
      expires_in: this.locationTtlSeconds,
      scope: g.scope,
      locationId: form.locationId,
      userId: g.userId,
      appId: this.appId,
    };
  }

  /** POST /oauth/token with the form fields already validated against the spec (client_id, client_secret, grant_type). */
  exchange(form: Record<string, string>): TokenResponse {
    const { clientId, clientSecret } = this.options;
    if ((clientId && form.client_id !== clientId) || (clientSecret && form.client_secret !== clientSecret)) {
      throw oauthError(401, 'invalid_client', 'Invalid client credentials');
    }
    const userType = form.user_type === 'Company' ? 'Company' : form.user_type === 'Location' ? 'Location' : undefined;
    if (form.grant_type === 'authorization_code') {
      if (!form.code) throw oauthError(400, 'invalid_request', 'code is required for grant_type authorization_code');
      const grant = this.state.codes[form.code] ?? (this.options.acceptAnyCode === false ? undefined : this.defaults);
      if (!grant) throw oauthError(400, 'invalid_grant', 'Invalid grant: authorization code is invalid');
      delete this.state.codes[form.code]; // codes are single-use
      // A bulk install answers with a Company token whatever user_type was asked for.
      return this.issue({ ...grant, ...(userType && !grant.bulk ? { userType } : {}) });
    }
    if (form.grant_type === 'refresh_token') {
      const grant = form.refresh_token ? this.state.refresh[form.refresh_token] : undefined;
      // GHL rotates refresh tokens: each can be used once, and the answer carries the next one.
      if (!grant) throw oauthError(400, 'invalid_grant', 'Invalid grant: refresh token is invalid');
      delete this.state.refresh[form.refresh_token];
      return this.issue(grant);
    }
    throw oauthError(400, 'unsupported_grant_type', `grant_type ${form.grant_type} is not supported`);
  }

  /** The grant behind a bearer token; unknown and expired tokens both get GHL's "Invalid JWT". */
  verify(token: string | undefined): Grant {
    const entry = token ? this.state.access[token] : undefined;
    if (!entry) throw invalidJwt();
    if (entry.expiresAt <= this.clock.now()) {
      delete this.state.access[token!];
      throw invalidJwt();
    }
    const { expiresAt: _e, ...grant } = entry;
    return grant;
  }

  /** Makes a token expire now (tests). */
  expire(token: string): void {
    const entry = this.state.access[token];
    if (entry) entry.expiresAt = this.clock.now();
  }
}
