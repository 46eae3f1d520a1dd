// The demo citizen's part at identity-service's sign-in page, shared by the browser tests.
import { createHmac } from 'node:crypto';

export const CITIZEN = { loginId: '850101-14-5011', password: 'Demo-Rakyat-2026!' };
// The second demo citizen has an authenticator app (identity-service DemoData), so signs in at urn:mygov:loa:2.
export const CITIZEN_WITH_APP = { loginId: '920315-10-5678', password: 'Demo-Rakyat-2026!', totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' };

/**
 * Signs a demo citizen in on the sign-in page the browser shows, enters their authenticator app's code if they have
 * one (identity-service then asks for it), then allows the release of their data if the consent page follows (it
 * does not once the citizen has allowed it, or when `returned()` says the browser already went back to the client).
 */
export async function signInAsDemoCitizen(page, returned = () => false, citizen = CITIZEN) {
  await page.fill('#loginId', citizen.loginId);
  await page.fill('#password', citizen.password);
  await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
  if (!returned() && citizen.totpSecret) {
    await page.fill('#code', totp(citizen.totpSecret));
    // Wait until the browser has left the code's page, so that the consent page, if any, is what is asked about next.
    await Promise.all([page.waitForURL((url) => url.pathname !== '/mfa'), page.press('#code', 'Enter')]);
  }
  if (!returned() && await page.locator('button[value=allow]').count()) {
    await Promise.all([page.waitForLoadState('load'), page.click('button[value=allow]')]);
  }
}

/** The current RFC 6238 code (HMAC-SHA1, 30 s, 6 digits) of a Base32 secret, as the citizen's app shows it. */
export function totp(secret, now = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const key = [];
  let bits = 0;
  let value = 0;
  for (const c of secret) {
    value = ((value << 5) | alphabet.indexOf(c)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      key.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 30_000)));
  const mac = createHmac('sha1', Buffer.from(key)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}
