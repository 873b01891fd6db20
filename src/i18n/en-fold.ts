const FOLD = ['', '', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** An English multiple: "twofold" … "tenfold" in words, "1.5-fold", "12-fold" in figures. */
export const fold = (n: string) => (FOLD[Number(n)] ? `${FOLD[Number(n)]}fold` : `${n}-fold`);
