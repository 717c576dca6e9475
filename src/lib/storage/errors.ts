// The StoreError values and their plain-English messages, and the mapping from browser exceptions
// (DOMException names) to error kinds. Messages say what happened and what to do; the browser's own
// wording goes in `detail`, never in the message.
import { describeProblems, type Problem } from '../model/problems';
import type { StoreError } from './store';

/** The message for a full disk or an exhausted browser quota. */
export const QUOTA_MESSAGE =
	'Your browser has no room left to save this model. Export a copy now so nothing is lost, then free space by deleting models you no longer need.';

/** Another tab saved the model after this one opened it. */
export function conflictError(
	id: string,
	name: string,
	storedRevision: number,
	expectedRevision: number
): StoreError {
	return {
		kind: 'conflict',
		id,
		storedRevision,
		expectedRevision,
		message: `"${name}" was changed in another tab or window after you opened it here, so this change was not saved over it. Export a copy if you want to keep this version, then reload the model to see the latest one.`
	};
}

/** A restore whose id is already taken (for example, undo pressed twice). */
export function alreadyPresentError(
	id: string,
	name: string,
	storedRevision: number,
	revision: number
): StoreError {
	return {
		kind: 'conflict',
		id,
		storedRevision,
		expectedRevision: revision,
		message: `"${name}" is already in your library, so it was not restored a second time.`
	};
}

/** The model is not (or no longer) stored. */
export function notFoundError(id: string): StoreError {
	return {
		kind: 'not-found',
		id,
		message:
			'This model is no longer in your library; it may have been deleted in another tab. If you have it open, export a copy to keep it.'
	};
}

function firstProblem(problems: readonly Problem[]): string {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	const first = problems[0];
	return first ? `${count}; the first is ${describeProblems([first])}` : count;
}

/** A stored model that no longer passes the file checks (or a damaged entry). Nothing is deleted. */
export function unreadableError(
	id: string,
	name: string,
	problems: readonly Problem[],
	text?: string
): StoreError {
	return {
		kind: 'invalid',
		id,
		problems,
		...(text === undefined ? {} : { text }),
		message: `The saved model "${name}" cannot be opened because it does not pass Bridgebook's checks (${firstProblem(problems)}). It has not been deleted: export it, correct it and import it again.`
	};
}

/**
 * A model refused before it was written; the stored version, if any, is unchanged. `subject` is
 * used as written, e.g. `"Portsmouth plan"` (quoted by the caller) or `This model`.
 */
export function notSavedError(subject: string, problems: readonly Problem[], id?: string): StoreError {
	return {
		kind: 'invalid',
		...(id === undefined ? {} : { id }),
		problems,
		message: `${subject} was not saved because it has ${firstProblem(problems)}. ${
			id === undefined
				? 'Correct it and try again; nothing was stored.'
				: 'Correct it and it will save; the last saved version is unchanged.'
		}`
	};
}

/** IndexedDB is missing or refuses to open (some private windows, blocked site data). */
export function noStorageError(detail?: string): StoreError {
	return {
		kind: 'unavailable',
		...(detail === undefined ? {} : { detail }),
		message:
			'This browser window does not let Bridgebook save models (this happens in some private windows, or when site data is blocked). You can keep working, but export a copy before you close the window or your work will be lost.'
	};
}

/** Opening is held up by an older copy of Bridgebook in another tab that will not let go. */
export function blockedByOtherTabError(): StoreError {
	return {
		kind: 'blocked',
		message:
			'Bridgebook cannot open your saved models because an older copy of Bridgebook is open in another tab. Close the other Bridgebook tabs, then reload this one.'
	};
}

/** This tab gave up its connection so a newer Bridgebook in another tab could upgrade the database. */
export function supersededError(): StoreError {
	return {
		kind: 'blocked',
		message:
			'A newer version of Bridgebook was opened in another tab, so this tab can no longer save. Export a copy of anything you are working on, then reload this tab.'
	};
}

/** The connection was closed, by close() or by the browser. */
export function closedError(): StoreError {
	return {
		kind: 'unavailable',
		message:
			'The connection to your saved models was closed. Export a copy of anything you are working on, then reload the page.'
	};
}

/** A database upgrade step failed; the database is left at its old version, data untouched. */
export function upgradeFailedError(detail: string): StoreError {
	return {
		kind: 'unavailable',
		detail,
		message:
			'Bridgebook could not update the way your models are stored, so it left them exactly as they were. Reload the page to try again; if it keeps happening, use an older copy of Bridgebook to export your models.'
	};
}

function nameAndMessage(error: unknown): { name: string; text: string } {
	if (typeof error === 'object' && error !== null) {
		const { name, message } = error as { name?: unknown; message?: unknown };
		return {
			name: typeof name === 'string' ? name : 'Error',
			text: typeof message === 'string' ? message : String(error)
		};
	}
	return { name: 'Error', text: String(error) };
}

/**
 * Turn anything a storage call threw (usually a DOMException) into a StoreError:
 * QuotaExceededError -> quota; VersionError -> unavailable (saved by a newer Bridgebook);
 * everything else (InvalidStateError, UnknownError, AbortError, ...) -> unavailable.
 */
export function errorFromException(error: unknown): StoreError {
	const { name, text } = nameAndMessage(error);
	const detail = `${name}: ${text}`;
	if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
		return { kind: 'quota', detail, message: QUOTA_MESSAGE };
	}
	if (name === 'VersionError') {
		return {
			kind: 'unavailable',
			detail,
			message:
				'Your models were saved by a newer version of Bridgebook than this page. Reload the page to get the newest version; nothing has been changed.'
		};
	}
	if (name === 'SecurityError' || name === 'NotAllowedError') return noStorageError(detail);
	return {
		kind: 'unavailable',
		detail,
		message:
			'Your browser could not save or read your models just now. Export a copy of anything you are working on so nothing is lost, then reload the page.'
	};
}
