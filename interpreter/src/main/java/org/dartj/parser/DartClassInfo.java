package org.dartj.parser;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

import org.antlr.v4.runtime.ParserRuleContext;
import org.dartj.classes.DartClass;
import org.dartj.nodes.call.DartFunctionHolder;
import org.dartj.nodes.global.DartGlobalVariable;

/** What the translator knows about a class declared in the library being translated. */
final class DartClassInfo {
    final DartClass dartClass;
    final ParserRuleContext declaration;
    final boolean isEnum;
    DartClassInfo superInfo;
    /** Instance member names declared here (fields, methods, getters, setters). */
    final Set<String> instanceMembers = new HashSet<>();
    final Set<String> instanceFields = new HashSet<>();
    /** Static members: a DartFunctionHolder (method, getter) or DartGlobalVariable (field). */
    final Map<String, Object> statics = new HashMap<>();
    final Map<String, DartFunctionHolder> staticSetters = new HashMap<>();
    /** Constructors by name ("" for the unnamed one): the allocating entry points. */
    final Map<String, DartFunctionHolder> constructors = new LinkedHashMap<>();
    /** Generative constructors' initialization targets ([instance, args...]). */
    final Map<String, DartFunctionHolder> initializers = new HashMap<>();
    final Set<String> constConstructors = new HashSet<>();
    final Set<String> factories = new HashSet<>();
    /** Constructor declarations by name, for inferring a generic class's type arguments from arguments. */
    final Map<String, DartParser.ConstructorDeclarationContext> constructorDeclarations = new HashMap<>();
    DartFunctionHolder fieldInitializer;
    /** The class modifiers written ({@code abstract}, {@code sealed}, {@code base}, {@code interface}, {@code final}, {@code mixin}). */
    final Set<String> modifiers = new HashSet<>();
    /** A subtype of a base or final class (its own subtypes must be base, final or sealed too). */
    boolean inheritsBase;
    /** A mixin declaration (only its applications get members). */
    boolean isMixin;
    /** A synthetic class "S with M": the mixin's members on top of the superclass. */
    boolean isMixinApplication;
    /** The mixin an application applies (its static members are the mixin's own). */
    DartClassInfo mixinInfo;
    /** An extension: members are added to {@link #extendedClass}. */
    boolean isExtension;
    DartClass extendedClass;
    /** The translator of the library that declares this class. */
    DartClassTranslator owner;
    boolean linked;
    List<String> enumValues;
    DartGlobalVariable enumValuesList;

    DartClassInfo(DartClass dartClass, ParserRuleContext declaration, boolean isEnum) {
        this.dartClass = dartClass;
        this.declaration = declaration;
        this.isEnum = isEnum;
    }

    String name() {
        return dartClass.getName();
    }

    /** An instance member declared here or in a superclass declared in Dart or the core. */
    boolean hasInstanceMember(String member) {
        for (DartClassInfo c = this; c != null; c = c.superInfo) {
            if (c.instanceMembers.contains(member)) {
                return true;
            }
        }
        DartClass top = topCoreSuperclass();
        if (top != null && top.hasInstanceMember(member)) {
            return true;
        }
        if (isMixin) {
            // mixin M on Enum: the members of its superclass constraints.
            for (DartClass constraint : dartClass.interfaces()) {
                if (constraint.hasInstanceMember(member)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first superclass not declared in this library (a core class), or null. */
    DartClass topCoreSuperclass() {
        DartClassInfo c = this;
        while (c.superInfo != null) {
            c = c.superInfo;
        }
        return c.dartClass.getSuperclass();
    }

    /** A static member of this class (statics are not inherited in Dart). */
    Object staticMember(String member) {
        if (mixinInfo != null) {
            return mixinInfo.staticMember(member);
        }
        return statics.get(member);
    }
}
