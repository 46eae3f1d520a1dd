// A citizen opens data-exchange-service's "my data" page in a real headless browser, is sent to
// identity-service to sign in (quarkus-oidc code flow with PKCE, client data-exchange-portal), agrees
// to release their MyKad number, and comes back to the page signed in. Then the account page at
// identity-service shows that consent and the sign-in among the recent security events.
// Needs the running suite (./mygov up) and chromium; run: cd deploy/e2e && npm ci && npm test
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { CITIZEN } from './sign-in.mjs';

const ISSUER = process.env.MYGOV_ISSUER ?? 'http://localhost:8081';
const EXCHANGE = 'http://localhost:8083';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

test('a citizen signs in through the SSO to see who read their data, then reviews their account', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    await page.goto(`${EXCHANGE}/my-data?lang=en`);
    assert.ok(page.url().startsWith(`${ISSUER}/signin?`), `sent to sign in at identity-service, not ${page.url()}`);

    await page.fill('#loginId', CITIZEN.loginId);
    await page.fill('#password', CITIZEN.password);
    await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
    if (page.url().startsWith(`${ISSUER}/consent`)) {
      assert.match(await page.content(), /MyKad/i, 'the consent page names the MyKad number being released');
      await Promise.all([page.waitForURL(`${EXCHANGE}/my-data**`), page.click('button[value=allow]')]);
    }
    await page.waitForURL(`${EXCHANGE}/my-data**`);
    assert.equal(await page.locator('h1').textContent(), 'My data');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');

    await page.goto(`${ISSUER}/account?lang=en`);
    assert.ok(page.url().startsWith(`${ISSUER}/account`), 'the SSO session opens the account page without a second sign-in');
    const account = await page.content();
    assert.match(account, /Demo Rakyat/);
    assert.match(account, /MyGDX: data saya/, 'the consent to the exchange portal is listed');
    assert.match(account, /Signed in/);
  } finally {
    await browser.close();
  }
});
