package org.dartj.runtime.isolate;

/** A pending timer of one isolate's event loop; ordered by due time, then creation order. */
public final class DartTimer implements Comparable<DartTimer> {
    final long sequence;
    long dueNanos;
    final long periodNanos;
    final Runnable action;
    boolean cancelled;
    long tick;

    DartTimer(long sequence, long dueNanos, long periodNanos, Runnable action) {
        this.sequence = sequence;
        this.dueNanos = dueNanos;
        this.periodNanos = periodNanos;
        this.action = action;
    }

    public boolean isPeriodic() {
        return periodNanos >= 0;
    }

    public boolean isActive() {
        return !cancelled;
    }

    public long tick() {
        return tick;
    }

    public void cancel() {
        cancelled = true;
    }

    @Override
    public int compareTo(DartTimer o) {
        int c = Long.compare(dueNanos, o.dueNanos);
        return c != 0 ? c : Long.compare(sequence, o.sequence);
    }
}
