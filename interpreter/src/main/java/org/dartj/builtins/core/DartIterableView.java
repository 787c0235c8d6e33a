package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.nodes.controlflow.DartForInNode;

/**
 * An eagerly snapshotted Iterable (map keys and values) until lazy iterables arrive; prints
 * like a Dart Iterable: {@code (a, b)}.
 */
public final class DartIterableView implements DartObject, DartForInNode.DartIterableView {
    private final DartClass dartClass;
    private final Object[] elements;

    public DartIterableView(DartClass dartClass, Object[] elements) {
        this.dartClass = dartClass;
        this.elements = elements;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    @Override
    public Object[] elements() {
        return elements;
    }

    @Override
    public String toString() {
        return iterableToShortString(elements);
    }

    /**
     * Dart's {@code Iterable.toString} ({@code IterableBase.iterableToShortString}): "(a, b)",
     * abbreviated with "..." when long: at least the first three and the last two elements,
     * aiming at 80 characters, and at most 100 elements looked at.
     */
    public static String iterableToShortString(Object[] elements) {
        final int lengthLimit = 80;
        final int headCount = 3;
        final int tailCount = 2;
        final int maxCount = 100;
        final int overhead = 2;
        final int ellipsisSize = 3;
        java.util.List<String> parts = new java.util.ArrayList<>();
        int length = 0;
        int count = 0;
        int next = 0;
        boolean done = false;
        while (length < lengthLimit || count < headCount) {
            if (next == elements.length) {
                done = true;
                break;
            }
            String part = DartToString.toDisplayString(elements[next++]);
            parts.add(part);
            length += part.length() + overhead;
            count++;
        }
        if (!done) {
            String penultimateString;
            String ultimateString;
            boolean finished = false;
            if (next == elements.length) {
                if (count <= headCount + tailCount) {
                    finished = true;
                    ultimateString = null;
                    penultimateString = null;
                } else {
                    ultimateString = parts.remove(parts.size() - 1);
                    penultimateString = parts.remove(parts.size() - 1);
                }
            } else {
                Object penultimate = elements[next++];
                count++;
                if (next == elements.length) {
                    if (count <= headCount + 1) {
                        parts.add(DartToString.toDisplayString(penultimate));
                        finished = true;
                        ultimateString = null;
                        penultimateString = null;
                    } else {
                        ultimateString = DartToString.toDisplayString(penultimate);
                        penultimateString = parts.remove(parts.size() - 1);
                        length += ultimateString.length() + overhead;
                    }
                } else {
                    Object ultimate = elements[next++];
                    count++;
                    boolean gaveUp = false;
                    while (next < elements.length) {
                        penultimate = ultimate;
                        ultimate = elements[next++];
                        count++;
                        if (count > maxCount) {
                            while (length > lengthLimit - ellipsisSize - overhead && count > headCount) {
                                length -= parts.remove(parts.size() - 1).length() + overhead;
                                count--;
                            }
                            parts.add("...");
                            gaveUp = true;
                            break;
                        }
                    }
                    if (gaveUp) {
                        finished = true;
                        ultimateString = null;
                        penultimateString = null;
                    } else {
                        penultimateString = DartToString.toDisplayString(penultimate);
                        ultimateString = DartToString.toDisplayString(ultimate);
                        length += ultimateString.length() + penultimateString.length() + 2 * overhead;
                    }
                }
            }
            if (!finished) {
                String elision = null;
                if (count > parts.size() + tailCount) {
                    elision = "...";
                    length += ellipsisSize + overhead;
                }
                while (length > lengthLimit && parts.size() > headCount) {
                    length -= parts.remove(parts.size() - 1).length() + overhead;
                    if (elision == null) {
                        elision = "...";
                        length += ellipsisSize + overhead;
                    }
                }
                if (elision != null) {
                    parts.add(elision);
                }
                parts.add(penultimateString);
                parts.add(ultimateString);
            }
        }
        return "(" + String.join(", ", parts) + ")";
    }
}
