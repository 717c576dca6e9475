// A large, realistic-shaped engine input, generated deterministically so every run (and every
// machine) times the same model. Built straight as a ModelInput: the bench times the engine, not
// the file parser. Amounts come from integer strings divided by a power of ten, so they are the
// exact decimals a model file would hold (pennies, basis points), never binary fractions.
import { D, type Dec } from '../src/lib/engine/decimal';
import type {
	AllocationEntry,
	CostLine,
	ModelInput,
	NamedAmounts,
	Organisation,
	PerHeadItem,
	PerYear,
	QippScheme,
	Rag,
	UnidentifiedPlan
} from '../src/lib/engine/types';
import { yearRange, type FiscalYear } from '../src/lib/engine/years';

export interface LargeModelShape {
	readonly seed: number;
	readonly organisations: number;
	readonly costLines: number;
	readonly schemes: number;
	readonly firstYear: FiscalYear;
	readonly years: number;
}

/** The size the bench targets are set for: an ICB-scale plan with a detailed cost base. */
export const LARGE_MODEL: LargeModelShape = {
	seed: 20260401,
	organisations: 2,
	costLines: 1000,
	schemes: 300,
	firstYear: '2026/27',
	years: 5
};

/** mulberry32: tiny, fast and good enough for test data; the seed fixes the whole model. */
function prng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORKSTREAMS = [
	'Acute demand',
	'Prescribing',
	'Continuing healthcare',
	'Mental health',
	'Community',
	'Corporate',
	'Estates',
	'Urgent care'
];

