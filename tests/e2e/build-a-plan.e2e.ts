// A finance lead builds a plan from nothing by keyboard alone, in real Chromium: a two-organisation,
// three-year plan from the library's New model dialog, allocations, five cost lines with every
// year's rates filled right, reserves, four QIPP schemes and explicit unidentified QIPP; then a
// "Worst case" scenario of two set changes (+1 pp inflation on every tariff line, red schemes
// deliver 0%). Each year's closing position is checked against figures worked out here from
// docs/finance-model.md (multiplicative costs, each part rounded to the penny as ADR 0004), and
// again against the same totals worked out independently (written out below), not by the engine.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { D, type Dec } from '../../src/lib/engine/decimal';
import { figureOf } from './pages/figures';
import { goToCell, arrowTo, tabTo, typeIn } from './pages/keyboard';
import { LibraryPage } from './pages/library-page';
import { noPageErrors } from './pages/model-page';

const YEARS = ['2026/27', '2027/28', '2028/29'] as const;
const SIZES = [
	{ width: 1366, height: 768 },
	{ width: 1920, height: 1080 }
] as const;

// ---- The plan, in £m and percent, as typed ----------------------------------------------------

interface Line {
	id: string;
	name: string;
	tariff: boolean;
	base: string;
	activity: string;
	inflation: string;
	efficiency?: string;
}
interface Scheme {
	id: string;
	name: string;
	rag: 'green' | 'amber' | 'red';
	start: number;
	recurrent: boolean;
	values: readonly string[];
}
interface Organisation {
	id: string;
	name: string;
	prior: string;
	growth: string;
	opening: string;
	nonRecurrentRate: string;
	lines: Line[];
	schemes: Scheme[];
	unidentified: readonly string[];
}

const CONTINGENCY = '0.5'; // the new plan's default, left as it is

const NORTH: Organisation = {
	id: 'north',
	name: 'North',
	prior: '200',
	growth: '3',
	opening: '1.5',
	nonRecurrentRate: '1',
	lines: [
		{
			id: 'acute',
			name: 'Acute',
			tariff: true,
			base: '120',
			activity: '2',
			inflation: '3',
			efficiency: '1.1'
		},
		{ id: 'community', name: 'Community', tariff: false, base: '40', activity: '1', inflation: '2.5' },
		{ id: 'prescribing', name: 'Prescribing', tariff: false, base: '25', activity: '4', inflation: '2' }
	],
	schemes: [
		{
			id: 'outpatient-redesign',
			name: 'Outpatient redesign',
			rag: 'green',
			start: 1,
			recurrent: true,
			values: ['2.4', '1.2', '']
		},
		{
			id: 'medicines-optimisation',
			name: 'Medicines optimisation',
			rag: 'red',
			start: 7,
			recurrent: true,
			values: ['1', '1', '']
		}
	],
	unidentified: ['1', '1.5', '2']
};

const SOUTH: Organisation = {
	id: 'south',
	name: 'South',
	prior: '100',
	growth: '2.5',
	opening: '0',
	nonRecurrentRate: '0.5',
	lines: [
		{
			id: 'acute',
			name: 'Acute',
			tariff: true,
			base: '70',
			activity: '1.5',
			inflation: '3',
			efficiency: '1.1'
		},
		{ id: 'running-costs', name: 'Running costs', tariff: false, base: '8', activity: '0', inflation: '2' }
	],
	schemes: [
		{
			id: 'chc-review',
			name: 'CHC review',
			rag: 'amber',
			start: 4,
			recurrent: true,
			values: ['0.9', '', '']
		},
		{ id: 'estates', name: 'Estates', rag: 'red', start: 1, recurrent: false, values: ['0.3', '0.3', '0.3'] }
	],
	unidentified: ['0.5', '0.5', '0.5']
};

// ---- The closing position worked out by hand, from docs/finance-model.md -----------------------

const MILLION = D(1_000_000);
const penny = (x: Dec) => x.toDecimalPlaces(2, D.ROUND_HALF_UP);
const pounds = (m: string) => D(m === '' ? 0 : m).times(MILLION);
const percent = (p: string) => D(p).div(100);

