package org.dartj.classes;

import java.util.HashMap;
import java.util.Map;

import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A Dart class: its members by name. Built-in classes get their members from the builtins
 * registry; everything here is program text or core library, so classes live in the language
 * instance and are shared by every isolate. Lookups walk the superclass chain.
 */
public final class DartClass {
    private final String name;
    private final Map<String, DartFunction> methods = new HashMap<>();
    private final Map<String, DartFunction> getters = new HashMap<>();
    private final Map<String, DartFunction> setters = new HashMap<>();
    private final Map<String, DartFunction> staticMembers = new HashMap<>();
    private final Map<String, DartFunction> staticGetters = new HashMap<>();
    private DartClass superclass;
    private final java.util.List<DartClass> interfaces = new java.util.ArrayList<>();
    /** Field name to index in {@link DartInstance#fields}, inherited ones included. */
    private final Map<String, Integer> fieldIndexes = new HashMap<>();
    private final Map<Integer, org.dartj.types.DartTypeTest> ownFieldTypes = new HashMap<>();
    private final java.util.Set<String> finalFields = new java.util.HashSet<>();
    private int fieldCount;
    private boolean isAbstract;
    /** True for classes declared in Dart (their methods override the builtins of Object). */
    private final boolean declaredInDart;

    public DartClass(String name, DartClass superclass) {
        this(name, superclass, false);
    }

    public DartClass(String name, DartClass superclass, boolean declaredInDart) {
        this.name = name;
        this.superclass = superclass;
        this.declaredInDart = declaredInDart;
    }

    private boolean isEnum;

    /** Builtin members not made yet (see DartCoreLibraries); made at the first lookup. */
    private java.util.List<Runnable> pendingMembers;
    private volatile boolean membersReady = true;

    public synchronized void addPendingMember(Runnable install) {
        if (pendingMembers == null) {
            pendingMembers = new java.util.ArrayList<>();
        }
        pendingMembers.add(install);
        membersReady = false;
    }

    /** Makes the pending builtin members of this class (thread-safe: classes are shared by isolates). */
    private void materialize() {
        if (!membersReady) {
            materializeSlow();
        }
    }

    @TruffleBoundary
    private synchronized void materializeSlow() {
        if (pendingMembers != null) {
            java.util.List<Runnable> pending = pendingMembers;
            pendingMembers = null;
            pending.forEach(Runnable::run);
        }
        membersReady = true;
    }

    /** Adds this extension's members to {@code target} where it has no member of that name. */
    public void copyMembersInto(DartClass target) {
        materialize();
        target.materialize();
        methods.forEach((k, v) -> {
            if (target.lookupMethod(k) == null && target.lookupGetterOrField(k) == null) {
                target.methods.put(k, v);
            }
        });
        getters.forEach((k, v) -> {
            if (target.lookupMethod(k) == null && target.lookupGetterOrField(k) == null) {
                target.getters.put(k, v);
            }
        });
        setters.forEach((k, v) -> {
            if (target.lookupSetter(k) == null) {
                target.setters.put(k, v);
            }
        });
    }

    public void setEnum(boolean value) {
        isEnum = value;
    }

    public boolean isEnum() {
        return isEnum;
    }

    public boolean isDeclaredInDart() {
        return declaredInDart;
    }

    /** Sets the superclass of a class declared in Dart (classes are created before linking). */
    public void setSuperclass(DartClass superclass) {
        this.superclass = superclass;
        this.fieldCount = superclass == null ? 0 : superclass.fieldCount;
        if (superclass != null) {
            fieldIndexes.putAll(superclass.fieldIndexes);
            finalFields.addAll(superclass.finalFields);
        }
    }

    public void addInterface(DartClass type) {
        interfaces.add(type);
    }

    /** The classes named by {@code implements} (and the mixins of an application class). */
    public java.util.List<DartClass> interfaces() {
        return java.util.Collections.unmodifiableList(interfaces);
    }

    public void setAbstract(boolean value) {
        isAbstract = value;
    }

    public boolean isAbstract() {
        return isAbstract;
    }

    /** Adds an instance field; returns its index. */
    public int addField(String field, boolean isFinal) {
        int index = fieldCount++;
        fieldIndexes.put(field, index);
        if (isFinal) {
            finalFields.add(field);
        } else {
            finalFields.remove(field);
        }
        return index;
    }

    /**
     * Records the declared type of this class's own instance field {@code index}, which a store
     * from outside the initialization checks ({@code DartSetPropertyNode}).
     */
    public void setFieldType(int index, org.dartj.types.DartTypeTest type) {
        if (type != null) {
            ownFieldTypes.put(index, type);
        }
    }

    /** The class that declares instance field {@code index} with a checked type, or null. */
    @TruffleBoundary
    public DartClass fieldTypeOwner(int index) {
        for (DartClass c = this; c != null; c = c.superclass) {
            if (c.ownFieldTypes.containsKey(index)) {
                return c;
            }
        }
        return null;
    }