/** Build the model. Same shape and seed, same model, byte for byte. */
export function generateLargeModel(shape: LargeModelShape = LARGE_MODEL): ModelInput {
	const random = prng(shape.seed);
	/** Integer in [lo, hi]. */
	const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
	const chance = (p: number) => random() < p;
	/** £ from a whole number of pence. */
	const pence = (n: number): Dec => D(String(n)).div(100);
	/** A fraction from basis points of a percent (215 -> 0.0215). */
	const rate = (lo: number, hi: number): Dec => D(String(int(lo, hi))).div(10000);

	const years = yearRange(shape.firstYear, shape.years);
	const perYear = <T>(make: (year: FiscalYear, index: number) => T | undefined): PerYear<T> => {
		const out: Record<FiscalYear, T> = {};
		years.forEach((year, index) => {
			const value = make(year, index);
			if (value !== undefined) out[year] = value;
		});
		return out;
	};

	// Deal lines and schemes out unevenly (about 55/45) so the organisations differ in size.
	const owner = () => (shape.organisations === 2 ? (chance(0.55) ? 0 : 1) : int(0, shape.organisations - 1));
	const linesOf: CostLine[][] = Array.from({ length: shape.organisations }, () => []);
	const basePenceOf: number[] = Array.from({ length: shape.organisations }, () => 0);
	for (let i = 0; i < shape.costLines; i++) {
		const org = owner();
		// £50k to £12m: a mix of small contracts and large acute/community blocks.
		const basePence = int(5_000_000, 1_200_000_000);
		basePenceOf[org] = (basePenceOf[org] ?? 0) + basePence;
		const tariff = chance(0.6);
		const line: CostLine = {
			id: `line-${i}`,
			name: `Cost line ${i}`,
			tariff,
			base: pence(basePence),
			...(chance(0.25) && { activityGrowth: perYear(() => (chance(0.7) ? rate(0, 450) : undefined)) }),
			...(chance(0.15) && { inflation: perYear(() => (chance(0.8) ? rate(100, 700) : undefined)) }),
			...(tariff && chance(0.1) && { efficiency: perYear(() => rate(100, 250)) }),
			...(chance(0.05) && {
				otherPressures: perYear(() => (chance(0.5) ? pence(int(1_000_000, 50_000_000)) : undefined))
			})
		};
		linesOf[org]?.push(line);
	}

	const schemesOf: QippScheme[][] = Array.from({ length: shape.organisations }, () => []);
	for (let i = 0; i < shape.schemes; i++) {
		const org = owner();
		const roll = random();
		const rag: Rag = roll < 0.4 ? 'green' : roll < 0.75 ? 'amber' : 'red';
		// Planned in one year, sometimes carried on into the next with a new value.
		const first = int(0, shape.years - 1);
		const second = chance(0.3) ? first + 1 : -1;
		schemesOf[org]?.push({
			id: `scheme-${i}`,
			name: `Scheme ${i}`,
			workstream: WORKSTREAMS[int(0, WORKSTREAMS.length - 1)] ?? 'Other',
			rag,
			startMonth: int(1, 12),
			recurrent: chance(0.75),
			values: perYear((_, index) =>
				index === first || index === second ? pence(int(2_500_000, 300_000_000)) : undefined
			)
		});
	}

	const organisations: Organisation[] = linesOf.map((costLines, o) => {
		const basePence = basePenceOf[o] ?? 0;
		// Allocation a little above the cost base, so QIPP has work to do but the plan is not absurd.
		const priorPence = Math.round(basePence * 1.03);
		const investments: NamedAmounts[] = [
			{
				id: 'investment-recurrent',
				name: 'Service development',
				recurrent: true,
				values: perYear(() => pence(int(100_000_000, 800_000_000)))
			},
			{
				id: 'investment-one-off',
				name: 'Transformation (one-off)',
				recurrent: false,
				values: perYear((_, index) => (index < 2 ? pence(int(50_000_000, 300_000_000)) : undefined))
			}
		];
		const perHead: PerHeadItem[] = [
			{
				id: 'gp-it',
				name: 'GP IT',
				recurrent: o === 0,
				rate: perYear(() => pence(int(150, 320)))
			}
		];
		const population = int(400_000, 1_200_000);
		const allocations = perYear<AllocationEntry>((_, index) =>
			index === 0 ? { value: pence(Math.round(priorPence * 1.04)) } : { growth: rate(150, 350) }
		);
		const unidentified = perYear<UnidentifiedPlan>((_, index) =>
			index === 1 ? { amount: pence(int(100_000_000, 1_000_000_000)) } : 'balance'
		);
		return {
			id: `org-${o}`,
			name: `Organisation ${o}`,
			priorRecurrentAllocation: pence(priorPence),
			allocations,
			specificAllocations: [
				{
					id: 'sdf',
					name: 'Service development funding',
					recurrent: true,
					values: perYear(() => pence(int(100_000_000, 500_000_000)))
				},
				{
					id: 'winter',
					name: 'Winter funding (one-off)',
					recurrent: false,
					values: perYear((_, index) => (index < 2 ? pence(int(50_000_000, 200_000_000)) : undefined))
				}
			],
			openingPosition: pence(int(-500_000_000, 1_000_000_000)),
			normalisation: perYear(() => (chance(0.5) ? pence(int(-100_000_000, 100_000_000)) : undefined)),
			costLines,
			contingency: { rate: perYear(() => rate(50, 50)), base: 'current' },
			nonRecurrentReserve: {
				label: 'Risk reserve',
				rate: perYear(() => rate(50, 100)),
				base: o === 0 ? 'current' : 'prior'
			},
			investments,
			perHead,
			population: perYear((_, index) => D(String(population + index * int(2_000, 9_000)))),
			schemes: schemesOf[o] ?? [],
			unidentified,
			target: perYear(() => pence(int(0, 1_000_000_000))),
			stated: {}
		};
	});

	return {
		years,
		convention: 'multiplicative',
		assumptions: {
			activityGrowth: perYear(() => rate(150, 300)),
			inflation: perYear(() => rate(180, 250)),
			efficiency: perYear(() => rate(110, 200))
		},
		deliveryFactors: { green: D(1), amber: D('0.75'), red: D('0.5'), unidentified: D(0) },
		organisations
	};
}

/** Counts for the report header, so a reader can see the model really is the size claimed. */
export function describe(model: ModelInput): string {
	const lines = model.organisations.reduce((n, o) => n + o.costLines.length, 0);
	const schemes = model.organisations.reduce((n, o) => n + o.schemes.length, 0);
	const split = model.organisations.map((o) => `${o.costLines.length}/${o.schemes.length}`).join(', ');
	return (
		`${model.organisations.length} organisations, ${lines} cost lines, ${schemes} schemes ` +
		`(lines/schemes per organisation: ${split}), years ${model.years[0]}..${model.years.at(-1)}`
	);
}

/**
 * The same model in new cost-line and scheme lists. The engine keeps its projection of each list
 * and reuses it while the rates it read are unchanged, so timing the same input again and again
 * would time a lookup; this copy (a few microseconds) makes each run a first evaluation.
 */
export function afresh(model: ModelInput): ModelInput {
	return {
		...model,
		organisations: model.organisations.map((org) => ({
			...org,
			costLines: [...org.costLines],
			schemes: [...org.schemes]
		}))
	};
}
