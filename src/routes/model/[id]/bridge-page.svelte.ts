// State of the bridge page: the user's choices (year, organisation, scenario, view, unit, the line
// whose working is open) and everything derived from them. Read-only getters plus intent methods;
// `onchange` hears every change of choice, so the page can keep the address bar in step.
import { evaluateModel, isMoneyUnit, type Explanation, type MoneyUnit, type View } from '$lib/engine';
import { bridgeReports, CONSOLIDATED, type BridgeReport } from '$lib/io/bridge-report';
import { loadModel } from '$lib/model/parse';
import type { Problem } from '$lib/model/problems';
import { BASELINE } from '$lib/model/scenario';
import type { ModelFile } from '$lib/model/schema';

export interface Choice<T extends string = string> {
	readonly value: T;
	readonly label: string;
}

export interface OpenLine {
	readonly key: string;
	readonly label: string;
	readonly explanation: Explanation;
}

export const VIEWS: readonly Choice<View>[] = [
	{ value: 'plan', label: 'Plan' },
	{ value: 'risk', label: 'Risk-adjusted' }
];

export const UNITS: readonly Choice<MoneyUnit>[] = [
	{ value: 'm', label: '£m (1 dp)' },
	{ value: 'k', label: '£k' },
	{ value: 'gbp', label: '£' }
];

function pick<T extends string>(wanted: string | null, allowed: readonly Choice<T>[], fallback: T): T {
	return allowed.find((c) => c.value === wanted)?.value ?? fallback;
}

export class BridgePage {
	readonly file: ModelFile;
	readonly years: readonly Choice[];
	readonly organisations: readonly Choice[];
	readonly scenarios: readonly Choice[];
	// Set once by the constructor; a plain field so the deriveds below may read it.
	#text = '';
	readonly #onchange: (query: string) => void;

	#year = $state('');
	#organisation = $state('');
	#scenario = $state(BASELINE);
	#view = $state<View>('plan');
	#unit = $state<MoneyUnit>('m');
	#open = $state<string | undefined>();

	#loaded = $derived(loadModel(this.#text, this.#scenario));
	#result = $derived(this.#loaded.ok ? evaluateModel(this.#loaded.value.input, this.#view) : undefined);

	#report = $derived.by((): BridgeReport | undefined => {
		if (!this.#loaded.ok || !this.#result) return undefined;
		return bridgeReports(this.#loaded.value.input, this.#result, {
			unit: this.#unit,
			scenario: this.#scenario,
			year: this.#year,
			organisation: this.#organisation
		})[0];
	});

	#openLine = $derived.by((): OpenLine | undefined => {
		const result = this.#result;
		if (!result || this.#open === undefined) return undefined;
		const year =
			this.#organisation === CONSOLIDATED
				? result.consolidated.find((y) => y.year === this.#year)
				: result.organisations
						.find((o) => o.id === this.#organisation)
						?.years.find((y) => y.year === this.#year);
		const line = [...(year?.context ?? []), ...(year?.lines ?? [])].find((l) => l.key === this.#open);
		return line && { key: line.key, label: line.label, explanation: line.explanation };
	});

	/**
	 * @param text the model file as JSON text
	 * @param file the same file, already validated
	 * @param initial choices to start from (the page's query string); unknown values fall back to defaults
	 */
	constructor(
		text: string,
		file: ModelFile,
		initial: URLSearchParams,
		onchange: (query: string) => void = () => {}
	) {
		this.#text = text;
		this.file = file;
		this.#onchange = onchange;
		this.years = file.years.map((y) => ({ value: y, label: y }));
		const orgs = file.organisations.map((o) => ({ value: o.id, label: o.name }));
		this.organisations = orgs.length > 1 ? [{ value: CONSOLIDATED, label: 'Consolidated' }, ...orgs] : orgs;
		this.scenarios = [
			{ value: BASELINE, label: 'Baseline' },
			...file.scenarios.map((s) => ({ value: s.id, label: s.name }))
		];
		this.#year = pick(initial.get('year'), this.years, file.years[0] ?? '');
		this.#organisation = pick(initial.get('org'), this.organisations, this.organisations[0]?.value ?? '');
		this.#scenario = pick(initial.get('scenario'), this.scenarios, BASELINE);
		this.#view = pick(initial.get('view'), VIEWS, 'plan');
		const unit = initial.get('unit');
		this.#unit = unit !== null && isMoneyUnit(unit) ? unit : 'm';
	}

	get year() {
		return this.#year;
	}
	get organisation() {
		return this.#organisation;
	}
	get scenario() {
		return this.#scenario;
	}
	get view() {
		return this.#view;
	}
	get unit() {
		return this.#unit;
	}
	/** The bridge for the current choices, or undefined when the scenario does not load. */
	get report() {
		return this.#report;
	}
	/** Why the chosen scenario could not be evaluated (a bad override), if it could not. */
	get problems(): readonly Problem[] {
		return this.#loaded.ok ? [] : this.#loaded.problems;
	}
	get scenarioDescription(): string | undefined {
		return this.file.scenarios.find((s) => s.id === this.#scenario)?.description;
	}
	/** The line whose working is shown, with its formula and inputs. */
	get openLine() {
		return this.#openLine;
	}
	/** The choices as a query string, e.g. "year=2018%2F19&org=portsmouth&...". */
	get query(): string {
		const choices = {
			year: this.#year,
			org: this.#organisation,
			scenario: this.#scenario,
			view: this.#view,
			unit: this.#unit
		};
		return Object.entries(choices)
			.map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
			.join('&');
	}

	chooseYear(year: string) {
		this.#year = pick(year, this.years, this.#year);
		this.#changed();
	}
	chooseOrganisation(id: string) {
		this.#organisation = pick(id, this.organisations, this.#organisation);
		this.#changed();
	}
	chooseScenario(id: string) {
		this.#scenario = pick(id, this.scenarios, this.#scenario);
		this.#changed();
	}
	chooseView(view: string) {
		this.#view = pick(view, VIEWS, this.#view);
		this.#changed();
	}
	chooseUnit(unit: string) {
		this.#unit = pick(unit, UNITS, this.#unit);
		this.#changed();
	}
	/** Show how a line was worked out; choosing the open line again closes it. */
	toggleLine(key: string) {
		this.#open = this.#open === key ? undefined : key;
	}
	closeLine() {
		this.#open = undefined;
	}

	#changed() {
		this.#onchange(this.query);
	}
}
