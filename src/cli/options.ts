// Shared option parsing for the model commands: unit, view, format, year, organisation, scenario.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { displayDp, isMoneyUnit, type MoneyUnit, type View } from '../lib/engine/index';
import { UsageError } from './io';

export type Format = 'table' | 'csv' | 'json';

export interface ModelOptions {
	file: string;
	year?: string;
	organisation?: string;
	scenario: string;
	view: View;
	unit: MoneyUnit;
	format: Format;
	dp?: number;
	explain: boolean;
}

const UNIT_WORDS: Record<string, MoneyUnit> = {
	gbp: 'gbp',
	'£': 'gbp',
	k: 'k',
	'£k': 'k',
	m: 'm',
	'£m': 'm'
};

/** --unit as gbp|k|m (or £, £k, £m); undefined when not given. */
export function parseUnitOption(text: string | undefined): MoneyUnit | undefined {
	if (text === undefined) return undefined;
	const unit = UNIT_WORDS[text.toLowerCase()];
	if (unit === undefined || !isMoneyUnit(unit))
		throw new UsageError(`--unit must be gbp, k or m, not "${text}"`);
	return unit;
}

/** An option that takes one of a few words, or `fallback` when not given. */
export function oneOf<T extends string>(
	name: string,
	value: string | undefined,
	allowed: readonly T[],
	fallback: T
): T {
	if (value === undefined) return fallback;
	if ((allowed as readonly string[]).includes(value)) return value as T;
	throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
}

/** Parse `args` strictly: unknown flags and missing values are usage errors, not stack traces. */
export function parseStrict<T extends NonNullable<ParseArgsConfig['options']>>(
	args: readonly string[],
	options: T
) {
	try {
		return parseArgs({ args: [...args], options, allowPositionals: true as const, strict: true as const });
	} catch (error) {
		// Node's messages suggest "--" tricks; say plainly which option is wrong instead.
		const message = (error as Error).message;
		const option = /'(-[^']*)'/.exec(message)?.[1];
		const code = (error as { code?: string }).code;
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option)
			throw new UsageError(`unknown option ${option} (see bridgebook --help)`);
		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
			const name = option.split(' ')[0];
			if (message.includes('does not take an argument'))
				throw new UsageError(`${name} takes no value: write ${name} on its own`);
			// "--dp -1" reads as an option with no value followed by another option.
			if (message.includes('ambiguous'))
				throw new UsageError(`${name} needs a value; for one starting with "-" write ${name}=-1`);
			throw new UsageError(`${name} needs a value`);
		}
		throw new UsageError(message.split('\n')[0] ?? 'bad arguments');
	}
}

/** Flags a command takes beyond the shared ones. */
export interface CommandFlags {
	view?: boolean;
	explain?: boolean;
}

export function parseModelOptions(
	command: string,
	args: readonly string[],
	formats: readonly Format[],
	flags: CommandFlags = {}
): ModelOptions {
	const { values, positionals } = parseStrict(args, {
		year: { type: 'string' },
		org: { type: 'string' },
		scenario: { type: 'string' },
		unit: { type: 'string' },
		format: { type: 'string' },
		dp: { type: 'string' },
		...(flags.view ? { view: { type: 'string' } } : {}),
		...(flags.explain ? { explain: { type: 'boolean' } } : {})
	} as const);
	if (positionals.length !== 1)
		throw new UsageError(`usage: bridgebook ${command} MODEL.json [options]; see bridgebook --help`);
	const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
	const unit = parseUnitOption(str(values.unit)) ?? 'm';
	const dpText = str(values.dp);
	if (dpText !== undefined && !/^\d{1,2}$/.test(dpText))
		throw new UsageError(`--dp must be a whole number of decimal places, not "${dpText}"`);
	return {
		file: positionals[0] ?? '',
		year: str(values.year),
		organisation: str(values.org),
		scenario: str(values.scenario) ?? 'baseline',
		view: oneOf('view', str((values as { view?: unknown }).view), ['plan', 'risk'] as const, 'plan'),
		unit,
		format: oneOf('format', str(values.format), formats, 'table'),
		dp: dpText === undefined ? undefined : Number(dpText),
		explain: (values as { explain?: unknown }).explain === true
	};
}

/** Decimal places for tables: the display rule for the unit, unless --dp says otherwise. */
export function tableDp(options: ModelOptions): number {
	return options.dp ?? displayDp(options.unit);
}
