// Markdown for notebook text cells, turned into HTML that is safe to put in the page with {@html}.
// marked writes the HTML (and passes any raw HTML the text contains straight through); DOMPurify,
// with an allow-list of the tags markdown itself makes, then removes everything else. The app is
// local-first, so nothing a cell renders may fetch from the network: images are not allowed.
import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { Marked } from 'marked';

/** The tags markdown makes (CommonMark and GFM tables/strikethrough); anything else is removed. */
const ALLOWED_TAGS = [
	'p',
	'br',
	'hr',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'strong',
	'em',
	'del',
	's',
	'code',
	'pre',
	'blockquote',
	'ul',
	'ol',
	'li',
	'a',
	'table',
	'thead',
	'tbody',
	'tr',
	'th',
	'td'
];

const CONFIG: Config = {
	ALLOWED_TAGS,
	// align: table columns; start: an ordered list that does not start at 1.
	ALLOWED_ATTR: ['href', 'title', 'align', 'start'],
	ALLOW_DATA_ATTR: false,
	ALLOW_ARIA_ATTR: false,
	// Only web and mail links: no javascript:, data:, file: or relative URLs into the app itself.
	// DOMPurify tests every attribute not marked URI-safe against this, so align and start are.
	ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
	ADD_URI_SAFE_ATTR: ['align', 'start']
};

// A Marked of our own, so the renderer changes below never leak into other users of `marked`.
const markdown = new Marked({
	gfm: true,
	renderer: {
		// An image would fetch from the network: show its alt text instead.
		image({ text }) {
			return escapeHtml(text);
		},
		// GFM task lists: a box character rather than an <input>, which the allow-list refuses.
		checkbox({ checked }) {
			return checked ? '\u2611 ' : '\u2610 ';
		}
	}
});

// DOMPurify needs a DOM, so it is made on first use from the window at hand (the browser's, or
// jsdom's under vitest), not on import: importing this module in Node must not fail.
let purifier: { window: WindowLike; purify: DOMPurify } | undefined;

function purifierFor(window: WindowLike): DOMPurify {
	if (purifier?.window === window) return purifier.purify;
	const purify = createDOMPurify(window);
	// Every kept link opens outside the app, and the page it opens gets no handle on this one.
	purify.addHook('afterSanitizeAttributes', (node) => {
		if (node.nodeName === 'A' && node.hasAttribute('href')) {
			node.setAttribute('target', '_blank');
			node.setAttribute('rel', 'noopener noreferrer');
		}
	});
	purifier = { window, purify };
	return purify;
}

function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');
}

/**
 * Renders a notebook text cell's markdown as HTML that is safe to insert into the page.
 *
 * Headings, emphasis, lists, tables, code, block quotes and links work; GFM task-list boxes show as
 * ☐/☑. Removed: scripts, styles, iframes, forms, SVG/MathML, event-handler attributes and any raw
 * HTML markdown does not make. Links keep only http(s) and mailto URLs (others lose their href)
 * and open in a new tab with `rel="noopener noreferrer"`. Images are not shown (their alt text is),
 * since the app never fetches from the network. Without a DOM (Node, SSR) there is no sanitiser,
 * so the text is returned escaped in one paragraph, unformatted but safe.
 * @example renderMarkdown('**QIPP** at [NHS](https://www.england.nhs.uk)')
 * // '<p><strong>QIPP</strong> at <a href="https://www.england.nhs.uk" target="_blank" rel="noopener noreferrer">NHS</a></p>\n'
 */
export function renderMarkdown(text: string): string {
	const window = (globalThis as { window?: WindowLike }).window;
	if (window?.document === undefined) return `<p>${escapeHtml(text)}</p>`;
	const html = markdown.parse(text, { async: false });
	return purifierFor(window).sanitize(html, CONFIG);
}
