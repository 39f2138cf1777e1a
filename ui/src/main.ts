import { GraphQLApi } from "./api/graphql";
import { StaticApi } from "./api/static";
import { isLensApi, type Api } from "./api/types";
import { startEmbed } from "./app/embed";
import { startExplorer } from "./app/explorer";
import { lensIdFromPath } from "./state/lens";
import "./app/testHooks";

/**
 * The server mounts the UI at some base path and the API beside it at
 * base + "graphql"; deriving the base from the page's own path keeps both
 * `/` and `/embed` (and any prefix a proxy adds) pointing at the same API.
 */
function graphqlEndpoint(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="diplograph-graphql"]');
  if (meta?.content) return new URL(meta.content, location.href).toString();
  const base = location.pathname.replace(/(embed\/?|index\.html|lens\/[^/]+\/?)$/, "");
  return `${base.endsWith("/") ? base : base + "/"}graphql`;
}

async function main(): Promise<void> {
  const root = document.getElementById("app") ?? document.body;
  const dataUrl = window.__DIPLOGRAPH_DATA__;
  const api: Api = dataUrl ? await StaticApi.load(dataUrl) : new GraphQLApi(graphqlEndpoint());
  const embed = /\/embed\/?$/.test(location.pathname) || document.body.dataset.mode === "embed";
  document.body.classList.toggle("is-embed", embed);
  if (embed) {
    startEmbed(root, api);
    return;
  }
  // /lens/ID opens a saved view: the lens is read before the explorer
  // starts, so that its first drawing is the lens's.
  const lensId = lensIdFromPath(location.pathname);
  if (lensId && isLensApi(api)) {
    const lens = await api.lens(lensId).catch(() => null);
    startExplorer(root, api, { id: lensId, lens });
  } else startExplorer(root, api);
}

void main();