/**
 * Each year's planned closing, in pounds: opening + growth received + last year's QIPP full-year
 * effect - activity - inflation + efficiency - contingency - non-recurrent reserve + QIPP in-year.
 * The next opening adds back both reserves and takes off one-off QIPP delivered.
 */
function closings(org: Organisation, worst: boolean): Dec[] {
	let allocation = pounds(org.prior);
	let opening = pounds(org.opening);
	const bases = org.lines.map((l) => pounds(l.base));
	let fullYearEffect = D(0);
	const out: Dec[] = [];
	for (let t = 0; t < YEARS.length; t++) {
		const grown = allocation.plus(penny(allocation.times(percent(org.growth))));
		const growthReceived = grown.minus(allocation);
		allocation = grown;
		let costChange = D(0); // activity + inflation - efficiency
		org.lines.forEach((line, k) => {
			const base = bases[k]!;
			const inflationRate = percent(line.inflation).plus(worst && line.tariff ? '0.01' : 0);
			const activity = penny(base.times(percent(line.activity)));
			const inflation = penny(base.plus(activity).times(inflationRate));
			const priced = base.plus(activity).plus(inflation);
			const efficiency = line.tariff ? penny(priced.times(percent(line.efficiency!))) : D(0);
			bases[k] = priced.minus(efficiency);
			costChange = costChange.plus(activity).plus(inflation).minus(efficiency);
		});
		const reserves = penny(allocation.times(percent(CONTINGENCY))).plus(
			penny(allocation.times(percent(org.nonRecurrentRate)))
		);
		let inYear = pounds(org.unidentified[t]!);
		let nextFullYearEffect = D(0);
		let oneOff = D(0);
		for (const s of org.schemes) {
			const value = worst && s.rag === 'red' ? D(0) : pounds(s.values[t]!);
			if (value.isZero()) continue;
			// The start month is the first tranche's; a later tranche starts in M01 (ADR 0014).
			const first = s.values.slice(0, t).every((v) => v === '');
			const months = 13 - (first ? s.start : 1);
			const effect = penny(value.times(months).div(12));
			inYear = inYear.plus(effect);
			if (s.recurrent) nextFullYearEffect = nextFullYearEffect.plus(value.minus(effect));
			else oneOff = oneOff.plus(effect);
		}
		const closing = opening
			.plus(growthReceived)
			.plus(fullYearEffect)
			.minus(costChange)
			.minus(reserves)
			.plus(inYear);
		out.push(closing);
		opening = closing.plus(reserves).minus(oneOff);
		fullYearEffect = nextFullYearEffect;
	}
	return out;
}

// The same consolidated closings, worked out independently (Python's decimal module, the same
// rules), in pounds: the plan, then the worst case.
const PLAN_TOTALS = ['1108288.50', '4096824.64', '4480158.15'];
const WORST_TOTALS = ['-1604932.00', '-2191121.03', '-4054325.88'];

// ---- Building it, by keyboard ------------------------------------------------------------------

const cell = (page: Page, path: string) => page.locator(`[role="gridcell"][data-path="${path}"]`);

/** Select from the focused cell `right` cells across (and `down` rows) and fill right (Ctrl+R). */
async function fillRight(page: Page, right: number, down = 0) {
	for (let i = 0; i < down; i++) await page.keyboard.press('Shift+ArrowDown');
	for (let i = 0; i < right; i++) await page.keyboard.press('Shift+ArrowRight');
	await page.keyboard.press('Control+r');
}

/** Add rows through a "New …" field: type a name, Enter, and the field is ready for the next. */
async function addRows(page: Page, field: Locator, names: readonly string[]) {
	await tabTo(page, field);
	for (const name of names) await typeIn(page, name);
}

async function typeAlong(page: Page, values: readonly string[]) {
	for (const [i, v] of values.entries()) await typeIn(page, v, i < values.length - 1 ? 'Tab' : 'Enter');
}

