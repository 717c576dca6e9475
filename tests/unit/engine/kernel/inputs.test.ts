// Inputs set in place on a compiled kernel give exactly what the Decimal engine gives on the model
// with those inputs changed (how tornado, goal seek and simulation use it), and `reset` gives back
// the model as compiled.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dec } from '../../../../src/lib/engine/decimal';
import { compileKernel } from '../../../../src/lib/engine/kernel/kernel';
import type { ModelInput } from '../../../../src/lib/engine/types';
import { modelInputArb, moneyArb, rateArb } from '../arbitraries';
import { kernelDisagreements } from './agree';

type Kind = 'money' | 'rate' | 'factor';

/** Every input path the kernel sets in place, with the kind of value it takes. */
function inputPaths(model: ModelInput): [string, Kind][] {
	const paths: [string, Kind][] = [];
	for (const year of model.years) {
		for (const rate of ['activityGrowth', 'inflation', 'efficiency'])
			paths.push([`assumptions.${rate}.${year}`, 'rate']);
	}
	for (const c of ['green', 'amber', 'red', 'unidentified']) paths.push([`deliveryFactors.${c}`, 'factor']);
	for (const org of model.organisations) {
		const at = `organisations.${org.id}`;
		paths.push([`${at}.openingPosition`, 'money'], [`${at}.priorRecurrentAllocation`, 'money']);
		for (const year of model.years) {
			paths.push(
				[`${at}.normalisation.${year}`, 'money'],
				[`${at}.target.${year}`, 'money'],
				[`${at}.unidentified.${year}`, 'money'],
				[`${at}.contingency.rate.${year}`, 'rate'],
				[`${at}.nonRecurrentReserve.rate.${year}`, 'rate'],
				[`${at}.allocations.${year}.value`, 'money'],
				[`${at}.allocations.${year}.growth`, 'rate']
			);
			for (const line of org.costLines) {
				for (const rate of ['activityGrowth', 'inflation', 'efficiency'])
					paths.push([`${at}.costLines.${line.id}.${rate}.${year}`, 'rate']);
				paths.push([`${at}.costLines.${line.id}.otherPressures.${year}`, 'money']);
			}
			for (const field of ['specificAllocations', 'investments', 'schemes'] as const)
				for (const item of org[field]) paths.push([`${at}.${field}.${item.id}.values.${year}`, 'money']);
		}
		for (const line of org.costLines) paths.push([`${at}.costLines.${line.id}.base`, 'money']);
	}
	return paths;
}

/** The model with the input at `path` set to `value`, made the way a model file would say it. */
function withInput(model: ModelInput, path: string, value: Dec): ModelInput {
	const parts = path.split('.');
	const set = (node: unknown, at: number): unknown => {
		const part = parts[at]!;
		if (at === parts.length - 1) {
			if (parts[at - 2] === 'allocations') return { [part]: value };
			if (parts[at - 1] === 'unidentified') return { ...(node as object), [part]: { amount: value } };
			return { ...(node as object), [part]: value };
		}
		if (Array.isArray(node))
			return node.map((item: { id: string }) => (item.id === part ? set(item, at + 1) : item));
		const record = (node ?? {}) as Record<string, unknown>;
		// An allocation's year is replaced whole: a value or a growth rate, never both.
		if (parts[at - 1] === 'allocations') return { ...record, [part]: set(undefined, at + 1) };
		return { ...record, [part]: set(record[part], at + 1) };
	};
	return set(model, 0) as ModelInput;
}

const VALUES: Record<Kind, fc.Arbitrary<Dec>> = {
	money: moneyArb(-10_000_000, 10_000_000),
	rate: rateArb(-500, 1000),
	factor: rateArb(0, 10_000)
};

const changed = modelInputArb({ maxOrganisations: 3, maxYears: 6 }).chain((model) => {
	const paths = inputPaths(model);
	const change = fc
		.constantFrom(...paths)
		.chain(([path, kind]) => VALUES[kind].map((value) => ({ path, value })));
	return fc.tuple(fc.constant(model), fc.array(change, { minLength: 1, maxLength: 6 }));
});

describe('kernel inputs set in place', () => {
	it('give the Decimal engine’s figures for the changed model, and reset gives the original', () => {
		fc.assert(
			fc.property(changed, ([model, changes]) => {
				const compiled = compileKernel(model);
				if (!compiled.ok) throw new Error(compiled.reason);
				const { kernel } = compiled;
				let after = model;
				for (const { path, value } of changes) {
					expect(kernel.set(path, value), path).toBeUndefined();
					after = withInput(after, path, value);
				}
				for (const view of ['plan', 'risk'] as const)
					expect(kernelDisagreements(after, view, kernel.run(view))).toEqual([]);
				kernel.reset();
				for (const view of ['plan', 'risk'] as const)
					expect(kernelDisagreements(model, view, kernel.run(view))).toEqual([]);
			}),
			{ numRuns: 150 }
		);
	}, 120_000);
});

describe('kernel inputs set in place in its own units (setHeld, heldSetter)', () => {
	const inUnits = modelInputArb({ maxOrganisations: 3, maxYears: 6 }).chain((model) => {
		const change = fc
			.constantFrom(...inputPaths(model))
			.chain(([path, kind]) => VALUES[kind].map((value) => ({ path, kind, value })));
		return fc.tuple(fc.constant(model), fc.array(change, { minLength: 1, maxLength: 6 }));
	});

	it('give the Decimal engine’s figures for the model changed to the same values', () => {
		fc.assert(
			fc.property(inUnits, ([model, changes]) => {
				const compiled = compileKernel(model);
				if (!compiled.ok) throw new Error(compiled.reason);
				const { kernel } = compiled;
				let after = model;
				changes.forEach(({ path, kind, value }, i) => {
					// Money in pence (£12.34 is 1234), a rate in units of 10^-7 (2.1% is 210000).
					const held = value.times(kind === 'money' ? 100 : 10_000_000).toNumber();
					const setter = i % 2 === 0 ? kernel.heldSetter(path) : undefined;
					const refused =
						typeof setter === 'function'
							? setter(held)
							: setter === undefined
								? kernel.setHeld(path, held)
								: setter;
					expect(refused, path).toBeUndefined();
					after = withInput(after, path, value);
				});
				for (const view of ['plan', 'risk'] as const)
					expect(kernelDisagreements(after, view, kernel.run(view))).toEqual([]);
			}),
			{ numRuns: 100 }
		);
	}, 120_000);

	it('refuses a fraction of a unit or a rate beyond ±1000%, changing nothing', () => {
		fc.assert(
			fc.property(modelInputArb({ maxOrganisations: 1, maxYears: 2 }), (model) => {
				const compiled = compileKernel(model);
				if (!compiled.ok) throw new Error(compiled.reason);
				const { kernel } = compiled;
				const year = model.years[0]!;
				expect(kernel.setHeld(`assumptions.inflation.${year}`, 0.5)).toMatch(/not a whole number/);
				expect(kernel.setHeld(`assumptions.inflation.${year}`, 100_000_001)).toMatch(/beyond/);
				expect(kernelDisagreements(model, 'plan', kernel.run('plan'))).toEqual([]);
			}),
			{ numRuns: 20 }
		);
	});
});
