// A drawn chart as a file: a stand-alone SVG (the page's legend drawn into it, on white, so it reads
// the same pasted into a board paper) and a PNG made from that SVG at twice the size, for sharpness.

export interface FileLegendItem {
	readonly label: string;
	readonly colour: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const LEGEND_HEIGHT = 28;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>) {
	const node = document.createElementNS(SVG_NS, name);
	for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
	return node;
}

/** The chart's SVG text with the legend above it. */
export function chartSvgText(chart: SVGSVGElement, legend: readonly FileLegendItem[]): string {
	const width = chart.width.baseVal.value || chart.getBoundingClientRect().width;
	const height = chart.height.baseVal.value || chart.getBoundingClientRect().height;
	const svg = element('svg', {
		xmlns: SVG_NS,
		width,
		height: height + LEGEND_HEIGHT,
		viewBox: `0 0 ${width} ${height + LEGEND_HEIGHT}`,
		'font-family': FONT,
		'font-size': 12
	});
	svg.append(element('rect', { width: '100%', height: '100%', fill: '#ffffff' }));
	let x = 8;
	for (const item of legend) {
		svg.append(element('rect', { x, y: 8, width: 12, height: 12, rx: 2, fill: item.colour }));
		const text = element('text', { x: x + 18, y: 18.5, fill: '#4c6272' });
		text.textContent = item.label;
		svg.append(text);
		// An even step per item, wide enough for the label: the legend has no layout engine.
		x += 30 + item.label.length * 6.5;
	}
	const body = chart.cloneNode(true) as SVGSVGElement;
	body.setAttribute('y', String(LEGEND_HEIGHT));
	body.setAttribute('width', String(width));
	body.setAttribute('height', String(height));
	svg.append(body);
	return new XMLSerializer().serializeToString(svg);
}

/** The SVG text drawn onto a canvas at `scale`, as a PNG. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.ceil(image.width * scale);
		canvas.height = Math.ceil(image.height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('this browser cannot draw the chart as a picture');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0);
		return await new Promise((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be made'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
