/**
 * Registers the service worker that keeps the site for reading offline (sw.js, written by
 * config/integrations/offline.ts), once the page has loaded and the browser is idle: the worker's
 * download of the site never competes with the page a reader opened.
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator)
	addEventListener('load', () =>
		(window.requestIdleCallback ?? setTimeout)(
			() =>
				void navigator.serviceWorker
					.register(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sw.js`)
					.catch(() => {}),
		),
	);
