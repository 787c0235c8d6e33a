package org.dartj.runtime;

/**
 * A deeply immutable value (a core error object, a Duration): isolates may share it, so the
 * message copier passes it as it is.
 */
public interface DartImmutableValue {
}
