// Focus an element as it appears (a form the user just opened). The autofocus attribute is not
// enough: browsers honour it only when nothing else has focus, and the button that opened the form does.
import type { Attachment } from 'svelte/attachments';

export const focusOnMount: Attachment<HTMLElement> = (node) => {
	node.focus();
};
