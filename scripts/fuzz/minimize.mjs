// Shrinks a program while a check still holds (delta debugging: chunks of statements first, in
// halves then one by one, then single lines, which also removes parts of compound statements when
// what is left still parses and shows the same problem).

function shrinkUnits(units, join, holds) {
  let cur = units;
  for (let size = Math.max(1, Math.floor(cur.length / 2)); size >= 1; size = Math.floor(size / 2)) {
    let i = 0;
    while (i < cur.length) {
      const cand = [...cur.slice(0, i), ...cur.slice(i + size)];
      if (cand.length > 0 && holds(join(cand))) cur = cand;
      else i += size;
    }
  }
  return cur;
}

/** `holds(source)` says whether the problem is still there; returns the smallest source found. */
export function minimize(chunks, holds) {
  const joinLines = (xs) => xs.join('\n') + '\n';
  const kept = shrinkUnits(chunks, joinLines, holds);
  const lines = joinLines(kept).split('\n').filter((l) => l !== '');
  return joinLines(shrinkUnits(lines, joinLines, holds));
}