async function buildAllocation(page: Page, org: Organisation) {
	const grid = page.getByRole('grid', { name: `${org.name}: allocation and position` });
	const at = (p: string) => cell(page, `organisations.${org.id}.${p}`);
	await goToCell(page, grid, at('allocation.priorRecurrent'));
	await typeIn(page, org.prior);
	await arrowTo(page, at(`allocation.years.${YEARS[0]}.growth`));
	await typeIn(page, org.growth, 'Tab');
	await arrowTo(page, at(`allocation.years.${YEARS[0]}.growth`));
	await fillRight(page, 2);
	for (const y of YEARS) await expect(at(`allocation.years.${y}.growth`)).toHaveText(`${org.growth}%`);
	if (org.opening !== '0') {
		await arrowTo(page, at('opening.position'));
		await typeIn(page, org.opening);
	}
}

async function buildCostLines(page: Page, org: Organisation) {
	const block = page.getByTestId('block-costLines').filter({ hasText: `Cost lines: ${org.name}` });
	await addRows(
		page,
		block.getByLabel('New cost line'),
		org.lines.map((l) => l.name)
	);
	const grid = block.getByRole('grid', { name: `${org.name}: cost lines` });
	const at = (line: Line, p: string) => cell(page, `organisations.${org.id}.costLines.${line.id}.${p}`);
	const [first] = org.lines as [Line];

	// Bases down the column: Enter moves to the line below.
	await goToCell(page, grid, at(first, 'base'));
	for (const line of org.lines) await typeIn(page, line.base);
	// Tariff is a toggle: Space.
	for (const line of org.lines.filter((l) => l.tariff)) {
		await arrowTo(page, at(line, 'tariff'));
		await page.keyboard.press('Space');
		await expect(at(line, 'tariff')).toContainText('Yes');
	}
	// Each rate typed down the first year's column, then the block filled right to every year.
	for (const field of ['activityGrowth', 'inflation'] as const) {
		await arrowTo(page, at(first, `${field}.${YEARS[0]}`));
		for (const line of org.lines) await typeIn(page, field === 'inflation' ? line.inflation : line.activity);
		await arrowTo(page, at(first, `${field}.${YEARS[0]}`));
		await fillRight(page, 2, org.lines.length - 1);
		for (const line of org.lines)
			await expect(at(line, `${field}.${YEARS[2]}`)).toHaveText(
				`${field === 'inflation' ? line.inflation : line.activity}%`
			);
	}
	for (const line of org.lines.filter((l) => l.tariff)) {
		await arrowTo(page, at(line, `efficiency.${YEARS[0]}`));
		await typeIn(page, line.efficiency!);
		await arrowTo(page, at(line, `efficiency.${YEARS[0]}`));
		await fillRight(page, 2);
		await expect(at(line, `efficiency.${YEARS[2]}`)).toHaveText(`${line.efficiency}%`);
	}
}

async function buildReserves(page: Page, org: Organisation) {
	const grid = page.getByRole('grid', { name: `${org.name}: reserves` });
	const rate = (y: string) => cell(page, `organisations.${org.id}.reserves.nonRecurrent.rate.${y}`);
	await goToCell(page, grid, rate(YEARS[0]));
	await typeIn(page, org.nonRecurrentRate, 'Tab');
	await arrowTo(page, rate(YEARS[0]));
	await fillRight(page, 2);
	await expect(rate(YEARS[2])).toHaveText(`${org.nonRecurrentRate}%`);
}

async function buildSchemes(page: Page, org: Organisation) {
	const block = page.getByTestId('block-qipp').filter({ hasText: `QIPP schemes: ${org.name}` });
	await addRows(
		page,
		block.getByLabel('New QIPP scheme'),
		org.schemes.map((s) => s.name)
	);
	const grid = block.getByRole('grid', { name: `${org.name}: QIPP schemes` });
	const at = (p: string) => cell(page, `organisations.${org.id}.qipp.${p}`);
	await tabTo(page, grid.locator('[role="gridcell"][tabindex="0"]'));
	for (const s of org.schemes) {
		const of = (p: string) => at(`schemes.${s.id}.${p}`);
		if (s.rag !== 'amber') {
			// A list: Space opens it, the arrows move (green is above amber, red below), Enter takes it.
			await arrowTo(page, of('rag'));
			await page.keyboard.press('Space');
			await page.keyboard.press(s.rag === 'green' ? 'ArrowUp' : 'ArrowDown');
			await page.keyboard.press('Enter');
			await expect(of('rag')).toContainText(s.rag);
		}
		if (s.start !== 1) {
			await arrowTo(page, of('startMonth'));
			await typeIn(page, `M${String(s.start).padStart(2, '0')}`);
			await expect(of('startMonth')).toContainText(`M${String(s.start).padStart(2, '0')}`);
		}
		if (!s.recurrent) {
			await arrowTo(page, of('recurrent'));
			await page.keyboard.press('Space');
			await expect(of('recurrent')).toContainText('No');
		}
		// The year's values along the row: Tab moves right (and Enter at the last year, since Tab
		// there leaves the grid).
		await arrowTo(page, of(`values.${YEARS[0]}`));
		await typeAlong(
			page,
			s.values.map((v) => (v === '' ? '0' : v))
		);
	}
	await arrowTo(page, at(`unidentified.${YEARS[0]}`));
	await typeAlong(page, org.unidentified);
	await expect(at(`unidentified.${YEARS[2]}`)).not.toContainText('balance');
}

