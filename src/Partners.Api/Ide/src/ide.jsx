// The IDE served at a browser's GET /graphql: GraphiQL, a field for the access token, and subscriptions over the
// same /graphql WebSocket (graphql-transport-ws, token in connection_init). Bundled by esbuild at build time.
import React, { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';
import 'graphiql/graphiql.css';
import './ide.css';

const tokenKey = 'partners.ide.token';
const endpoint = new URL(document.documentElement.dataset.endpoint || '/graphql', window.location.href);
const socketUrl = endpoint.href.replace(/^http/, 'ws');

/** "Bearer …" from what was typed: a bare token or one that already says Bearer. */
function bearer(token) {
  const value = token.trim();
  return value === '' ? null : /^bearer\s/i.test(value) ? value : `Bearer ${value}`;
}

function Ide() {
  const [token, setToken] = useState(() => window.localStorage.getItem(tokenKey) ?? '');
  const authorization = bearer(token);

  // A new token means a new WebSocket: the server reads the token once, at connection_init.
  const fetcher = useMemo(() => {
    const headers = authorization ? { Authorization: authorization } : {};
    return createGraphiQLFetcher({
      url: endpoint.href,
      headers,
      wsClient: createClient({ url: socketUrl, lazy: true, connectionParams: authorization ? { authorization } : {} }),
    });
  }, [authorization]);

  const onToken = (event) => {
    setToken(event.target.value);
    window.localStorage.setItem(tokenKey, event.target.value);
  };

  return (
    <div className="partners-ide">
      <form className="partners-ide-token" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="partners-token">Jeton d'accès (access token)</label>
        <input
          id="partners-token"
          name="token"
          type="password"
          autoComplete="off"
          spellCheck="false"
          placeholder="Bearer eyJ… (POST /connect/token)"
          value={token}
          onChange={onToken}
        />
      </form>
      <div className="partners-ide-graphiql">
        <GraphiQL fetcher={fetcher} defaultQuery={'{\n  viewer {\n    clientId\n  }\n}\n'} />
      </div>
    </div>
  );
}

createRoot(document.getElementById('ide')).render(<Ide />);
