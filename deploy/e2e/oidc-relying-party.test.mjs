// identity-service driven by an independently written, strict OpenID Connect relying-party library
// (openid-client, with every validation it does by default left on) and a real headless browser for
// the person's part: discovery, authorization code + PKCE with state and nonce, pushed authorization
// requests, DPoP-bound tokens, private_key_jwt and client_secret_basic client authentication,
// client credentials, refresh with rotation, userinfo, introspection and revocation.
// Needs the running suite (./mygov up) and chromium; run: cd deploy/e2e && npm ci && npm test
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { webcrypto } from 'node:crypto';
import * as oidc from 'openid-client';
import { chromium } from 'playwright-core';
import { signInAsDemoCitizen } from './sign-in.mjs';

const ISSUER = new URL(process.env.MYGOV_ISSUER ?? 'http://localhost:8081');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// Registered for the demo clients; nothing listens there: the browser stops at the redirect.
const REDIRECT_URI = 'http://localhost:8090/callback';
// The demo key pair is published on purpose (identity-service/demo-keys/README.md).
const DEMO_KEY = new URL('../../identity-service/demo-keys/demo-agency-jwt.private.jwk.json', import.meta.url);

let browser;
// The local run's issuer is plain http on localhost; that is the only relaxation.
const localHttp = { execute: [oidc.allowInsecureRequests] };

before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
});

async function privateKeyJwtClient() {
  const jwk = JSON.parse(await readFile(DEMO_KEY, 'utf8'));
  const key = await webcrypto.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  return oidc.discovery(ISSUER, 'demo-agency-jwt', { token_endpoint_auth_method: 'private_key_jwt' },
    oidc.PrivateKeyJwt({ key, kid: jwk.kid }), localHttp);
}

function secretClient(clientId) {
  return oidc.discovery(ISSUER, clientId, { token_endpoint_auth_method: 'client_secret_basic' },
    oidc.ClientSecretBasic(`${clientId}-secret`), localHttp);
}

/** Signs the demo citizen in at the provider's pages and returns the URL it redirects to, with the code. */
async function signInAndReturn(authorizationUrl) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let returned;
    await page.route(`${REDIRECT_URI}**`, (route) => {
      returned = new URL(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>RP</title>' });
    });
    await page.goto(authorizationUrl.href);
    await signInAsDemoCitizen(page, () => returned !== undefined);
    await page.waitForURL(`${REDIRECT_URI}**`);
    assert.ok(returned, `the provider sent the browser back to ${REDIRECT_URI}`);
    return returned;
  } finally {
    await context.close();
  }
}

test('discovery metadata passes the library checks and advertises what agencies are told to use', async () => {
  const config = await privateKeyJwtClient();
  const metadata = config.serverMetadata();
  assert.equal(metadata.issuer, ISSUER.href.replace(/\/$/, ''));
  assert.ok(metadata.token_endpoint_auth_methods_supported.includes('private_key_jwt'));
  assert.ok(metadata.code_challenge_methods_supported.includes('S256'));
  assert.ok(!metadata.code_challenge_methods_supported.includes('plain'));
  assert.ok(metadata.pushed_authorization_request_endpoint);
  assert.ok(metadata.dpop_signing_alg_values_supported.includes('ES256'));
});

test('code + PKCE through PAR with DPoP and private_key_jwt, then userinfo, refresh, introspection, revocation', async () => {
  const config = await privateKeyJwtClient();
  const dpop = oidc.getDPoPHandle(config, await oidc.randomDPoPKeyPair('ES256'));
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();

  const authorizationUrl = await oidc.buildAuthorizationUrlWithPAR(config, {
    redirect_uri: REDIRECT_URI,
    scope: 'openid profile email',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  }, { DPoP: dpop });
  assert.ok(authorizationUrl.searchParams.get('request_uri').startsWith('urn:ietf:params:oauth:request_uri:'));
  assert.equal(authorizationUrl.searchParams.get('redirect_uri'), null, 'PAR keeps the request off the URL');

  const callback = await signInAndReturn(authorizationUrl);
  const tokens = await oidc.authorizationCodeGrant(config, callback,
    { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true },
    undefined, { DPoP: dpop });
  assert.equal(tokens.token_type.toLowerCase(), 'dpop');
  const idClaims = tokens.claims();
  assert.equal(idClaims.nonce, nonce);
  assert.equal(idClaims.acr, 'urn:mygov:loa:1');

  const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub, { DPoP: dpop });
  assert.equal(userinfo.name, 'Demo Rakyat');
  assert.equal(userinfo.mykad, undefined, 'the mykad claim is released only when asked for and allowed');

  const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token, undefined, { DPoP: dpop });
  assert.notEqual(refreshed.refresh_token, tokens.refresh_token, 'refresh tokens rotate');
  await assert.rejects(oidc.refreshTokenGrant(config, tokens.refresh_token, undefined, { DPoP: dpop }),
    (error) => error.error === 'invalid_grant', 'a rotated-out refresh token is refused');
  await assert.rejects(oidc.refreshTokenGrant(config, refreshed.refresh_token, undefined, { DPoP: dpop }),
    (error) => error.error === 'invalid_grant', 'reuse revoked the whole family, the newest token too');

  const introspected = await oidc.tokenIntrospection(config, refreshed.access_token);
  assert.equal(introspected.active, true);
  assert.equal(introspected.sub, idClaims.sub);
  assert.ok(introspected.cnf?.jkt, 'a DPoP-bound token names its key thumbprint');

  await oidc.tokenRevocation(config, refreshed.access_token);
  // Another replica learns of the revocation within a second (RFC 7009 §2.2 allows such a propagation window).
  assert.equal(await becomesInactive(config, refreshed.access_token, 3000), true, 'the revoked token turns inactive');
});

async function becomesInactive(config, token, withinMillis) {
  const deadline = Date.now() + withinMillis;
  do {
    if (!(await oidc.tokenIntrospection(config, token)).active) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  } while (Date.now() < deadline);
  return false;
}

test('code + PKCE with a plain authorization request and client_secret_basic', async () => {
  const config = await secretClient('demo-agency');
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const authorizationUrl = oidc.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope: 'openid profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  const callback = await signInAndReturn(authorizationUrl);
  const tokens = await oidc.authorizationCodeGrant(config, callback,
    { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true });
  assert.equal(tokens.token_type.toLowerCase(), 'bearer');
  const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, tokens.claims().sub);
  assert.equal(userinfo.sub, tokens.claims().sub);

  await oidc.tokenRevocation(config, tokens.refresh_token);
  await assert.rejects(oidc.refreshTokenGrant(config, tokens.refresh_token),
    (error) => error.error === 'invalid_grant', 'a revoked refresh token is refused');
});

test('client credentials with private_key_jwt and with a DPoP-bound token', async () => {
  const config = await privateKeyJwtClient();
  const plain = await oidc.clientCredentialsGrant(config, { scope: 'payments.read' });
  assert.equal(plain.token_type.toLowerCase(), 'bearer');
  assert.equal(plain.scope, 'payments.read');

  const dpop = oidc.getDPoPHandle(config, await oidc.randomDPoPKeyPair('ES256'));
  const bound = await oidc.clientCredentialsGrant(config, { scope: 'payments.read' }, { DPoP: dpop });
  assert.equal(bound.token_type.toLowerCase(), 'dpop');
  const introspected = await oidc.tokenIntrospection(config, bound.access_token);
  assert.equal(introspected.active, true);
  assert.equal(introspected.client_id, 'demo-agency-jwt');
});
