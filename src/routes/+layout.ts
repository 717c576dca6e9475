// Static, client-only: the user's models never leave the browser, so nothing renders on a server.
export const ssr = false;
export const prerender = false;
