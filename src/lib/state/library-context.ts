// The library page's state, handed to its components through Svelte context (one per page, never a
// module singleton), so tests can mount a component with a state of their own.
import { getContext, setContext } from 'svelte';
import type { LibraryState } from './library.svelte';

const KEY = Symbol('library');

/** Make `library` available to the components below the caller. */
export function provideLibrary(library: LibraryState): LibraryState {
	return setContext(KEY, library);
}

/** The library state provided by an enclosing page. */
export function useLibrary(): LibraryState {
	const library = getContext<LibraryState | undefined>(KEY);
	if (!library) throw new Error('useLibrary() needs a LibraryState provided by provideLibrary()');
	return library;
}
