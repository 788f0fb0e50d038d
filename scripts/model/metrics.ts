/** Figures for a scored labelled set: AUC, detection at a false-positive rate, share at a level. */

export interface Scored {
  spam: boolean;
  score: number;
}

/** Area under the ROC curve (Mann–Whitney, ties count half). */
export function auc(xs: readonly Scored[]): number {
  const sorted = [...xs].sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let nSpam = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) {
      if (sorted[k]!.spam) {
        rankSum += rank;
        nSpam++;
      }
    }
    i = j;
  }
  const nHam = xs.length - nSpam;
  if (!nSpam || !nHam) return NaN;
  return (rankSum - (nSpam * (nSpam + 1)) / 2) / (nSpam * nHam);
}

/** Share of spam scored strictly above the threshold that lets at most `fpRate` of ham through. */
export function detectionAt(xs: readonly Scored[], fpRate: number): number {
  const ham = xs
    .filter((x) => !x.spam)
    .map((x) => x.score)
    .sort((a, b) => b - a);
  const spam = xs.filter((x) => x.spam);
  const allowed = Math.floor(ham.length * fpRate);
  const threshold = ham[allowed] ?? -Infinity;
  return spam.filter((x) => x.score > threshold).length / spam.length;
}
