// Second factor by security key or passkey: asks the browser's WebAuthn API to sign the server's
// challenge and posts the answer with the page's form. Without this script the code form still works.
(function () {
  const form = document.getElementById('passkey-form');
  const button = document.getElementById('passkey-button');
  if (!form || !button || !window.PublicKeyCredential) {
    return;
  }
  const fromBase64Url = (text) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  const toBase64Url = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  button.hidden = false;
  button.addEventListener('click', async () => {
    const ids = form.dataset.credentialIds.split(' ').filter(Boolean);
    const credential = await navigator.credentials.get({
      publicKey: {
        challenge: fromBase64Url(form.dataset.challenge),
        rpId: form.dataset.rpId,
        timeout: Number(form.dataset.timeout),
        userVerification: 'preferred',
        allowCredentials: ids.map((id) => ({ type: 'public-key', id: fromBase64Url(id) })),
      },
    });
    form.elements.credentialId.value = toBase64Url(credential.rawId);
    form.elements.clientDataJSON.value = toBase64Url(credential.response.clientDataJSON);
    form.elements.authenticatorData.value = toBase64Url(credential.response.authenticatorData);
    form.elements.signature.value = toBase64Url(credential.response.signature);
    form.submit();
  });
}());
