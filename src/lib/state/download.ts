// Saving a file on the user's computer from the browser: a Blob behind a temporary object URL,
// clicked through a hidden link. Nothing is uploaded anywhere.

/** Download `blob` as `fileName`. */
export function downloadBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// Let the browser start the download before the URL goes.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Download `text` as `fileName`, JSON unless told otherwise. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	downloadBlob(fileName, new Blob([text], { type }));
}

/** A name as a file name's stem: "Portsmouth CCG 2017/18" is "portsmouth-ccg-2017-18". */
export function fileSlug(name: string): string {
	return name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
