// A citizen lets LHDN read their registered address (a consent-required field) through the consents
// API with their own SSO token (the demo citizen with an authenticator app: granting needs urn:mygov:loa:2), then withdraws that consent in a real headless browser on the "my data"
// page: the form with its CSRF token, the way back to the page, and the consent shown as withdrawn.
// Needs the running suite (./mygov up) and chromium; run: cd deploy/e2e && npm ci && npm test
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as oidc from 'openid-client';
import { chromium } from 'playwright-core';
import { CITIZEN_WITH_APP, signInAsDemoCitizen } from './sign-in.mjs';

const ISSUER = new URL(process.env.MYGOV_ISSUER ?? 'http://localhost:8081');
const EXCHANGE = 'http://localhost:8083';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// The "my data" page's own demo client: the only one the demo citizen can release their MyKad number to.
const PORTAL = 'data-exchange-portal';
const POPULATION_PRODUCT = '01950000-0000-7000-8000-000000000016';

/** Signs the citizen in within the browser context (so the page later opens without a second sign-in) and returns their access token. */
async function citizenToken(page) {
  const config = await oidc.discovery(ISSUER, PORTAL, { token_endpoint_auth_method: 'client_secret_basic' },
    oidc.ClientSecretBasic(`${PORTAL}-secret`), { execute: [oidc.allowInsecureRequests] });
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const authorizationUrl = oidc.buildAuthorizationUrl(config, {
    redirect_uri: `${EXCHANGE}/my-data`,
    scope: 'openid mykad',
    // Granting a consent needs a sign-in with a second factor (RFC 9470): the citizen enters their app's code.
    acr_values: 'urn:mygov:loa:2',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });
  // The redirect back carries the code; the page itself then ignores a code it did not ask for (no state cookie).
  let returned;
  const isOurCallback = (url) => url.startsWith(`${EXCHANGE}/my-data?`) && new URL(url).searchParams.get('state') === state;
  page.on('request', (request) => {
    if (!returned && isOurCallback(request.url())) {
      returned = new URL(request.url());
    }
  });
  await page.goto(authorizationUrl.href);
  await signInAsDemoCitizen(page, () => returned !== undefined, CITIZEN_WITH_APP);
  // The page then signs the browser in on its own, asking for `profile` too: the first time, identity-service asks
  // the citizen to allow that before the browser lands on the page.
  if (await page.locator('button[value=allow]').count()) {
    await Promise.all([page.waitForURL(`${EXCHANGE}/my-data**`), page.click('button[value=allow]')]);
  }
  await page.waitForURL(`${EXCHANGE}/my-data**`);
  assert.ok(returned, 'identity-service sent the browser back with a code');
  const tokens = await oidc.authorizationCodeGrant(config, returned, { pkceCodeVerifier: verifier, expectedState: state });
  return tokens.access_token;
}

async function exchangeApi(method, path, token, body) {
  const response = await fetch(`${EXCHANGE}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

test('a citizen withdraws a consent on the "my data" page in a real browser', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    const token = await citizenToken(page);
    const granted = await exchangeApi('POST', '/v1/consents', token, {
      consumerAgency: 'LHDN', productId: POPULATION_PRODUCT, purposeCode: 'TAX_ADMINISTRATION', fields: ['address'],
      expiresAt: '2099-01-01T00:00:00Z', mykadNumber: CITIZEN_WITH_APP.loginId,
    });
    assert.equal(granted.status, 201, JSON.stringify(granted.body));
    const revokeAction = `/my-data/consents/${granted.body.id}/revoke`;

    await page.goto(`${EXCHANGE}/my-data?lang=en`);
    await page.waitForURL(`${EXCHANGE}/my-data**`);
    const form = page.locator(`form[action="${revokeAction}"]`);
    assert.equal(await form.count(), 1, 'the new consent is listed with a withdraw button');
    assert.ok(await form.locator('input[name=csrf]').getAttribute('value'), 'the form carries its CSRF token');

    await Promise.all([page.waitForURL(`${EXCHANGE}/my-data?lang=en**`), form.locator('button[type=submit]').click()]);
    assert.equal(await page.locator('h1').textContent(), 'My data');
    assert.equal(await page.locator(`form[action="${revokeAction}"]`).count(), 0, 'a withdrawn consent has no button');
    assert.match(await page.content(), /Withdrawn/);

    const after = await exchangeApi('GET', `/v1/consents/${granted.body.id}`, token);
    assert.equal(after.body.status, 'REVOKED');
  } finally {
    await browser.close();
  }
});
