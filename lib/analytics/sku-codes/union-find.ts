/** Disjoint sets over 0…n-1 (path halving, union by size): grouping linked SKUs in near-linear time. */
export interface UnionFind {
  find(i: number): number;
  union(a: number, b: number): void;
}

/** A union-find over `n` elements, each alone at first. */
export function createUnionFind(n: number): UnionFind {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const size = new Int32Array(n).fill(1);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  return {
    find,
    union(a, b) {
      let ra = find(a);
      let rb = find(b);
      if (ra === rb) return;
      if (size[ra]! < size[rb]!) [ra, rb] = [rb, ra];
      parent[rb] = ra;
      size[ra]! += size[rb]!;
    },
  };
}
