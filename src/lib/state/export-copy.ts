// "Export a copy": the model on screen downloaded as a model file, named as the library names exports.
import type { ModelFile } from '$lib/model/schema';
import { fileText } from '$lib/storage/records';
import { downloadText } from './download';
import { exportFileName } from './library.svelte';

/** Download `file` as a model file. */
export function exportCopy(file: ModelFile): void {
	downloadText(exportFileName(file.name), fileText(file));
}
