// Login for the counsellor console: fetch an anti-forgery token, post the credentials as JSON, go to the console.
(function () {
  'use strict';
  const form = document.getElementById('login-form');
  const error = document.getElementById('login-error');
  const defaultError = error.textContent;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const tokenResponse = await fetch('/counsellor/login/token', { credentials: 'same-origin' });
    const { token } = await tokenResponse.json();
    const response = await fetch('/counsellor/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token },
      body: JSON.stringify({ login: form.login.value, password: form.password.value }),
    });
    if (response.ok) {
      // Back to the monitoring page when the login was asked for there; anywhere else only the console.
      const back = new URLSearchParams(window.location.search).get('ReturnUrl');
      window.location.href = back === '/monitoring' ? '/monitoring' : '/counsellor';
    } else {
      // 429: too many attempts; the server says how long to wait.
      const problem = response.status === 429 ? await response.json().catch(() => null) : null;
      error.textContent = problem && problem.detail ? problem.detail : defaultError;
      error.hidden = false;
    }
  });
})();
