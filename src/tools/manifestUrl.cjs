/**
 * The production manifest (issue #17 item 7), as the `yo office` templates do it: manifest.xml
 * points at the dev server, and the production build rewrites every dev URL to the host given at
 * build time, `KADR_ADDIN_URL=https://kadr.example.kz/addin/ npm run build` → dist/manifest.xml.
 * CommonJS because webpack.config.js requires it.
 */
"use strict";

/** The dev server's origin, as manifest.xml writes it (package.json config.dev_server_port). */
const DEV_ORIGIN = `https://localhost:${require("../../package.json").config.dev_server_port}`;

/**
 * The deployment base: an absolute https URL, with a trailing slash so files resolve under it.
 * Returns an error message for anything Office would not load (http, a relative path, a query).
 *
 * @param {string} url
 * @returns {{ ok: true, base: string, origin: string } | { ok: false, message: string }}
 * @example
 * addinBase("https://kadr.example.kz/addin") //=> { ok: true, base: "https://kadr.example.kz/addin/", origin: "https://kadr.example.kz" }
 */
function addinBase(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, message: `KADR_ADDIN_URL "${url}" is not an absolute URL (https://host/path/)` };
  }
  if (parsed.protocol !== "https:") {
    return { ok: false, message: `KADR_ADDIN_URL "${url}" must use https: Office loads add-ins only over HTTPS` };
  }
  if (parsed.search !== "" || parsed.hash !== "" || parsed.username !== "") {
    return { ok: false, message: `KADR_ADDIN_URL "${url}" must not carry a query, a fragment or a user` };
  }
  // Plain path characters only, so the URL goes into the XML as it is (no escaping to get wrong).
  if (!/^[A-Za-z0-9\-._~/%]*$/.test(parsed.pathname)) {
    return { ok: false, message: `KADR_ADDIN_URL "${url}": the path may hold only letters, digits and - . _ ~ / %` };
  }
  const path = parsed.pathname.endsWith("/") ? parsed.pathname : `${parsed.pathname}/`;
  return { ok: true, base: `${parsed.origin}${path}`, origin: parsed.origin };
}

/**
 * manifest.xml with every dev-server URL pointing at `url`: files under the base, the AppDomain
 * the origin alone.
 *
 * @param {string} xml
 * @param {string} url
 * @returns {string}
 * @example
 * rewriteManifest('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', "https://kadr.example.kz/")
 * //=> '<SourceLocation DefaultValue="https://kadr.example.kz/taskpane.html"/>'
 */
function rewriteManifest(xml, url) {
  const target = addinBase(url);
  if (!target.ok) throw new Error(target.message);
  return xml.split(`${DEV_ORIGIN}/`).join(target.base).split(DEV_ORIGIN).join(target.origin);
}

module.exports = { DEV_ORIGIN, addinBase, rewriteManifest };
