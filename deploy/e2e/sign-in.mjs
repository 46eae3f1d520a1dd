// The demo citizen's part at identity-service's sign-in page, shared by the browser tests.
export const CITIZEN = { loginId: '850101-14-5011', password: 'Demo-Rakyat-2026!' };

/**
 * Signs the demo citizen in on the sign-in page the browser shows, then allows the release of their data
 * if the consent page follows (it does not once the citizen has allowed it, or when `returned()` says the
 * browser already went back to the client).
 */
export async function signInAsDemoCitizen(page, returned = () => false) {
  await page.fill('#loginId', CITIZEN.loginId);
  await page.fill('#password', CITIZEN.password);
  await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
  if (!returned() && await page.locator('button[value=allow]').count()) {
    await Promise.all([page.waitForLoadState('load'), page.click('button[value=allow]')]);
  }
}
