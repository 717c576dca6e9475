// Saving a text file on the user's computer from the browser: a Blob behind a temporary object URL,
// clicked through a hidden link. Nothing is uploaded anywhere.

/** Download `text` as `fileName` (JSON). */
export function downloadText(fileName: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
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