// ---- Reading the closing position ------------------------------------------------------------

/** The consolidated closing of each year from the bridge table, exactly, by keyboard. */
async function readClosings(page: Page): Promise<Record<string, string[]>> {
	const block = page.getByTestId('block-bridge').first();
	await tabTo(page, block.getByLabel('Exact figures'));
	if (!(await block.getByLabel('Exact figures').isChecked())) await page.keyboard.press('Space');
	const year = block.locator('header').getByRole('combobox', { name: 'Year', exact: true });
	await tabTo(page, year);
	const found: Record<string, string[]> = { North: [], South: [], Total: [] };
	for (const [t, y] of YEARS.entries()) {
		// On a closed list Home chooses the first option and the arrows the next.
		await page.keyboard.press(t === 0 ? 'Home' : 'ArrowDown');
		await expect(year).toHaveValue(y);
		const closing = block.locator('tr[data-key="closing"]');
		for (const col of Object.keys(found)) {
			const text = (await closing.locator(`[data-col="${col}"]`).innerText()).trim();
			// The table is in £m: the exact figure in pounds is a million times it.
			found[col]!.push(figureOf(text, `${col} ${y}`).times(MILLION).toFixed(2));
		}
	}
	return found;
}

/** Screenshots for docs/building-a-plan.md, at both sizes, with `target` just below the toolbar. */
async function shoot(page: Page, name: string, target: Locator) {
	for (const size of SIZES) {
		await page.setViewportSize(size);
		await target.evaluate((el) => {
			el.scrollIntoView({ block: 'start' });
			const toolbar = document.querySelector('[role="toolbar"]')?.getBoundingClientRect().height ?? 0;
			window.scrollBy(0, -toolbar - 12);
		});
		await page.screenshot({ path: `docs/screenshots/building-${name}-${size.width}.png` });
	}
	await page.setViewportSize(SIZES[0]);
}

