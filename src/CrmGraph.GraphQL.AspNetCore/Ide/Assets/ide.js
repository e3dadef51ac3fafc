// The browser IDE: GraphiQL with an OAuth 2.0 sign-in (authorization code + PKCE, public client) whose access token
// goes with every request: as a bearer header over HTTP, and in connection_init over graphql-transport-ws.
(function () {
  'use strict';

  const config = JSON.parse(document.getElementById('ide-config').textContent);
  const session = window.sessionStorage;
  const tokenKey = 'ide.token';
  const pendingKey = 'ide.pending';
  const here = window.location.origin + window.location.pathname;

  const base64Url = bytes => btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const randomText = () => base64Url(crypto.getRandomValues(new Uint8Array(32)));

  async function endpoints() {
    const authority = (config.signIn.authority || window.location.origin).replace(/\/$/, '');
    const response = await fetch(authority + '/.well-known/openid-configuration');
    if (!response.ok) {
      throw new Error('The discovery document of ' + authority + ' answered ' + response.status + '.');
    }
    return response.json();
  }

  async function signIn() {
    const verifier = randomText();
    const state = randomText();
    const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    const discovered = await endpoints();
    session.setItem(pendingKey, JSON.stringify({ verifier, state, tokenEndpoint: discovered.token_endpoint }));
    const target = new URL(discovered.authorization_endpoint);
    target.search = new URLSearchParams({
      response_type: 'code',
      client_id: config.signIn.clientId,
      redirect_uri: here,
      scope: config.signIn.scope,
      state,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    window.location.assign(target.toString());
  }

  // Back from the authorization server: exchange the code for tokens, then drop the code from the address bar.
  async function completeSignIn() {
    const answer = new URLSearchParams(window.location.search);
    if (!answer.has('code') && !answer.has('error')) {
      return null;
    }
    const kept = new URLSearchParams(answer);
    ['code', 'state', 'error', 'error_description', 'iss', 'scope'].forEach(name => kept.delete(name));
    window.history.replaceState(null, '', here + (kept.toString() ? '?' + kept : ''));
    const pending = JSON.parse(session.getItem(pendingKey) || 'null');
    session.removeItem(pendingKey);
    if (answer.has('error')) {
      return 'Sign-in failed: ' + (answer.get('error_description') || answer.get('error'));
    }
    if (!pending || pending.state !== answer.get('state')) {
      return 'Sign-in failed: the answer does not belong to a sign-in started here. Sign in again.';
    }
    const response = await fetch(pending.tokenEndpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: answer.get('code'),
        redirect_uri: here,
        client_id: config.signIn.clientId,
        code_verifier: pending.verifier,
      }),
    });
    const tokens = await response.json();
    if (!response.ok) {
      return 'Sign-in failed: ' + (tokens.error_description || tokens.error || response.status);
    }
    const claims = tokens.id_token ? JSON.parse(atob(tokens.id_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) : {};
    session.setItem(tokenKey, JSON.stringify({
      accessToken: tokens.access_token,
      expiresAt: Date.now() + (tokens.expires_in || 0) * 1000,
      who: claims.email || claims.name || claims.sub || 'signed in',
    }));
    return null;
  }

  function currentToken() {
    const token = JSON.parse(session.getItem(tokenKey) || 'null');
    return token && token.expiresAt > Date.now() ? token : null;
  }

  function signOut() {
    session.removeItem(tokenKey);
    window.location.reload();
  }

  function SignInBar(props) {
    const e = React.createElement;
    const token = currentToken();
    let content;
    if (!config.signIn.clientId) {
      content = [e('span', { key: 'note', className: 'ide-note' }, config.signIn.unavailable)];
    } else if (token) {
      content = [
        e('span', { key: 'who', className: 'ide-who' }, 'Signed in as ' + token.who),
        e('button', { key: 'out', type: 'button', className: 'graphiql-button', onClick: signOut }, 'Sign out'),
      ];
    } else {
      content = [
        e('span', { key: 'note', className: 'ide-note' }, 'Requests need an access token.'),
        e('button', { key: 'in', type: 'button', className: 'graphiql-button', onClick: () => signIn().catch(error => alert(error.message)) }, 'Sign in'),
      ];
    }
    if (props.problem) {
      content.unshift(e('span', { key: 'problem', className: 'ide-problem', role: 'alert' }, props.problem));
    }
    return e('div', { className: 'ide-bar' }, e('strong', null, config.title), ...content);
  }

  // A 401 has no body; say in the result pane what to do rather than let GraphiQL fail to parse it.
  async function fetchExplaining401(url, init) {
    const response = await fetch(url, init);
    if (response.status !== 401) {
      return response;
    }
    const advice = currentToken() ? 'the access token was refused; sign in again.' : 'sign in first (top right).';
    return new Response(JSON.stringify({ errors: [{ message: '401 Unauthorized: ' + advice }] }),
      { status: 401, headers: { 'Content-Type': 'application/json' } });
  }

  function fetcherFor(token) {
    const authorization = token ? { Authorization: 'Bearer ' + token.accessToken } : {};
    const socketUrl = here.replace(/^http/, 'ws');
    return GraphiQL.createFetcher({
      url: here,
      fetch: fetchExplaining401,
      headers: authorization,
      wsClient: graphqlWs.createClient({ url: socketUrl, lazy: true, connectionParams: () => authorization }),
    });
  }

  async function start() {
    let problem = null;
    try {
      problem = config.signIn.clientId ? await completeSignIn() : null;
    } catch (error) {
      problem = 'Sign-in failed: ' + error.message;
    }
    const token = currentToken();
    const e = React.createElement;
    const asked = new URLSearchParams(window.location.search).get('query');
    ReactDOM.createRoot(document.getElementById('ide')).render(
      e('div', { className: 'ide-frame' },
        e(SignInBar, { problem }),
        e(GraphiQL, { fetcher: fetcherFor(token), defaultQuery: config.defaultQuery, query: asked || undefined })));
  }

  start();
})();
