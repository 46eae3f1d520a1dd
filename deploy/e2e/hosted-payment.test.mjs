// A payment through the hosted page in a real headless browser (Debian's chromium), from the
// agency's API call to the signed return and the signed server-to-server callback.
// Needs the running suite (./mygov up) and chromium; run: cd deploy/e2e && npm ci && npm test
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { chromium } from 'playwright-core';

const ISSUER = process.env.MYGOV_ISSUER ?? 'http://localhost:8081';
const GATEWAY = 'http://localhost:8082';
const AGENCY_SITE = 'http://localhost:8090';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

function hmacHex(secret, text) {
  return createHmac('sha256', secret).update(text).digest('hex');
}

function sameHex(a, b) {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** The agency's own site: the return page the payer lands on, and the callback receiver. */
function startAgencySite() {
  const callbacks = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => {
      if (request.method === 'POST' && request.url === '/hook') {
        callbacks.push({ headers: request.headers, body });
        response.writeHead(200).end();
      } else {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
          .end('<!doctype html><html lang="ms"><title>Agensi</title><h1>Terima kasih</h1></html>');
      }
    });
  });
  return new Promise((resolve) => server.listen(8090, '127.0.0.1', () => resolve({ server, callbacks })));
}

async function api(path, token, { method = 'GET', body, headers = {} } = {}) {
  const response = await fetch(GATEWAY + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`);
  return json;
}

test('a payer pays through the hosted page and the agency gets signed results', async () => {
  const tokenResponse = await fetch(`${ISSUER}/oauth2/token`, {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + Buffer.from('demo-agency:demo-agency-secret').toString('base64'),
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  assert.equal(tokenResponse.status, 200);
  const token = (await tokenResponse.json()).access_token;

  const demoMerchant = (await api('/v1/merchants', token)).items[0];
  const merchant = await api('/v1/merchants', token, {
    method: 'POST',
    body: {
      name: `E2E test shop ${randomUUID().slice(0, 8)}`,
      trustmarkId: demoMerchant.trustmarkId,
      returnUrls: [`${AGENCY_SITE}/return`],
      callbackUrl: `${AGENCY_SITE}/hook`,
    },
  });
  const secret = merchant.callbackSecret;
  assert.ok(secret, 'the callback secret is shown once, at creation');

  const bill = `E2E-${Date.now()}`;
  const payment = await api('/v1/payments', token, {
    method: 'POST',
    headers: { 'Idempotency-Key': randomUUID() },
    body: {
      merchantId: merchant.id,
      amount: { currency: 'MYR', value: 2550 },
      billReference: bill,
      description: 'Pembaharuan lesen memandu / Driving licence renewal',
      allowedMethods: ['FPX_B2C'],
    },
  });

  const agencySite = await startAgencySite();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ locale: 'ms-MY' });
    await page.goto(payment.paymentPageUrl);
    assert.equal(await page.getAttribute('html', 'lang'), 'ms');
    assert.match(await page.textContent('body'), /RM 25\.50/);

    const onlineBank = await page.$$eval('#bank option', (options) =>
      options.filter((o) => !o.disabled).map((o) => o.value)[0]);
    await page.selectOption('#bank', onlineBank);
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/method"] button[type=submit]')]);
    assert.match(page.url(), /\/sandbox-acquirer\//);

    await page.check('input[name=decision][value=APPROVE]');
    await Promise.all([page.waitForURL(`${AGENCY_SITE}/return**`), page.click('button[type=submit]')]);

    const back = new URL(page.url());
    const [paymentId, status, billReference, t, signature] =
      ['paymentId', 'status', 'billReference', 't', 'signature'].map((name) => back.searchParams.get(name));
    assert.equal(paymentId, payment.id);
    assert.equal(status, 'SUCCEEDED');
    assert.equal(billReference, bill);
    assert.ok(sameHex(signature, hmacHex(secret, `${paymentId}.${status}.${billReference}.${t}`)),
      'the return redirect is signed with the merchant secret');

    const deadline = Date.now() + 30_000;
    while (agencySite.callbacks.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(agencySite.callbacks.length > 0, 'the agency received the server-to-server callback');
    const callback = agencySite.callbacks[0];
    const header = Object.fromEntries(callback.headers['x-mygov-signature'].split(',').map((part) => part.split('=')));
    assert.ok(sameHex(header.v1, hmacHex(secret, `${header.t}.${callback.body}`)), 'the callback is signed');
    assert.ok(Math.abs(Date.now() / 1000 - Number(header.t)) < 300, 'the callback signature is fresh');
    assert.match(callback.body, new RegExp(payment.id));
    assert.match(callback.body, /SUCCEEDED|succeeded/);

    await page.goto(`${GATEWAY}/pay/${payment.id}/receipt`);
    assert.match(await page.textContent('body'), /JPJ-\d{4}-\d{6}/);
  } finally {
    await browser.close();
    agencySite.server.close();
  }
});
