package org.dartj.builtins.core;

import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.classes.DartObject;
import org.dartj.nodes.expression.DartEqualNode;
import org.dartj.nodes.expression.DartTypeTestNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;

/**
 * An {@code Iterable} implemented in Java: the lazy iterables of {@code map}, {@code where},
 * {@code take}, ..., map keys and values, and adapters that let a list or a user-defined
 * iterable be used through the same methods. The members here are the default ones of Dart's
 * {@code Iterable} class (in terms of {@link #iterator()}, callbacks called exactly when and
 * as often as the Dart VM calls them); the kinds override them where the SDK's classes do.
 * <p>
 * A lazy iterable holds its <em>source</em> as the Dart value (a {@link DartList}, another
 * lazy iterable or a Dart instance) and reaches it through {@link DartIterables}. Everything
 * here may call Dart: callers are behind a Truffle boundary (the builtins, the for-in node).
 */
public abstract class DartLazyIterable implements DartObject {
    protected final DartCoreClasses classes;

    protected DartLazyIterable(DartCoreClasses classes) {
        this.classes = classes;
    }

    @Override
    public DartClass dartClass() {
        return classes.iterableClass;
    }

    public DartCoreClasses classes() {
        return classes;
    }

    /** The Dart value this iterable is: itself, or the list or instance an adapter wraps. */
    public Object self() {
        return this;
    }

    /**
     * The SDK class the Dart VM uses for this iterable ({@code MappedListIterable}), the name its
     * {@code runtimeType} shows with {@link #vmTypeArguments()}.
     */
    public String vmClass() {
        return "Iterable";
    }

    /**
     * The type arguments of {@link #vmClass()} ({@code MappedListIterable<S, T>}: the source's
     * element type and the mapped one); null where DartJ does not know one (shown as dynamic).
     */
    public org.dartj.runtime.DartReifiedType[] vmTypeArguments() {
        return new org.dartj.runtime.DartReifiedType[]{elementType()};
    }

    /** The run-time type's text ({@code Error.safeToString}, {@code Instance of '...'}). */
    public String vmClassName() {
        return classes.types.typeOf(this).toString();
    }

    public abstract DartIterator iterator();

    /** Dart's EfficientLengthIterable: {@link #length()} does not iterate. */
    public boolean isEfficientLength() {
        return false;
    }

    public long length() {
        long count = 0;
        DartIterator it = iterator();
        while (it.moveNext()) {
            count++;
        }
        return count;
    }

    public boolean isEmpty() {
        return !iterator().moveNext();
    }

    public boolean isNotEmpty() {
        return !isEmpty();
    }

    public Object first() {
        DartIterator it = iterator();
        if (!it.moveNext()) {
            throw noElement();
        }
        return it.current();
    }

    public Object last() {
        DartIterator it = iterator();
        if (!it.moveNext()) {
            throw noElement();
        }
        Object result;
        do {
            result = it.current();
        } while (it.moveNext());
        return result;
    }

    public Object single() {
        DartIterator it = iterator();
        if (!it.moveNext()) {
            throw noElement();
        }
        Object result = it.current();
        if (it.moveNext()) {
            throw tooMany();
        }
        return result;
    }

    public Object elementAt(long index) {
        DartErrors.checkNotNegative(index, "index", null);
        DartIterator it = iterator();
        long skip = index;
        while (it.moveNext()) {
            if (skip == 0) {
                return it.current();
            }
            skip--;
        }
        throw DartErrors.indexOutOfRange(index, index - skip, null);
    }

    public boolean contains(Object value) {
        DartIterator it = iterator();
        while (it.moveNext()) {
            if (DartEqualNode.dartEquals(it.current(), value)) {
                return true;
            }
        }
        return false;
    }

    public void forEach(DartFunction action) {
        DartIterator it = iterator();
        while (it.moveNext()) {
            DartIterables.call(action, it.current());
        }
    }

    public Object reduce(DartFunction combine) {
        DartIterator it = iterator();
        if (!it.moveNext()) {
            throw noElement();
        }
        Object value = it.current();
        while (it.moveNext()) {
            value = DartIterables.call(combine, value, it.current());
        }
        return value;
    }

    public Object fold(Object initial, DartFunction combine) {
        Object value = initial;
        DartIterator it = iterator();
        while (it.moveNext()) {
            value = DartIterables.call(combine, value, it.current());
        }
        return value;
    }

    public boolean every(DartFunction test) {
        DartIterator it = iterator();
        while (it.moveNext()) {
            if (!DartIterables.test(test, it.current())) {
                return false;
            }
        }
        return true;
    }

