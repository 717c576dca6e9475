// Drawing a chart just before the next paint rather than during the update that changed it: the
// table being edited updates first, and the chart is still drawn before the frame is shown.

/**
 * Append `make()` to `node` in the next animation frame; the returned function cancels or removes it
 * (an attachment's cleanup). Read every reactive value before calling, so the caller still tracks it.
 */
export function appendNextFrame(node: Element, make: () => Element): () => void {
	let made: Element | undefined;
	const frame = requestAnimationFrame(() => {
		made = make();
		node.append(made);
	});
	return () => {
		cancelAnimationFrame(frame);
		made?.remove();
	};
}
