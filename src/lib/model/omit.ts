// A copy of an object without some of its fields (an optional field left out of a file is absent,
// not undefined, so the file written back stays as a person would write it).

/** `object` without `keys`. */
export function omit<T extends object, K extends keyof T>(object: T, ...keys: K[]): Omit<T, K> {
	const copy = { ...object };
	for (const key of keys) delete copy[key];
	return copy;
}
