package org.dartj;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.dartj.isolate.DartIsolateHandle;
import org.dartj.isolate.DartIsolateThread;
import org.dartj.isolate.DartSpawnInfo;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.dartj.runtime.DartRecord;
import org.dartj.runtime.DartSet;
import org.dartj.runtime.isolate.DartEventLoop;
import org.dartj.runtime.isolate.DartIsolateGroup;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;

/**
 * One isolate: its top-level variable values (lazily initialized, per isolate), its event
 * loop and the isolates it spawned. Streams come from {@link Env}, never from System.
 */
public final class DartContext {
    private static final ContextReference<DartContext> REFERENCE = ContextReference.create(DartLanguage.class);

    private final DartLanguage language;
    private final Env env;
    /** Made on first use: a PrintStream holds a 16 KB buffer, and most isolates never print. */
    private volatile PrintStream out;
    private volatile PrintStream err;
    private final DartIsolateGroup group;
    private final DartEventLoop loop;
    private final boolean mainIsolate;
    private final List<DartIsolateThread> children = new ArrayList<>();
    private Object[][] globals = new Object[4][];
    private org.dartj.builtins.async.DartZone rootZone;
    /**
     * The type arguments of a call to a generic function, from the call site to the callee's
     * prologue (nothing runs in between); null when the call passes none.
     */
    private org.dartj.types.DartType[] pendingTypeArguments;
    /** This isolate's stream of stdin's bytes, made when {@code stdin} is first listened to. */
    private Object stdinStream;

    public Object stdinStream() {
        return stdinStream;
    }

    public void setStdinStream(Object stream) {
        this.stdinStream = stream;
    }

    public void passTypeArguments(org.dartj.types.DartType[] types) {
        pendingTypeArguments = types;
    }

