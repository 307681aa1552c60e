/**
 * Loaded with `node --import` into the `astro build` child of scripts/build.ts: when the parent
 * goes away, even killed with SIGKILL (which it cannot forward), the IPC channel closes and this
 * child stops too, so no orphaned build keeps writing into a folder nobody will clean up.
 */
if (process.send) {
	process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
	// The channel must not keep the build alive once Astro is done.
	process.channel?.unref();
}