test('a two-organisation plan built from nothing by keyboard, with a worst case of two set changes', async ({
	page
}) => {
	// Hundreds of key presses: slow on a loaded 2-core machine (about 4 minutes in CI).
	test.setTimeout(600_000);
	const errors = noPageErrors(page);

	// The hand-working agrees with the independent figures before the app is asked anything.
	const planByHand = YEARS.map((_, t) =>
		closings(NORTH, false)[t]!.plus(closings(SOUTH, false)[t]!).toFixed(2)
	);
	const worstByHand = YEARS.map((_, t) =>
		closings(NORTH, true)[t]!.plus(closings(SOUTH, true)[t]!).toFixed(2)
	);
	expect(planByHand).toEqual(PLAN_TOTALS);
	expect(worstByHand).toEqual(WORST_TOTALS);

	const library = new LibraryPage(page);
	await library.open();
	await library.newPlan('Solent plan 2026-29', [NORTH.name, SOUTH.name], YEARS[0], 3, (dialog) =>
		shoot(page, 'new-model', dialog)
	);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Solent plan 2026-29');
	await expect(page.getByTestId('editing')).toContainText('Editing the model (baseline)');

	for (const org of [NORTH, SOUTH]) {
		await buildAllocation(page, org);
		await buildCostLines(page, org);
		await buildReserves(page, org);
		await buildSchemes(page, org);
	}
	await expect(page.getByTestId('grid-refusals')).toHaveCount(0);
	await tabTo(page, page.getByRole('button', { name: 'Model settings' }));
	await page.keyboard.press('Enter');
	const settings = page.getByRole('dialog', { name: 'Model settings' });
	await shoot(page, 'settings', settings);
	await page.keyboard.press('Escape');
	await expect(settings).toBeHidden();
	await shoot(page, 'cost-lines', page.getByTestId('block-costLines').first());
	await shoot(page, 'schemes', page.getByTestId('block-qipp').first());

	const plan = await readClosings(page);
	expect(plan.North).toEqual(closings(NORTH, false).map((c) => c.toFixed(2)));
	expect(plan.South).toEqual(closings(SOUTH, false).map((c) => c.toFixed(2)));
	expect(plan.Total).toEqual(PLAN_TOTALS);
	await shoot(page, 'bridge', page.getByTestId('block-bridge').first());

	// A scenario, named in the bar, with two changes to sets of rows.
	await tabTo(page, page.getByRole('button', { name: 'New scenario' }));
	await page.keyboard.press('Enter');
	await typeIn(page, 'Worst case');
	await expect(page.getByTestId('editing')).toContainText('Editing scenario Worst case');
	await expect(page).toHaveURL(/scenario=worst-case/);

	const changes = page.getByTestId('scenario-bar');
	await tabTo(page, changes.getByRole('button', { name: 'Change a set of rows…' }));
	await page.keyboard.press('Enter');
	const form = changes.getByRole('form', { name: 'Change a set of rows' });
	await expect(form.getByLabel('Cost lines')).toBeFocused();
	await shoot(page, 'set-change-form', changes);
	await page.keyboard.press('Tab'); // Organisation: every organisation
	await page.keyboard.press('Tab'); // Which lines
	await page.keyboard.press('ArrowDown');
	await expect(form.getByLabel('Which lines')).toHaveValue('tariff');
	await page.keyboard.press('Tab'); // Rate: inflation already
	await expect(form.getByLabel('Rate')).toHaveValue('inflation');
	await page.keyboard.press('Tab'); // Change: add percentage points
	await page.keyboard.press('Tab');
	await typeIn(page, '1');
	await expect(changes.getByRole('button', { name: 'Change a set of rows…' })).toBeFocused();

	await page.keyboard.press('Enter');
	await page.keyboard.press('ArrowDown'); // the radio group: QIPP schemes
	await expect(form.getByLabel('QIPP schemes')).toBeChecked();
	await page.keyboard.press('Tab'); // Organisation
	await page.keyboard.press('Tab'); // Which schemes: every, red
	await page.keyboard.press('ArrowDown');
	await expect(form.getByLabel('Which schemes')).toHaveValue('red');
	await page.keyboard.press('Tab');
	await typeIn(page, '0');

	const listed = changes.getByTestId('scenario-change');
	await expect(listed).toHaveCount(2);
	await expect(listed.nth(0)).toContainText('Tariff cost lines: inflation+1 pp2 cost lines');
	await expect(listed.nth(1)).toContainText('Red schemes: planned saving');
	await expect(listed.nth(1)).toContainText('deliver 0%');
	await shoot(page, 'scenario-changes', changes);

	const worst = await readClosings(page);
	expect(worst.North).toEqual(closings(NORTH, true).map((c) => c.toFixed(2)));
	expect(worst.South).toEqual(closings(SOUTH, true).map((c) => c.toFixed(2)));
	expect(worst.Total).toEqual(WORST_TOTALS);

	// Removing the red-scheme change brings its figures back: 2026/27 gains North's red scheme's
	// in-year 0.5 (1.0 from M07, 6/12) and South's one-off Estates 0.3.
	await tabTo(page, changes.getByRole('button', { name: /^Remove change to .*red/i }));
	await page.keyboard.press('Enter');
	await expect(listed).toHaveCount(1);
	const partly = await readClosings(page);
	expect(D(partly.Total![0]!).minus(WORST_TOTALS[0]!).toFixed(2)).toBe('800000.00');
	expect(errors).toEqual([]);
});
