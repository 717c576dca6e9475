// Serve the built app (build/) on http://127.0.0.1:4173, or $PORT. Paths that are not files get
// build/200.html, the SvelteKit SPA fallback, so a model's address works on reload.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('../build', import.meta.url));
const host = '127.0.0.1';
const port = Number(process.env.PORT ?? 4173);

if (!existsSync(`${root}/200.html`)) {
	console.error(
		`No built app in ${root}: run "npm run build" first (or "npm start", which builds and serves).`
	);
	process.exit(1);
}
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`PORT must be a port number, not "${process.env.PORT}".`);
	process.exit(1);
}

// dev: look files up on each request rather than once at start, so a rebuild is served at once
// (an old file list would 404 the new hashed assets); etag keeps repeat loads cheap.
// Hashed assets under _app/immutable never change under their name: the browser may keep them for
// good, so reopening a model does not ask for twenty scripts again (as any static host would serve them).
const assets = sirv(root, {
	dev: true,
	etag: true,
	single: '200.html',
	setHeaders: (res, pathname) => {
		// What a static host should send beside the page's own CSP meta tag (which cannot forbid framing).
		res.setHeader('X-Content-Type-Options', 'nosniff');
		res.setHeader('Referrer-Policy', 'no-referrer');
		res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
		if (pathname.startsWith('/_app/immutable/'))
			res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
	}
});

const server = createServer((req, res) => assets(req, res));

server.on('error', (error) => {
	const code = /** @type {NodeJS.ErrnoException} */ (error).code;
	console.error(
		code === 'EADDRINUSE'
			? `Port ${port} is already in use: stop the other server or set PORT, e.g. PORT=4174 npm start`
			: `Could not start the server: ${error.message}`
	);
	process.exit(1);
});

server.listen(port, host, () => {
	console.log(`Bridgebook is running at http://${host}:${port}/ (Ctrl+C to stop)`);
});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => server.close(() => process.exit(0)));
}
