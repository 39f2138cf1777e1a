import { GraphQLApi } from "./api/graphql";
import { StaticApi } from "./api/static";
import type { Api } from "./api/types";
import { startEmbed } from "./app/embed";
import { startExplorer } from "./app/explorer";
import "./app/testHooks";

/**
 * The server mounts the UI at some base path and the API beside it at
 * base + "graphql"; deriving the base from the page's own path keeps both
 * `/` and `/embed` (and any prefix a proxy adds) pointing at the same API.
 */
function graphqlEndpoint(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="diplograph-graphql"]');
  if (meta?.content) return new URL(meta.content, location.href).toString();
  const base = location.pathname.replace(/(embed\/?|index\.html)$/, "");
  return `${base.endsWith("/") ? base : base + "/"}graphql`;
}

async function main(): Promise<void> {
  const root = document.getElementById("app") ?? document.body;
  const dataUrl = window.__DIPLOGRAPH_DATA__;
  const api: Api = dataUrl ? await StaticApi.load(dataUrl) : new GraphQLApi(graphqlEndpoint());
  const embed = /\/embed\/?$/.test(location.pathname) || document.body.dataset.mode === "embed";
  document.body.classList.toggle("is-embed", embed);
  if (embed) startEmbed(root, api);
  else startExplorer(root, api);
}

void main();