    /** The declared type of instance field {@code index} as {@link #fieldTypeOwner} declares it, or null. */
    @TruffleBoundary
    public org.dartj.types.DartTypeTest fieldType(int index) {
        DartClass owner = fieldTypeOwner(index);
        return owner == null ? null : owner.ownFieldTypes.get(index);
    }

    public int fieldCount() {
        return fieldCount;
    }

    /** The name of the instance field at {@code index}, or null. */
    @TruffleBoundary
    public String fieldName(int index) {
        for (Map.Entry<String, Integer> e : fieldIndexes.entrySet()) {
            if (e.getValue() == index) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The URI of the library declaring this class ({@code file:///...}), or null for core classes. */
    private String libraryUri;

    public String libraryUri() {
        return libraryUri;
    }

    public void setLibraryUri(String uri) {
        libraryUri = uri;
    }

    /** The index of the instance field {@code field}, or -1. */
    @TruffleBoundary
    public int fieldIndex(String field) {
        Integer i = fieldIndexes.get(field);
        return i == null ? -1 : i;
    }

    @TruffleBoundary
    public boolean isFinalField(String field) {
        return finalFields.contains(field);
    }

    /** The names of the class's type parameters ({@code class Box<T>}: T). */
    private String[] typeParameters = new String[0];
    /** The type arguments this class gives each direct supertype, in terms of its own parameters. */
    private final Map<DartClass, org.dartj.types.DartType[]> supertypeArguments = new HashMap<>();

    public void setTypeParameters(String... names) {
        this.typeParameters = names;
    }

    public String[] typeParameters() {
        return typeParameters;
    }

    /**
     * For a generic extension: the type it is declared on, in terms of its type parameters
     * ({@code extension E<T> on List<T>}: {@code List<T>}); its members find what the
     * parameters stand for in their receiver's type. Null for classes.
     */
    private org.dartj.types.DartType extensionOnType;

    public void setExtensionOnType(org.dartj.types.DartType onType) {
        this.extensionOnType = onType;
    }

    public org.dartj.types.DartType extensionOnType() {
        return extensionOnType;
    }

    /** The bounds of the type parameters ({@code T extends num}: num); null means all dynamic. */
    private org.dartj.types.DartType[] typeParameterBounds;

    public void setTypeParameterBounds(org.dartj.types.DartType[] bounds) {
        this.typeParameterBounds = bounds;
    }

    /** The type argument used when none is written or inferred (instantiate to bounds). */
    public org.dartj.types.DartType defaultTypeArgument(int index) {
        return typeParameterBounds == null ? org.dartj.types.DartSpecialType.DYNAMIC : typeParameterBounds[index];
    }

    /** Records {@code extends S<args>} / {@code implements S<args>} (args may use this class's parameters). */
    public void setSupertypeArguments(DartClass supertype, org.dartj.types.DartType[] arguments) {
        supertypeArguments.put(supertype, arguments);
    }

    /**
     * The type arguments of {@code target} as a supertype of this class instantiated with
     * {@code arguments} (e.g. {@code Iterable<int>} of {@code List<int>}); null if target is
     * not a supertype.
     */
    @TruffleBoundary
    public org.dartj.types.DartType[] argumentsAs(DartClass target, org.dartj.types.DartType[] arguments) {
        if (this == target) {
            return arguments;
        }
        if (superclass != null) {
            org.dartj.types.DartType[] found = superclass.argumentsAs(target, superArguments(superclass, arguments));
            if (found != null) {
                return found;
            }
        }
        for (DartClass i : interfaces) {
            org.dartj.types.DartType[] found = i.argumentsAs(target, superArguments(i, arguments));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** As {@link #argumentsAs} for the supertype of the given name. */
    @TruffleBoundary
    public org.dartj.types.DartType[] argumentsAsNamed(String target, org.dartj.types.DartType[] arguments) {
        for (DartClass c = this; c != null; c = c.superclass) {
            if (c.name.equals(target)) {
                return argumentsAs(c, arguments);
            }
            for (DartClass i : c.interfaces) {
                if (i.name.equals(target)) {
                    return argumentsAs(i, arguments);
                }
            }
        }
        return null;
    }

    private org.dartj.types.DartType[] superArguments(DartClass supertype, org.dartj.types.DartType[] arguments) {
        org.dartj.types.DartType[] declared = supertypeArguments.get(supertype);
        if (arguments.length == 0 && typeParameters.length > 0) {
            // A core object whose type arguments are not known: its supertypes' are not either.
            return arguments;
        }
        if (declared == null) {
            org.dartj.types.DartType[] dynamics = new org.dartj.types.DartType[supertype.typeParameters.length];
            java.util.Arrays.fill(dynamics, org.dartj.types.DartSpecialType.DYNAMIC);
            return dynamics;
        }
        org.dartj.types.DartType[] result = new org.dartj.types.DartType[declared.length];
        for (int i = 0; i < declared.length; i++) {
            result[i] = declared[i].substitute(arguments);
        }
        return result;
    }

    /** {@code this is other}: the superclass chain and the implemented interfaces. */
    @TruffleBoundary
    public boolean isSubtypeOf(DartClass other) {
        if (other == null) {
            return false;
        }
        for (DartClass c = this; c != null; c = c.superclass) {
            if (c == other) {
                return true;
            }
            for (DartClass i : c.interfaces) {
                if (i.isSubtypeOf(other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A method declared in Dart (not a builtin), found along the superclass chain. */
    @TruffleBoundary
    public DartFunction userMethod(String member) {
        for (DartClass c = this; c != null && c.declaredInDart; c = c.superclass) {
            DartFunction f = c.methods.get(member);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** A getter declared in Dart, found along the superclass chain. */
    @TruffleBoundary
    public DartFunction userGetter(String member) {
        for (DartClass c = this; c != null && c.declaredInDart; c = c.superclass) {
            DartFunction f = c.getters.get(member);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /**
     * What {@code receiver.member} reads: a getter (or method, for tear-offs) or a field,
     * whichever the most specific class declares. Returns a DartFunction getter, an Integer
     * field index, or null (then look for a method).
     */
    @TruffleBoundary
    public Object lookupGetterOrField(String member) {
        for (DartClass c = this; c != null; c = c.superclass) {
            c.materialize();
            DartFunction f = c.getters.get(member);
            if (f != null) {
                return f;
            }
            if (c.declaredFields != null && c.declaredFields.contains(member)) {
                return fieldIndexes.get(member);
            }
        }
        return null;
    }

    /** As {@link #lookupGetterOrField} for assignment: a setter, a non-final field index, or null. */
    @TruffleBoundary
    public Object lookupSetterOrField(String member) {
        for (DartClass c = this; c != null; c = c.superclass) {
            c.materialize();
            DartFunction f = c.setters.get(member);
            if (f != null) {
                return f;
            }
            if (c.declaredFields != null && c.declaredFields.contains(member)) {
                return finalFields.contains(member) ? null : fieldIndexes.get(member);
            }
        }
        return null;
    }

    private java.util.Set<String> declaredFields;

    /** Records that this class itself declares the field (for getter/field precedence). */
    public void declareField(String field) {
        if (declaredFields == null) {
            declaredFields = new java.util.HashSet<>();
        }
        declaredFields.add(field);
    }

    public String getName() {
        return name;
    }

    public DartClass getSuperclass() {
        return superclass;
    }

    public boolean isSubclassOf(DartClass other) {
        return isSubtypeOf(other);
    }

    public void addMethod(String member, DartFunction f) {
        methods.put(member, f);
    }

    public void addGetter(String member, DartFunction f) {
        getters.put(member, f);
    }

    public void addSetter(String member, DartFunction f) {
        setters.put(member, f);
    }

    /** Static methods, named constructors ({@code ""} is the unnamed one). */
    public void addStatic(String member, DartFunction f) {
        staticMembers.put(member, f);
    }

    public void addStaticGetter(String member, DartFunction f) {
        staticGetters.put(member, f);
    }

    @TruffleBoundary
    public DartFunction lookupMethod(String member) {
        for (DartClass c = this; c != null; c = c.superclass) {
            c.materialize();
            DartFunction f = c.methods.get(member);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    @TruffleBoundary
    public DartFunction lookupGetter(String member) {
        for (DartClass c = this; c != null; c = c.superclass) {
            c.materialize();
            DartFunction f = c.getters.get(member);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    @TruffleBoundary
    public DartFunction lookupSetter(String member) {
        for (DartClass c = this; c != null; c = c.superclass) {
            c.materialize();
            DartFunction f = c.setters.get(member);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    @TruffleBoundary
    public DartFunction lookupStatic(String member) {
        materialize();
        return staticMembers.get(member);
    }

    @TruffleBoundary
    public DartFunction lookupStaticGetter(String member) {
        materialize();
        return staticGetters.get(member);
    }

    private final Map<String, Object> staticFields = new HashMap<>();

    /** A static field: its storage (an interpreter object, a top-level variable slot). */
    public void addStaticField(String member, Object storage) {
        staticFields.put(member, storage);
    }

    @TruffleBoundary
    public Object lookupStaticField(String member) {
        return staticFields.get(member);
    }

    private final Map<String, DartFunction> staticSetters = new HashMap<>();

    public void addStaticSetter(String member, DartFunction f) {
        staticSetters.put(member, f);
    }

    @TruffleBoundary
    public DartFunction lookupStaticSetter(String member) {
        materialize();
        return staticSetters.get(member);
    }

    /** Declared (not inherited) instance members, to resolve implicit {@code this.member}. */
    @TruffleBoundary
    public boolean hasInstanceMember(String member) {
        for (DartClass c = this; c != null; c = c.superclass) {
            c.materialize();
            if (c.methods.containsKey(member) || c.getters.containsKey(member) || c.setters.containsKey(member) ||
                            (c.declaredFields != null && c.declaredFields.contains(member))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return name;
    }
}
