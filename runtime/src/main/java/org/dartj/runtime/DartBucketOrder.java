package org.dartj.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The iteration order of the Dart VM's unordered {@code HashMap}/{@code HashSet}
 * (collection_patch.dart's {@code _HashMap}): a power-of-two array of buckets, 8 at first and
 * doubled when more than three quarters full; an entry goes to bucket {@code hash & (length -
 * 1)} at the head of its chain; growing walks the old buckets in order and pushes each chain's
 * entries onto the new chains. Iteration goes bucket by bucket along the chains. A
 * {@link DartMap} or {@link DartSet} keeps one of these beside its lookup table when it is a
 * HashMap or HashSet.
 */
public final class DartBucketOrder {
    private static final int INITIAL_CAPACITY = 8;

    private static final class Node {
        final Object item;
        final int hash;
        Node next;

        Node(Object item, int hash, Node next) {
            this.item = item;
            this.hash = hash;
            this.next = next;
        }
    }

    /** The Dart hash of a key (only its low bits choose the bucket); shared by every isolate. */
    private final ToIntFunction<Object> hashOf;
    private Node[] buckets = new Node[INITIAL_CAPACITY];
    private int count;

    public DartBucketOrder(ToIntFunction<Object> hashOf) {
        this.hashOf = hashOf;
    }

    public ToIntFunction<Object> hashFunction() {
        return hashOf;
    }

    /** Adds {@code item} (an entry or element, identified by reference) whose key is {@code key}. */
    public void add(Object item, Object key) {
        int hash = hashOf.applyAsInt(key);
        int index = hash & (buckets.length - 1);
        buckets[index] = new Node(item, hash, buckets[index]);
        count++;
        if (count * 4L > buckets.length * 3L) {
            grow();
        }
    }

    private void grow() {
        Node[] old = buckets;
        Node[] grown = new Node[old.length << 1];
        for (Node head : old) {
            Node node = head;
            while (node != null) {
                Node next = node.next;
                int index = node.hash & (grown.length - 1);
                node.next = grown[index];
                grown[index] = node;
                node = next;
            }
        }
        buckets = grown;
    }

    /** Removes {@code item}, stored under {@code key}. */
    public void remove(Object item, Object key) {
        int index = hashOf.applyAsInt(key) & (buckets.length - 1);
        Node previous = null;
        for (Node node = buckets[index]; node != null; previous = node, node = node.next) {
            if (node.item == item) {
                if (previous == null) {
                    buckets[index] = node.next;
                } else {
                    previous.next = node.next;
                }
                count--;
                return;
            }
        }
    }

    /** Empties the table and shrinks it to its first size, as the VM's {@code clear}. */
    public void clear() {
        buckets = new Node[INITIAL_CAPACITY];
        count = 0;
    }

    /**
     * This table's layout holding {@code items} (one per entry, in this table's iteration
     * order) instead of its own: the copy of a HashMap sent to another isolate, whose bucket
     * arrays the VM copies as they are.
     */
    public DartBucketOrder withItems(List<Object> items) {
        DartBucketOrder copy = new DartBucketOrder(hashOf);
        copy.buckets = new Node[buckets.length];
        copy.count = count;
        int next = 0;
        for (int i = 0; i < buckets.length; i++) {
            Node tail = null;
            for (Node node = buckets[i]; node != null; node = node.next) {
                Node copied = new Node(items.get(next++), node.hash, null);
                if (tail == null) {
                    copy.buckets[i] = copied;
                } else {
                    tail.next = copied;
                }
                tail = copied;
            }
        }
        return copy;
    }

    /** The items in iteration order. */
    public List<Object> items() {
        List<Object> items = new ArrayList<>(count);
        for (Node head : buckets) {
            for (Node node = head; node != null; node = node.next) {
                items.add(node.item);
            }
        }
        return items;
    }
}
