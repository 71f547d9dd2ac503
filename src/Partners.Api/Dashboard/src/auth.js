// Sign-in of a Commission member: OAuth 2 authorization code with PKCE (RFC 7636) for the public client
// commission-dashboard. The access token stays in memory; the refresh token (rotated at every use) survives a
// reload in sessionStorage, and logout revokes it.
const clientId = 'commission-dashboard';
const redirectUri = `${location.origin}/commission/`;
const scope = 'commission disputes:read offers:read offline_access';
const store = sessionStorage;
let accessToken = null;
let refreshTimer = null;

const base64Url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const randomString = () => base64Url(crypto.getRandomValues(new Uint8Array(32)));

/** Sends the browser to the login page (through /connect/authorize) with a fresh PKCE verifier and state. */
export async function signIn(lang) {
  const verifier = randomString();
  const state = randomString();
  store.setItem('pkce.verifier', verifier);
  store.setItem('pkce.state', state);
  store.removeItem('signedOut');
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const query = new URLSearchParams({
    client_id: clientId, response_type: 'code', redirect_uri: redirectUri, scope, state,
    code_challenge: challenge, code_challenge_method: 'S256', ui_locales: lang,
  });
  location.assign(`/connect/authorize?${query}`);
}

async function tokenRequest(form) {
  const response = await fetch('/connect/token', { method: 'POST', body: new URLSearchParams({ client_id: clientId, ...form }) });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error_description || body.error || `HTTP ${response.status}`);
  accessToken = body.access_token;
  store.setItem('refreshToken', body.refresh_token);
  clearTimeout(refreshTimer);
  // Renew a minute before the access token expires; the new refresh token replaces the spent one.
  refreshTimer = setTimeout(() => refresh().catch(() => {}), Math.max(10, body.expires_in - 60) * 1000);
  return accessToken;
}

/** Renews the tokens with the refresh token; null when there is none or it is no longer valid. */
export async function refresh() {
  const refreshToken = store.getItem('refreshToken');
  if (!refreshToken) return null;
  try {
    return await tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken });
  } catch {
    store.removeItem('refreshToken');
    accessToken = null;
    return null;
  }
}

/**
 * The member's access token: from the code just returned to this page (checking the state), from the refresh
 * token of this tab, or null when the member must sign in.
 */
export async function restore() {
  const params = new URLSearchParams(location.search);
  if (params.has('code')) {
    const expected = store.getItem('pkce.state');
    const verifier = store.getItem('pkce.verifier');
    store.removeItem('pkce.state');
    store.removeItem('pkce.verifier');
    history.replaceState(null, '', location.pathname);
    if (!expected || params.get('state') !== expected) throw new Error('state');
    return tokenRequest({ grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri, code_verifier: verifier });
  }
  if (params.has('error')) {
    history.replaceState(null, '', location.pathname);
    throw new Error(params.get('error_description') || params.get('error'));
  }
  return accessToken ?? refresh();
}

export const token = () => accessToken;

export const wasSignedOut = () => store.getItem('signedOut') === '1';

/**
 * Revokes this tab's refresh and access tokens, then ends the sign-in on the server, which revokes every token
 * the member holds (and the API stops accepting the access token at once).
 */
export async function signOut() {
  const tokens = [[store.getItem('refreshToken'), 'refresh_token'], [accessToken, 'access_token']];
  clearTimeout(refreshTimer);
  accessToken = null;
  store.removeItem('refreshToken');
  store.setItem('signedOut', '1');
  for (const [value, hint] of tokens.filter(([value]) => value)) {
    await fetch('/connect/revoke', {
      method: 'POST',
      body: new URLSearchParams({ client_id: clientId, token: value, token_type_hint: hint }),
    }).catch(() => {});
  }
  location.assign(`/connect/logout?${new URLSearchParams({ client_id: clientId, post_logout_redirect_uri: redirectUri })}`);
}
