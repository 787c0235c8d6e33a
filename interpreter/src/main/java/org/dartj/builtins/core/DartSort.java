package org.dartj.builtins.core;

import org.dartj.builtins.DartErrors;
import org.dartj.runtime.DartList;

/**
 * {@code List.sort} as the Dart VM sorts ({@code Sort.sort} of {@code dart:_internal}): an
 * insertion sort for ranges of at most 33 elements, otherwise a dual-pivot quicksort whose
 * pivots are the 2nd and 4th of five sampled elements. Runs in place on the list with the
 * same comparisons in the same order as the VM, so comparators with side effects and
 * inconsistent comparators give the VM's results (the sort is not stable).
 */
public final class DartSort {
    private DartSort() {
    }

    /** A Dart comparator: negative, zero or positive. */
    @FunctionalInterface
    public interface Comparison {
        long compare(Object a, Object b);
    }

    private static final int INSERTION_SORT_THRESHOLD = 32;

    /** What an index outside the list throws (Dart's IndexError). */
    @FunctionalInterface
    public interface OutOfRange {
        RuntimeException error(long index, long length);
    }

    public static void sort(DartList list, Comparison comparison) {
        sort(list, comparison, (index, length) -> DartErrors.indexOutOfRange(index, length, null));
    }

    public static void sort(DartList list, Comparison comparison, OutOfRange outOfRange) {
        sortRange(new Checked(list, outOfRange), 0, list.size() - 1, comparison);
    }

    /**
     * The list with Dart's index checks: an inconsistent comparator, or one that changes the
     * list, can move the partition indices out of range, which is an IndexError in Dart.
     */
    private static final class Checked {
        private final DartList list;
        private final OutOfRange outOfRange;

        Checked(DartList list, OutOfRange outOfRange) {
            this.list = list;
            this.outOfRange = outOfRange;
        }

        Object get(int index) {
            if (index < 0 || index >= list.size()) {
                throw outOfRange.error(index, list.size());
            }
            return list.get(index);
        }

        void set(int index, Object value) {
            if (index < 0 || index >= list.size()) {
                throw outOfRange.error(index, list.size());
            }
            list.set(index, value);
        }
    }

    /** Sorts the elements {@code left..right}, both inclusive. */
    private static void sortRange(Checked a, int left, int right, Comparison c) {
        if (right - left <= INSERTION_SORT_THRESHOLD) {
            insertionSort(a, left, right, c);
        } else {
            dualPivotQuicksort(a, left, right, c);
        }
    }

    private static void insertionSort(Checked a, int left, int right, Comparison c) {
        for (int i = left + 1; i <= right; i++) {
            Object element = a.get(i);
            int j = i;
            while (j > left && c.compare(a.get(j - 1), element) > 0) {
                a.set(j, a.get(j - 1));
                j--;
            }
            a.set(j, element);
        }
    }

    private static void dualPivotQuicksort(Checked a, int left, int right, Comparison c) {
        int sixth = (right - left + 1) / 6;
        int index1 = left + sixth;
        int index5 = right - sixth;
        int index3 = (left + right) / 2;
        int index2 = index3 - sixth;
        int index4 = index3 + sixth;

        // Order the five samples with a sorting network (nine compare-exchanges).
        Object[] e = {a.get(index1), a.get(index2), a.get(index3), a.get(index4), a.get(index5)};
        int[][] network = {{0, 1}, {3, 4}, {0, 2}, {1, 2}, {0, 3}, {2, 3}, {1, 4}, {1, 2}, {3, 4}};
        for (int[] pair : network) {
            if (c.compare(e[pair[0]], e[pair[1]]) > 0) {
                Object t = e[pair[0]];
                e[pair[0]] = e[pair[1]];
                e[pair[1]] = t;
            }
        }
        Object pivot1 = e[1];
        Object pivot2 = e[3];

        // The pivots are written back after partitioning; the ends take their places.
        a.set(index1, e[0]);
        a.set(index3, e[2]);
        a.set(index5, e[4]);
        a.set(index2, a.get(left));
        a.set(index4, a.get(right));

        int less = left + 1;
        int great = right - 1;

        boolean pivotsEqual = c.compare(pivot1, pivot2) == 0;
        if (pivotsEqual) {
            Object pivot = pivot1;
            // Three-way partition around one value: [< pivot | == pivot | ? | > pivot].
            for (int k = less; k <= great; k++) {
                Object ak = a.get(k);
                long comp = c.compare(ak, pivot);
                if (comp == 0) {
                    continue;
                }
                if (comp < 0) {
                    if (k != less) {
                        a.set(k, a.get(less));
                        a.set(less, ak);
                    }
                    less++;
                } else {
                    while (true) {
                        comp = c.compare(a.get(great), pivot);
                        if (comp > 0) {
                            great--;
                            continue;
                        } else if (comp < 0) {
                            a.set(k, a.get(less));
                            a.set(less++, a.get(great));
                            a.set(great--, ak);
                            break;
                        } else {
                            a.set(k, a.get(great));
                            a.set(great--, ak);
                            break;
                        }
                    }
                }
            }
        } else {
            // [< pivot1 | pivot1 <= x <= pivot2 | ? | > pivot2].
            for (int k = less; k <= great; k++) {
                Object ak = a.get(k);
                if (c.compare(ak, pivot1) < 0) {
                    if (k != less) {
                        a.set(k, a.get(less));
                        a.set(less, ak);
                    }
                    less++;
                } else if (c.compare(ak, pivot2) > 0) {
                    while (true) {
                        if (c.compare(a.get(great), pivot2) > 0) {
                            great--;
                            if (great < k) {
                                break;
                            }
                            continue;
                        }
                        if (c.compare(a.get(great), pivot1) < 0) {
                            a.set(k, a.get(less));
                            a.set(less++, a.get(great));
                            a.set(great--, ak);
                        } else {
                            a.set(k, a.get(great));
                            a.set(great--, ak);
                        }
                        break;
                    }
                }
            }
        }

        // Put the pivots between the partitions.
        a.set(left, a.get(less - 1));
        a.set(less - 1, pivot1);
        a.set(right, a.get(great + 1));
        a.set(great + 1, pivot2);

        sortRange(a, left, less - 2, c);
        sortRange(a, great + 2, right, c);

        if (pivotsEqual) {
            return;
        }
        if (less < index1 && great > index5) {
            // A large middle part: take the elements equal to a pivot out of it first.
            while (c.compare(a.get(less), pivot1) == 0) {
                less++;
            }
            while (c.compare(a.get(great), pivot2) == 0) {
                great--;
            }
            for (int k = less; k <= great; k++) {
                Object ak = a.get(k);
                if (c.compare(ak, pivot1) == 0) {
                    if (k != less) {
                        a.set(k, a.get(less));
                        a.set(less, ak);
                    }
                    less++;
                } else if (c.compare(ak, pivot2) == 0) {
                    while (true) {
                        if (c.compare(a.get(great), pivot2) == 0) {
                            great--;
                            if (great < k) {
                                break;
                            }
                            continue;
                        }
                        if (c.compare(a.get(great), pivot1) < 0) {
                            a.set(k, a.get(less));
                            a.set(less++, a.get(great));
                            a.set(great--, ak);
                        } else {
                            a.set(k, a.get(great));
                            a.set(great--, ak);
                        }
                        break;
                    }
                }
            }
        }
        sortRange(a, less, great, c);
    }
}
