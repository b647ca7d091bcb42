/** The options of a select: each value, shown by its label. (No "use client": server pages use it too.) */
export function Options<V extends string | number>({ values, label }: { values: readonly V[]; label: (value: V) => string }) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}
