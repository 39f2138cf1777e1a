// GraphiQL at /graphiql, bundled from the npm packages pinned in
// package-lock.json (graphiql, react, react-dom, graphql) and served by the
// binary: the page works with no network beyond the server. Plain JS rather
// than TypeScript because the React types are not a dependency.
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import "graphiql/graphiql.css";

/**
 * Headers (where a curator pastes the admin token) must not outlive the tab:
 * GraphiQL is told not to persist them, and this storage refuses them anyway,
 * under their own key and inside anything else saved as JSON (the tabs, the
 * history of queries, the favourites). Queries and variables persist.
 */
export function headerlessStorage(backing) {
  const isHeaders = (key) => /headers$/i.test(key);
  const strip = (value) => {
    if (Array.isArray(value)) value.forEach(strip);
    else if (value && typeof value === "object") {
      for (const key of Object.keys(value)) {
        if (isHeaders(key)) delete value[key];
        else strip(value[key]);
      }
    }
    return value;
  };
  const clean = (value) => {
    try {
      return JSON.stringify(strip(JSON.parse(value)));
    } catch {
      return value; // plain text: a query or variables
    }
  };
  return {
    getItem: (key) => (isHeaders(key) ? null : backing.getItem(key)),
    setItem: (key, value) => {
      if (isHeaders(key)) backing.removeItem(key);
      else backing.setItem(key, /(tabState|queries|favorites)$/.test(key) ? clean(String(value)) : String(value));
    },
    removeItem: (key) => backing.removeItem(key),
    clear: () => backing.clear(),
    key: (i) => backing.key(i),
    get length() {
      return backing.length;
    },
  };
}

function endpoint() {
  const meta = document.querySelector('meta[name="diplograph-graphql"]');
  return new URL(meta?.content || "graphql", location.href).toString();
}

async function fetcher(params, options) {
  const response = await fetch(endpoint(), {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json", ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return response.json();
}

let storage;
try {
  storage = headerlessStorage(window.localStorage);
} catch {
  storage = undefined; // storage blocked: GraphiQL keeps everything in memory
}

const defaultQuery = `# Diplograph's GraphQL API. Ctrl-Enter runs the query; the Docs button lists every type.
{
  search(text: "Internet Governance Forum", first: 3) {
    entity { id name kind }
  }
}
`;

createRoot(document.getElementById("graphiql")).render(
  createElement(GraphiQL, { fetcher, storage, shouldPersistHeaders: false, defaultQuery }),
);
window.__graphiqlReady = true;
