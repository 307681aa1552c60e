/**
 * The test server: dist/ served by the same host-like server as `npm start`
 * (src/lib/serving/host.ts), on a free port of 127.0.0.1.
 */
import type { Server } from 'node:http';
import type { HeaderRule } from '../../src/lib/serving/headers.ts';
import { createHostServer } from '../../src/lib/serving/host.ts';

export interface StaticServer {
	url: string;
	server: Server;
	close: () => Promise<void>;
}

/** Serves `dist` under `base`, with the rules of its `_headers` file unless `rules` are given. */
export function serveDist(dist: string, base = '/', rules?: HeaderRule[]): Promise<StaticServer> {
	const server = createHostServer(dist, base, rules);
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			resolve({
				url: `http://127.0.0.1:${port}`,
				server,
				close: () =>
					new Promise((r) => {
						server.closeAllConnections();
						server.close(() => r());
					}),
			});
		});
	});
}
