// The bridge page's address says what it shows (?scenario=…&unit=…), so a link or a reload shows the
// same view (reopened from the library, the scenario last shown). The unit the address names wins; otherwise, and for negatives, the notebook shows what
// this browser remembers, and every choice made on the page is remembered again.
import { afterNavigate, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { untrack } from 'svelte';
import { isMoneyUnit } from '$lib/engine';
import type { NotebookState } from '$lib/notebook/notebook.svelte';
import { loadDisplay, saveDisplay } from './display-preferences';
import { lastScenario, rememberScenario } from './last-scenario';

/**
 * The scenario the address asks for, else the one last shown for model `id`; read without
 * tracking, so following it rebuilds nothing.
 */
export function addressedScenario(id: string): string | undefined {
	return untrack(() => page.url.searchParams.get('scenario') ?? lastScenario(id));
}

/** Put model `id` in the address, keeping the query: an example opened by address joined the library. */
export function showModelId(id: string): void {
	// The query as the address bar has it: page.url keeps the last navigation's, without the
	// scenario and unit that replaceState has written since (a reload then lost them).
	replaceState(resolve(`/model/[id]?${window.location.search.slice(1)}`, { id }), page.state);
}

/**
 * Give each notebook the display choices (address, else remembered), then keep the address and the
 * remembered choices in step with the scenario and unit shown. Call while a component initialises.
 * @param notebook the notebook on screen (a new one per model read)
 * @param modelId the id in the address until the notebook's model has one in the library
 */
export function syncNotebookAddress(notebook: () => NotebookState, modelId: () => string): void {
	$effect.pre(() => {
		const nb = notebook();
		untrack(() => {
			const remembered = loadDisplay();
			const asked = page.url.searchParams.get('unit');
			nb.unit = asked !== null && isMoneyUnit(asked) ? asked : remembered.unit;
			nb.negatives = remembered.negatives;
		});
	});

	// Not before the router has finished the first navigation: replaceState needs it.
	let routed = $state(false);
	afterNavigate(() => (routed = true));
	$effect(() => {
		if (!routed) return;
		const nb = notebook();
		const query = `scenario=${encodeURIComponent(nb.scenario)}&unit=${nb.unit}`;
		saveDisplay({ unit: nb.unit, negatives: nb.negatives });
		untrack(() => {
			const id = nb.autosave.id ?? modelId();
			rememberScenario(id, nb.scenario);
			if (page.url.search !== `?${query}`) replaceState(resolve(`/model/[id]?${query}`, { id }), page.state);
		});
	});
}
