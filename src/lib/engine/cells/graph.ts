// The dependency graph of named values: who defines each name, who reads it, an evaluation order,
// and the cycles and duplicate names that become error values instead of being evaluated.
// Pure structure: knows nothing of formulas or values.

/** A node defines one or more names and reads others (a cell defines one; the finance model many). */
export interface GraphNode {
	readonly key: string;
	readonly defines: readonly string[];
	readonly reads: readonly string[];
}

export interface Graph {
	/** Nodes that can be evaluated, each after every node it reads. */
	readonly order: readonly string[];
	/** Nodes on a cycle, each with the loop of names through it ("a -> b -> a"). */
	readonly cycles: ReadonlyMap<string, readonly string[]>;
	/** Names defined by more than one node. */
	readonly duplicates: ReadonlySet<string>;
	/** The node that defines each (non-duplicate) name. */
	readonly owner: ReadonlyMap<string, string>;
	/** For each node, the nodes that read one of its names. */
	readonly readers: ReadonlyMap<string, readonly string[]>;
}

/**
 * Build the graph: Tarjan's strongly connected components give the cycles (any component of more
 * than one node, or a node reading itself) and, reversed, a topological order of the rest.
 */
export function buildGraph(nodes: readonly GraphNode[]): Graph {
	const owners = new Map<string, string[]>();
	for (const node of nodes)
		for (const name of node.defines) owners.set(name, [...(owners.get(name) ?? []), node.key]);
	const duplicates = new Set([...owners].filter(([, keys]) => keys.length > 1).map(([name]) => name));
	const owner = new Map(
		[...owners].filter(([, keys]) => keys.length === 1).map(([name, keys]) => [name, keys[0] ?? ''])
	);

	const byKey = new Map(nodes.map((n) => [n.key, n]));
	const edges = new Map<string, string[]>();
	const readers = new Map<string, string[]>(nodes.map((n) => [n.key, []]));
	for (const node of nodes) {
		const targets = [
			...new Set(node.reads.map((name) => owner.get(name)).filter((k): k is string => k !== undefined))
		];
		edges.set(node.key, targets);
		for (const target of targets) readers.get(target)?.push(node.key);
	}

	// Tarjan, iteratively so a chain of 10,000 cells cannot overflow the stack.
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const onStack = new Set<string>();
	const stack: string[] = [];
	const components: string[][] = [];
	let counter = 0;
	for (const start of nodes.map((n) => n.key)) {
		if (index.has(start)) continue;
		const work: { key: string; next: number }[] = [{ key: start, next: 0 }];
		index.set(start, counter);
		low.set(start, counter);
		counter += 1;
		stack.push(start);
		onStack.add(start);
		while (work.length > 0) {
			const frame = work[work.length - 1]!;
			const targets = edges.get(frame.key) ?? [];
			if (frame.next < targets.length) {
				const target = targets[frame.next]!;
				frame.next += 1;
				if (!index.has(target)) {
					index.set(target, counter);
					low.set(target, counter);
					counter += 1;
					stack.push(target);
					onStack.add(target);
					work.push({ key: target, next: 0 });
				} else if (onStack.has(target)) {
					low.set(frame.key, Math.min(low.get(frame.key)!, index.get(target)!));
				}
				continue;
			}
			work.pop();
			const parent = work[work.length - 1];
			if (parent) low.set(parent.key, Math.min(low.get(parent.key)!, low.get(frame.key)!));
			if (low.get(frame.key) === index.get(frame.key)) {
				const component: string[] = [];
				let member: string | undefined;
				do {
					member = stack.pop()!;
					onStack.delete(member);
					component.push(member);
				} while (member !== frame.key);
				components.push(component);
			}
		}
	}

	// Tarjan emits components dependencies-first, which is the evaluation order.
	const order: string[] = [];
	const cycles = new Map<string, readonly string[]>();
	for (const component of components) {
		const only = component[0]!;
		const selfLoop = component.length === 1 && (edges.get(only) ?? []).includes(only);
		if (component.length === 1 && !selfLoop) {
			order.push(only);
			continue;
		}
		const members = new Set(component);
		for (const key of component) cycles.set(key, loopThrough(key, members, edges, byKey));
	}
	return { order, cycles, duplicates, owner, readers };
}

/** The shortest loop of names from `key` back to itself inside its component (breadth-first). */
function loopThrough(
	key: string,
	members: ReadonlySet<string>,
	edges: ReadonlyMap<string, readonly string[]>,
	byKey: ReadonlyMap<string, GraphNode>
): string[] {
	const previous = new Map<string, string>();
	const queue = [key];
	while (queue.length > 0) {
		const current = queue.shift()!;
		for (const next of edges.get(current) ?? []) {
			if (!members.has(next)) continue;
			if (next === key) {
				const path = [current];
				while (path[0] !== key) path.unshift(previous.get(path[0]!)!);
				return [...path, key].map((k) => byKey.get(k)?.defines[0] ?? k);
			}
			if (!previous.has(next)) {
				previous.set(next, current);
				queue.push(next);
			}
		}
	}
	return [byKey.get(key)?.defines[0] ?? key];
}