    public org.dartj.types.DartType[] takeTypeArguments() {
        org.dartj.types.DartType[] types = pendingTypeArguments;
        pendingTypeArguments = null;
        return types;
    }
    /** Compiled TRegex objects by regex source (see {@code DartRegExps}); least recently used dropped first. */
    private final java.util.Map<String, Object> regExpCache = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Object> eldest) {
            return size() > 256;
        }
    };

    /** The option {@code dart.StopwatchCpuTime}: Stopwatch reads the thread's CPU time. */
    private final boolean stopwatchCpuTime;

    public boolean stopwatchCpuTime() {
        return stopwatchCpuTime;
    }

    DartContext(DartLanguage language, Env env) {
        this.language = language;
        this.env = env;
        this.stopwatchCpuTime = env.getOptions().get(DartLanguage.STOPWATCH_CPU_TIME);
        Object spawn = env.getConfig().get(DartSpawnInfo.CONFIG_KEY);
        if (spawn instanceof DartSpawnInfo info) {
            this.group = info.group();
            this.loop = info.loop();
            this.mainIsolate = false;
        } else {
            this.group = new DartIsolateGroup();
            this.loop = group.newLoop("main");
            this.mainIsolate = true;
        }
    }

    public static DartContext get(Node node) {
        return REFERENCE.get(node);
    }

    public DartLanguage getLanguage() {
        return language;
    }

    public java.util.Map<String, Object> regExpCache() {
        return regExpCache;
    }

    public Env getEnv() {
        return env;
    }

    @TruffleBoundary
    public PrintStream getOut() {
        PrintStream stream = out;
        if (stream == null) {
            synchronized (this) {
                if (out == null) {
                    out = new PrintStream(env.out(), true);
                }
                stream = out;
            }
        }
        return stream;
    }

    @TruffleBoundary
    public PrintStream getErr() {
        PrintStream stream = err;
        if (stream == null) {
            synchronized (this) {
                if (err == null) {
                    err = new PrintStream(env.err(), true);
                }
                stream = err;
            }
        }
        return stream;
    }

    public DartIsolateGroup getGroup() {
        return group;
    }

    public DartEventLoop getLoop() {
        return loop;
    }

    public boolean isMainIsolate() {
        return mainIsolate;
    }

    /**
     * An asynchronous error nobody handled in the root zone (a failed future nobody listens
     * to, a stream error without onError): as the VM's root zone, it is rethrown from a
     * microtask that runs before the others, so it leaves that event uncaught and ends the
     * isolate (the main isolate's program ends with exit code 255).
     */
    public void reportUncaught(org.dartj.runtime.DartException error) {
        // Capture the frames now: rethrown from the microtask, the error would see none.
        com.oracle.truffle.api.TruffleStackTrace.fillIn(error);
        loop.schedulePriorityMicrotask(() -> {
            throw error;
        });
    }

    /** This isolate's root zone. */
    public org.dartj.builtins.async.DartZone rootZone() {
        if (rootZone == null) {
            rootZone = org.dartj.builtins.async.DartZone.createRoot(language.coreClasses().byName("Zone"), this);
        }
        return rootZone;
    }

    /** The top-level variable storage of one library in this isolate. */
    public Object[] globals(int libraryId, int size) {
        Object[][] g = globals;
        if (libraryId < g.length && g[libraryId] != null) {
            return g[libraryId];
        }
        return allocateGlobals(libraryId, size);
    }

    @TruffleBoundary
    private Object[] allocateGlobals(int libraryId, int size) {
        if (libraryId >= globals.length) {
            globals = java.util.Arrays.copyOf(globals, Math.max(libraryId + 1, globals.length * 2));
        }
        if (globals[libraryId] == null) {
            globals[libraryId] = new Object[size];
        }
        return globals[libraryId];
    }

    /**
     * Dart call depth of this isolate's thread. Deep recursion must end in a catchable Dart
     * StackOverflowError, never in a Java one (which can leave the JVM's own class
     * initialization broken), so calls are counted and limited well inside the thread's
     * Java stack (isolate threads and the launcher's main thread get 64 MB).
     */
    private int callDepth;
    public static final int MAX_CALL_DEPTH = Integer.getInteger("dartj.maxCallDepth", 30_000);

    public void enterCall(com.oracle.truffle.api.nodes.Node location) {
        if (++callDepth > MAX_CALL_DEPTH) {
            callDepth--;
            throw org.dartj.builtins.DartErrors.error(language.coreClasses().stackOverflowErrorClass, org.dartj.runtime.DartNull.INSTANCE, "Stack Overflow", location);
        }
    }

    public void exitCall() {
        callDepth--;
    }

    /** The exception with which each Error of this isolate was first caught (its {@code stackTrace}). */
    private final org.dartj.builtins.core.DartWeakKeys errorTraces = new org.dartj.builtins.core.DartWeakKeys();

    public org.dartj.builtins.core.DartWeakKeys errorTraces() {
        return errorTraces;
    }

    /** Canonical {@code const} instances of this isolate, by class and field values. */
    private final java.util.Map<ConstantKey, Object> constants = new java.util.HashMap<>();

    /** A constant's identity: its class (or collection kind) and its parts, compared by value for numbers, bools, strings and types, by identity otherwise. */
    private record ConstantKey(Object dartClass, Object[] fields) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof ConstantKey other) || other.dartClass != dartClass || other.fields.length != fields.length) {
                return false;
            }
            for (int i = 0; i < fields.length; i++) {
                Object a = fields[i];
                Object b = other.fields[i];
                boolean same = a == b || (a != null && b != null && a.getClass() == b.getClass() && byValue(a) && a.equals(b));
                if (!same) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = System.identityHashCode(dartClass);
            for (Object f : fields) {
                h = h * 31 + (f == null ? 0 : byValue(f) ? f.hashCode() : System.identityHashCode(f));
            }
            return h;
        }

        private static boolean byValue(Object f) {
            return f instanceof Long || f instanceof Double || f instanceof Boolean || f instanceof com.oracle.truffle.api.strings.TruffleString
                            || f instanceof org.dartj.types.DartType || f instanceof java.util.List<?>;
        }
    }

    @TruffleBoundary
    public org.dartj.classes.DartInstance canonicalConstant(org.dartj.classes.DartInstance instance) {
        return (org.dartj.classes.DartInstance) constants.computeIfAbsent(new ConstantKey(instance.dartClass(), instance.fieldValues()), k -> instance);
    }

    /**
     * The canonical object for a constant list, map, set or record: the first one made with the
     * same kind, type arguments and contents (its elements are constants, so canonical too).
     */
    @TruffleBoundary
    public Object canonicalConstant(Object value) {
        ConstantKey key;
        if (value instanceof DartList list) {
            key = new ConstantKey(DartList.class, prepend(new Object[]{list.elementType()}, list.toArray()));
        } else if (value instanceof DartSet set) {
            key = new ConstantKey(DartSet.class, prepend(new Object[]{set.elementType()}, set.toArray()));
        } else if (value instanceof DartMap map) {
            List<Object> parts = new ArrayList<>();
            parts.add(map.keyType());
            parts.add(map.valueType());
            for (java.util.Map.Entry<Object, Object> e : map.entries()) {
                parts.add(e.getKey());
                parts.add(e.getValue());
            }
            key = new ConstantKey(DartMap.class, parts.toArray());
        } else if (value instanceof DartRecord record) {
            List<Object> parts = new ArrayList<>();
            parts.add(java.util.Arrays.asList(record.names()));
            for (int i = 0; i < record.positionalCount(); i++) {
                parts.add(record.positional(i));
            }
            for (int i = 0; i < record.names().length; i++) {
                parts.add(record.named(i));
            }
            key = new ConstantKey(DartRecord.class, parts.toArray());
        } else {
            return value;
        }
        return constants.computeIfAbsent(key, k -> value);
    }

    private static Object[] prepend(Object[] head, Object[] tail) {
        Object[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private DartIsolateHandle isolateHandle;
    /** How this isolate's program resolves package: URIs (set for Isolate.spawnUri programs; null: as the main program). */
    private org.dartj.parser.DartPackageResolution packageResolution;

    public org.dartj.parser.DartPackageResolution getPackageResolution() {
        return packageResolution;
    }

    public void setPackageResolution(org.dartj.parser.DartPackageResolution resolution) {
        this.packageResolution = resolution;
    }

    public void setIsolateHandle(DartIsolateHandle handle) {
        this.isolateHandle = handle;
    }

    /** {@code Isolate.current}: this isolate's handle (the main isolate's is made on demand). */
    public DartIsolateHandle currentIsolate() {
        if (isolateHandle == null) {
            isolateHandle = DartIsolateHandle.withCapabilities(language.coreClasses().isolateClass, loop);
        }
        return isolateHandle;
    }

    public void addChild(DartIsolateThread child) {
        synchronized (children) {
            children.add(child);
        }
    }

    /** Stops every isolate this one spawned (they stop theirs): cancel, then join. */
    void shutdownChildren() {
        List<DartIsolateThread> all;
        synchronized (children) {
            all = new ArrayList<>(children);
            children.clear();
        }
        for (DartIsolateThread child : all) {
            child.terminate();
        }
    }
}