    public boolean any(DartFunction test) {
        DartIterator it = iterator();
        while (it.moveNext()) {
            if (DartIterables.test(test, it.current())) {
                return true;
            }
        }
        return false;
    }

    public String join(String separator) {
        DartIterator it = iterator();
        if (!it.moveNext()) {
            return "";
        }
        String first = DartToString.toDisplayString(it.current());
        if (!it.moveNext()) {
            return first;
        }
        StringBuilder sb = new StringBuilder(first);
        do {
            sb.append(separator).append(DartToString.toDisplayString(it.current()));
        } while (it.moveNext());
        return sb.toString();
    }

    /** {@code firstWhere(test, orElse: orElse)}; {@code orElse} is a function or Dart null. */
    public Object firstWhere(DartFunction test, Object orElse) {
        DartIterator it = iterator();
        while (it.moveNext()) {
            Object e = it.current();
            if (DartIterables.test(test, e)) {
                return e;
            }
        }
        return orElse(orElse);
    }

    public Object lastWhere(DartFunction test, Object orElse) {
        DartIterator it = iterator();
        Object result;
        do {
            if (!it.moveNext()) {
                return orElse(orElse);
            }
            result = it.current();
        } while (!DartIterables.test(test, result));
        while (it.moveNext()) {
            Object current = it.current();
            if (DartIterables.test(test, current)) {
                result = current;
            }
        }
        return result;
    }

    public Object singleWhere(DartFunction test, Object orElse) {
        DartIterator it = iterator();
        Object result;
        do {
            if (!it.moveNext()) {
                return orElse(orElse);
            }
            result = it.current();
        } while (!DartIterables.test(test, result));
        while (it.moveNext()) {
            if (DartIterables.test(test, it.current())) {
                throw tooMany();
            }
        }
        return result;
    }

    /**
     * The element type the VM's iterable class has at run time when DartJ knows it: the source's
     * for {@code where}, {@code skip}, {@code take}, ..., a map's key or value type for its
     * {@code keys} and {@code values}; null when it depends on a static type DartJ does not know
     * ({@code map(f)}), so lists made from it are not reified.
     */
    public org.dartj.runtime.DartReifiedType elementType() {
        return null;
    }

    /** {@code List<E>.of(this, growable: growable)}. */
    public DartList toList(boolean growable) {
        return DartIterables.listOf(self(), growable, elementType());
    }

    public DartLazyIterable map(DartFunction f) {
        return new DartLazyIterables.Mapped(classes, self(), f, isEfficientLength());
    }

    public DartLazyIterable where(DartFunction test) {
        return new DartLazyIterables.Where(classes, self(), test);
    }

    public DartLazyIterable whereType(org.dartj.types.DartTypeTest type) {
        return new DartLazyIterables.WhereType(classes, self(), type);
    }

    public DartLazyIterable expand(DartFunction f) {
        return new DartLazyIterables.Expand(classes, self(), f);
    }

    public DartLazyIterable take(long count) {
        DartErrors.checkNotNegative(count, "takeCount", null);
        return new DartLazyIterables.Take(classes, self(), count, isEfficientLength());
    }

    public DartLazyIterable skip(long count) {
        DartErrors.checkNotNegative(count, "count", null);
        return new DartLazyIterables.Skip(classes, self(), count, isEfficientLength());
    }

    public DartLazyIterable takeWhile(DartFunction test) {
        return new DartLazyIterables.TakeWhile(classes, self(), test);
    }

    public DartLazyIterable skipWhile(DartFunction test) {
        return new DartLazyIterables.SkipWhile(classes, self(), test);
    }

    public DartLazyIterable followedBy(Object other) {
        boolean efficient = isEfficientLength() && DartIterables.isEfficientLength(other);
        return new DartLazyIterables.FollowedBy(classes, self(), other, efficient);
    }

    public DartLazyIterable cast(org.dartj.types.DartTypeTest type) {
        return new DartLazyIterables.Cast(classes, self(), type, isEfficientLength());
    }

    @Override
    public String toString() {
        return DartIterables.toShortString(self());
    }

    static Object orElse(Object orElse) {
        if (orElse instanceof DartFunction f) {
            return DartIterables.call(f);
        }
        throw noElement();
    }

    static RuntimeException noElement() {
        return DartErrors.stateError("No element", null);
    }

    static RuntimeException tooMany() {
        return DartErrors.stateError("Too many elements", null);
    }

    static Object nullValue() {
        return DartNull.INSTANCE;
    }
}
