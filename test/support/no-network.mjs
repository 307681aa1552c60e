// Preloaded with `node --import` to prove a process makes no network request: any attempt to
// resolve a name or open a socket to a host other than loopback throws.
import dns from 'node:dns';
import net from 'node:net';

const fail = (what) => {
	throw new Error(`network access attempted during the build: ${what}`);
};
const loopback = (host) =>
	!host || host === 'localhost' || host === '::1' || String(host).startsWith('127.');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) {
	const original = dns[name];
	dns[name] = (host, ...rest) =>
		loopback(host) ? original.call(dns, host, ...rest) : fail(`dns.${name}(${host})`);
}
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
	const options = typeof args[0] === 'object' ? args[0] : { port: args[0], host: args[1] };
	if (options && !options.path && !loopback(options.host))
		fail(`connect(${options.host}:${options.port})`);
	return connect.apply(this, args);
};
globalThis.fetch = (url) => fail(`fetch(${url})`);
