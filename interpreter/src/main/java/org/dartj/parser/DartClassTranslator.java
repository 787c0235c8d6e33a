package org.dartj.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.antlr.v4.runtime.ParserRuleContext;
import org.dartj.DartLanguage;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartFunctionRootNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.call.DartArgumentsNode;
import org.dartj.nodes.call.DartFunctionHolder;
import org.dartj.nodes.call.DartStaticCallNode;
import org.dartj.nodes.controlflow.DartBlockNode;
import org.dartj.nodes.controlflow.DartExpressionStatementNode;
import org.dartj.nodes.global.DartGlobalVariable;
import org.dartj.nodes.literal.DartConstantNode;
import org.dartj.nodes.literal.DartListLiteralNode;
import org.dartj.nodes.literal.DartLongLiteralNode;
import org.dartj.nodes.local.DartInitEnvironmentNode;
import org.dartj.nodes.local.DartReadReceiverNode;
import org.dartj.nodes.object.DartConstInstanceNode;
import org.dartj.nodes.object.DartNewInstanceRootNode;
import org.dartj.nodes.object.DartHolderCallNode;
import org.dartj.nodes.object.DartLateFieldGetterRootNode;
import org.dartj.nodes.object.DartLateFinalFieldSetterRootNode;
import org.dartj.nodes.object.DartSuperCallNode;
import org.dartj.nodes.object.DartWriteFieldNode;
import org.dartj.parser.DartParser.*;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Classes and enums of a library: declares them (so that every name is known before any
 * body is translated), links superclasses and interfaces, lays out fields, and translates
 * members, constructors and enum values with the {@link DartTranslator}.
 *
 * <p>A generative constructor becomes two call targets: the initialization
 * ({@code [instance, args...]}: field initializers, initializing formals, initializer list,
 * superclass constructor, body), shared by subclasses' {@code super(...)} calls; and the
 * allocating entry point ({@link DartNewInstanceRootNode}) that {@code C(...)} calls.
 */
final class DartClassTranslator {
    private final DartTranslator t;

    /** The translator of the library whose classes these are. */
    DartTranslator translator() {
        return t;
    }
    private final DartLanguage language;
    private final DartCoreClasses core;

    DartClassTranslator(DartTranslator translator, DartLanguage language) {
        this.t = translator;
        this.language = language;
        this.core = language.coreClasses();
    }

    // ------------------------------------------------------------------ declaring

    /** Creates the class objects and records every member name; counts static storage. */
    int declare(List<TopLevelDeclarationContext> declarations) {
        int staticSlots = 0;
        for (TopLevelDeclarationContext d : declarations) {
            if (d instanceof TopLevelClassContext c) {
                ClassDeclarationContext cd = c.classDeclaration();
                DartClassInfo info = newClass(cd.identifier(), cd, false);
                for (ClassModifierContext m : cd.classModifier()) {
                    info.modifiers.add(m.getText());
                    if (m.ABSTRACT() != null || m.SEALED() != null) {
                        // A sealed class is implicitly abstract.
                        info.dartClass.setAbstract(true);
                    }
                }
                staticSlots += declareMembers(info, cd.classMember());
            } else if (d instanceof TopLevelMixinContext mx) {
                MixinDeclarationContext md = mx.mixinDeclaration();
                DartClassInfo info = newClass(md.identifier(), md, false);
                info.isMixin = true;
                info.dartClass.setAbstract(true);
                staticSlots += declareMembers(info, md.classMember());
            } else if (d instanceof TopLevelExtensionTypeContext et) {
                // An extension type is erased: its members are extension members of the
                // representation type, its name a type alias of it (DartTranslator.declare).
                ExtensionTypeDeclarationContext xd = et.extensionTypeDeclaration();
                String name = xd.identifier().getText();
                DartClassInfo info = new DartClassInfo(new DartClass(name, null, true), xd, false);
                info.owner = this;
                info.isExtension = true;
                t.userClasses.put(name, info);
                // The representation constructor is the function DartTranslator.declare made.
                RepresentationDeclarationContext rd = xd.representationDeclaration();
                DartFunctionHolder named = t.functionHolder(name);
                if (rd.DOT() == null) {
                    info.constructors.put("", named);
                } else {
                    // A named representation constructor gets a holder of its own; the type's
                    // name stays the unnamed constructor's (declared in the body, if at all).
                    String primary = rd.identifier(0).getText();
                    DartFunctionHolder own = new DartFunctionHolder(name + "." + primary, 1, 1);
                    own.set(named.get());
                    info.constructors.put(primary, own);
                }
                t.registerExtensionType(named, info);
                t.registerClassInfo(info);
                for (ClassMemberContext m : xd.classMember()) {
                    if (m instanceof FieldMemberContext f && f.fieldDeclaration().STATIC() == null) {
                        throw t.errorAt(f, "Extension types can't declare instance fields.");
                    }
                    if (m instanceof ConstructorMemberContext c && isConstructor(info, c.constructorDeclaration())) {
                        ConstructorDeclarationContext cd = c.constructorDeclaration();
                        String ctorName = constructorName(cd);
                        if (info.constructors.containsKey(ctorName)) {
                            throw t.errorAt(cd, "The constructor with name '" + ctorName + "' is already defined.");
                        }
                        info.constructors.put(ctorName, ctorName.isEmpty() ? named
                                        : new DartFunctionHolder(name + (ctorName.isEmpty() ? "" : "." + ctorName), 0, Integer.MAX_VALUE));
                        if (cd.FACTORY() != null) {
                            info.factories.add(ctorName);
                        }
                    }
                }
                String representation = representationName(xd);
                info.instanceMembers.add(representation);
                staticSlots += declareMembers(info, xd.classMember());
            } else if (d instanceof TopLevelExtensionContext ex) {
                ExtensionDeclarationContext xd = ex.extensionDeclaration();
                String name = xd.identifier() != null ? xd.identifier().getText() : "<extension@" + xd.getStart().getLine() + ">";
                DartClass cls = new DartClass(name, null, true);
                DartClassInfo info = new DartClassInfo(cls, xd, false);
                info.owner = this;
                info.isExtension = true;
                if (xd.typeParameters() != null) {
                    cls.setTypeParameters(xd.typeParameters().typeParameter().stream().map(p -> p.identifier().getText()).toArray(String[]::new));
                }
                if (xd.identifier() != null) {
                    t.checkUniqueName(xd.identifier(), name);
                }
                t.userClasses.put(name, info);
                for (ClassMemberContext m : xd.classMember()) {
                    if (m instanceof FieldMemberContext f && f.fieldDeclaration().STATIC() == null) {
                        throw t.errorAt(f, "Extensions can't declare instance fields.");
                    }
                }
                staticSlots += declareMembers(info, xd.classMember());
            } else if (d instanceof TopLevelEnumContext e) {
                EnumDeclarationContext ed = e.enumDeclaration();
                DartClassInfo info = newClass(ed.identifier(), ed, true);
                info.enumValues = new ArrayList<>();
                for (EnumEntryContext entry : ed.enumEntry()) {
                    String name = entry.identifier(0).getText();
                    if (info.enumValues.contains(name)) {
                        throw t.errorAt(entry.identifier(0), "'" + name + "' is already declared in this scope.");
                    }
                    info.enumValues.add(name);
                }
                info.instanceMembers.add("index");
                info.instanceMembers.add("name");
                staticSlots += info.enumValues.size() + 1 + declareMembers(info, ed.classMember());
            }
        }
        return staticSlots;
    }

    private DartClassInfo newClass(IdentifierContext id, ParserRuleContext declaration, boolean isEnum) {
        String name = id.getText();
        t.checkUniqueName(id, name);
        DartClass cls = new DartClass(name, null, true);
        cls.setLibraryUri(t.libraryUri());
        if (isEnum) {
            cls.setEnum(true);
        }
        TypeParametersContext params = DartTypeTranslator.declaredTypeParameters(declaration);
        if (params != null) {
            cls.setTypeParameters(params.typeParameter().stream().map(p -> p.identifier().getText()).toArray(String[]::new));
        }
        DartClassInfo info = new DartClassInfo(cls, declaration, isEnum);
        info.owner = this;
        t.userClasses.put(name, info);
        t.registerClassInfo(info);
        return info;
    }

    private int declareMembers(DartClassInfo info, List<ClassMemberContext> members) {
        int staticSlots = 0;
        for (ClassMemberContext m : members) {
            if (m instanceof FieldMemberContext f) {
                FieldDeclarationContext fd = f.fieldDeclaration();
                for (InitializedIdentifierContext i : fd.initializedIdentifierList().initializedIdentifier()) {
                    String name = i.identifier().getText();
                    if (fd.STATIC() != null) {
                        staticSlots++;
                        info.statics.put(name, Boolean.TRUE); // placeholder until linked
                    } else {
                        info.instanceMembers.add(name);
                        info.instanceFields.add(name);
                    }
                }
            } else if (m instanceof MethodMemberContext mm) {
                String name = memberName(mm.methodSignature());
                if (mm.STATIC() != null) {
                    info.statics.putIfAbsent(name, Boolean.TRUE);
                } else {
                    info.instanceMembers.add(name);
                }
            } else if (m instanceof ConstructorMemberContext c) {
                ConstructorDeclarationContext cd = c.constructorDeclaration();
                String name = cd.identifier(0).getText();
                if (cd.identifier().size() == 1 && !name.equals(info.name()) && isPlainMethod(cd)) {
                    info.instanceMembers.add(name);
                }
            }
        }
        return staticSlots;
    }

    /**
     * The name of a constructor ("" for the unnamed one). A redirecting factory's target
     * ({@code = D.other}) is not part of it.
     */
    static String constructorName(ConstructorDeclarationContext cd) {
        if (cd.identifier().size() < 2) {
            return "";
        }
        IdentifierContext second = cd.identifier(1);
        return cd.EQ() != null && second.getStart().getTokenIndex() > cd.EQ().getSymbol().getTokenIndex() ? "" : second.getText();
    }

    private static boolean isConstructor(DartClassInfo info, ConstructorDeclarationContext cd) {
        return !constructorName(cd).isEmpty() || cd.identifier(0).getText().equals(info.name()) || !isPlainMethod(cd);
    }

    /** A constructor-shaped member whose name is not the class name: a method without return type. */
    private static boolean isPlainMethod(ConstructorDeclarationContext cd) {
        return cd.CONST() == null && cd.FACTORY() == null && cd.initializerEntry().isEmpty() && cd.EQ() == null;
    }

    static String memberName(MethodSignatureContext sig) {
        if (sig instanceof GetterSignatureContext g) {
            return g.identifier().getText();
        } else if (sig instanceof SetterSignatureContext s) {
            return s.identifier().getText();
        } else if (sig instanceof OperatorSignatureContext o) {
            String op = o.operatorName().getText();
            return op.equals("-") && o.formalParameterList().normalFormalParameter().isEmpty() ? "unary-" : op;
        }
        return ((PlainMethodSignatureContext) sig).identifier().getText();
    }

    // ------------------------------------------------------------------ linking

    /** This library's classes (and mixin applications), superclass first. */
    private final List<DartClassInfo> ordered = new ArrayList<>();

    /** Superclasses and interfaces, across libraries; returns this library's classes superclass-first. */
    List<DartClassInfo> link(Map<String, DartClassInfo> classes) {
        Set<DartClassInfo> visiting = new HashSet<>();
        for (DartClassInfo info : classes.values()) {
            linkOne(info, visiting);
        }
        return ordered;
    }

    /** Links a class of any library (its declaring library's translator does the work). */
    private void linkAny(DartClassInfo info, Set<DartClassInfo> visiting) {
        info.owner.linkOne(info, visiting);
    }

    private void linkOne(DartClassInfo info, Set<DartClassInfo> visiting) {
        if (info.linked) {
            return;
        }
        if (!visiting.add(info)) {
            throw t.errorAt(info.declaration, "'" + info.name() + "' can't be a superclass of itself.");
        }
        DartClass superclass = core.objectClass;
        List<TypeContext> interfaces = new ArrayList<>();
        if (info.declaration instanceof ClassDeclarationContext cd) {
            if (cd.superclass() != null) {
                String superName = baseName(cd.superclass().typeNotFunction().getText());
                DartClassInfo superInfo = t.classInfo(superName);
                if (superInfo != null) {
                    linkAny(superInfo, visiting);
                    checkSubtypeAllowed(info, superInfo, true, cd.superclass().typeNotFunction());
                    info.superInfo = superInfo;
                    superclass = superInfo.dartClass;
                } else {
                    superclass = core.byName(superName);
                    if (superclass == null) {
                        throw t.errorAt(cd.superclass(), "Type '" + superName + "' not found.");
                    }
                }
            }
            if (cd.interfaces() != null) {
                interfaces.addAll(cd.interfaces().typeList().type());
            }
            if (cd.mixins() != null) {
                org.dartj.types.DartType writtenSuper = cd.superclass() != null ? t.dartType(cd.superclass().typeNotFunction()) : null;
                superclass = applyMixins(info, superclass, cd.mixins().typeList().type(), writtenSuper, visiting);
            }
        } else if (info.declaration instanceof MixinDeclarationContext md) {
            if (md.interfaces() != null) {
                interfaces.addAll(md.interfaces().typeList().type());
            }
            if (md.typeList() != null) {
                interfaces.addAll(md.typeList().type());
            }
        } else if (info.isExtension) {
            TypeContext onType = info.declaration instanceof ExtensionTypeDeclarationContext et ? et.representationDeclaration().type()
                            : ((ExtensionDeclarationContext) info.declaration).type();
            // A record or function type: members attach to Record or Function.
            String onName = onType.functionType() != null ? "Function"
                            : onType.typeNotFunction().recordType() != null ? "Record" : baseName(onType.getText().replace("?", ""));
            TypeParametersContext own = DartTypeTranslator.declaredTypeParameters(info.declaration);
            if (own != null) {
                // extension E<T> on T, extension type E<T>(T value): on T's bound (any object when unbounded).
                for (TypeParameterContext p : own.typeParameter()) {
                    if (p.identifier().getText().equals(onName)) {
                        onName = p.type() == null ? "Object" : baseName(p.type().getText().replace("?", ""));
                    }
                }
            }
            DartClassInfo onInfo = t.classInfo(onName);
            if (onInfo != null) {
                linkAny(onInfo, visiting);
                info.superInfo = onInfo;
                info.extendedClass = onInfo.dartClass;
            } else {
                DartClass on = onName.equals("dynamic") || onName.equals("Object") ? core.objectClass : core.byName(onName);
                if (on == null) {
                    throw t.errorAt(onType, "Type '" + onName + "' not found.");
                }
                info.extendedClass = on;
            }
            superclass = info.extendedClass;
            if (info.declaration instanceof ExtensionDeclarationContext xd && xd.typeParameters() != null) {
                info.dartClass.setExtensionOnType(t.dartType(onType));
            }
        } else {
            superclass = core.enumClass;
            EnumDeclarationContext ed = (EnumDeclarationContext) info.declaration;
            if (ed.mixins() != null) {
                // enum E with M: Enum -> "Enum with M" -> E.
                superclass = applyMixins(info, superclass, ed.mixins().typeList().type(), null, visiting);
            }
            if (ed.interfaces() != null) {
                interfaces.addAll(ed.interfaces().typeList().type());
            }
        }
        info.dartClass.setSuperclass(superclass);
        TypeParametersContext typeParams = DartTypeTranslator.declaredTypeParameters(info.declaration);
        if (typeParams != null && !(info.declaration instanceof ExtensionTypeDeclarationContext) && typeParams.typeParameter().stream().anyMatch(p -> p.type() != null)) {
            org.dartj.types.DartType[] bounds = new org.dartj.types.DartType[typeParams.typeParameter().size()];
            for (int i = 0; i < bounds.length; i++) {
                TypeContext bound = typeParams.typeParameter(i).type();
                org.dartj.types.DartType b = bound == null ? org.dartj.types.DartSpecialType.DYNAMIC : t.dartType(bound);
                bounds[i] = b.hasTypeParameters() ? b.substitute(null) : b;
            }
            info.dartClass.setTypeParameterBounds(bounds);
        }
        if (info.declaration instanceof ClassDeclarationContext cd && cd.superclass() != null && cd.mixins() == null) {
            recordSupertypeArguments(info.dartClass, superclass, t.dartType(cd.superclass().typeNotFunction()));
        }
        for (TypeContext i : interfaces) {
            String name = baseName(i.getText());
            DartClassInfo other = t.classInfo(name);
            if (other != null) {
                linkAny(other, visiting);
                checkSubtypeAllowed(info, other, false, i);
            }
            DartClass type = other != null ? other.dartClass : core.byName(name);
            if (type == null) {
                throw t.errorAt(i, "Type '" + name + "' not found.");
            }
            info.dartClass.addInterface(type);
            recordSupertypeArguments(info.dartClass, type, t.dartType(i));
        }
        if (info.isEnum) {
            info.dartClass.declareField("index");
            info.dartClass.addField("index", true);
            info.dartClass.declareField("name");
            info.dartClass.addField("name", true);
        }
        if (!info.isExtension) {
            layoutFields(info);
        }
        visiting.remove(info);
        info.linked = true;
        ordered.add(info);
    }

    /**
     * {@code S with M1, M2}: the application classes between the superclass and the class
     * ({@code S -> "S with M1" -> "S with M1, M2" -> C}); returns the class's new superclass.
     * {@code writtenSuper}: the written superclass type (null when none is written).
     */
    private DartClass applyMixins(DartClassInfo info, DartClass superclass, List<TypeContext> mixins, org.dartj.types.DartType writtenSuper, Set<DartClassInfo> visiting) {
        // class C extends S with M1, M2: S -> "S with M1" -> "S with M1, M2" -> C.
        DartClassInfo below = info.superInfo;
        DartClass belowClass = superclass;
        // Each application class takes C's type parameters, so that C's type arguments
        // reach the superclass and the mixins (class C<E> extends S<E> with M<E>).
        String[] params = info.dartClass.typeParameters();
        org.dartj.types.DartType[] identity = new org.dartj.types.DartType[params.length];
        for (int i = 0; i < params.length; i++) {
            identity[i] = new org.dartj.types.DartTypeParameterType(params[i], i, false);
        }
        for (TypeContext m : mixins) {
            String mixinName = baseName(m.getText());
            DartClassInfo mixin = t.classInfo(mixinName);
            if (mixin == null || mixin.isExtension || mixin.isEnum) {
                throw t.errorAt(m, "'" + mixinName + "' can't be used as a mixin.");
            }
            linkAny(mixin, visiting);
            DartClass appClass = new DartClass(belowClass.getName() + " with " + mixinName, null, true);
            DartClassInfo app = new DartClassInfo(appClass, mixin.declaration, false);
            app.isMixinApplication = true;
            app.mixinInfo = mixin;
            // the mixin's members are translated where the mixin is declared, so its
            // names (private ones too) resolve in the mixin's library
            app.owner = mixin.owner;
            app.linked = true;
            app.superInfo = below;
            appClass.setSuperclass(belowClass);
            appClass.addInterface(mixin.dartClass);
            appClass.setTypeParameters(params);
            if (below == info.superInfo && writtenSuper != null) {
                recordSupertypeArguments(appClass, belowClass, writtenSuper);
            } else if (below != info.superInfo) {
                appClass.setSupertypeArguments(belowClass, identity);
            }
            recordSupertypeArguments(appClass, mixin.dartClass, t.dartType(m));
            declareMembers(app, members(mixin));
            layoutFields(app);
            mixin.owner.ordered.add(app);
            below = app;
            belowClass = appClass;
        }
        info.superInfo = below;
        if (params.length > 0) {
            info.dartClass.setSupertypeArguments(belowClass, identity);
        }
        return belowClass;
    }

    /**
     * The class modifiers' rules across libraries (Dart 3): outside its library a final or
     * interface class cannot be extended, a final or base class cannot be implemented and a
     * sealed class cannot be subtyped; a subtype of a base or final class is itself base, final
     * or sealed.
     */
    private void checkSubtypeAllowed(DartClassInfo sub, DartClassInfo sup, boolean extending, ParserRuleContext at) {
        boolean otherLibrary = sup.owner != sub.owner;
        String name = sup.name();
        if (otherLibrary) {
            if (sup.modifiers.contains("sealed")) {
                throw t.errorAt(at, "The class '" + name + "' can't be extended, implemented, or mixed in outside of its library because it's a sealed class.");
            }
            if (extending && sup.modifiers.contains("final")) {
                throw t.errorAt(at, "The class '" + name + "' can't be extended outside of its library because it's a final class.");
            }
            if (extending && sup.modifiers.contains("interface")) {
                throw t.errorAt(at, "The class '" + name + "' can't be extended outside of its library because it's an interface class.");
            }
            if (!extending && (sup.modifiers.contains("final") || sup.modifiers.contains("base"))) {
                throw t.errorAt(at, "The class '" + name + "' can't be implemented outside of its library because it's a " + (sup.modifiers.contains("final") ? "final" : "base") +
                                " class.");
            }
        }
        boolean restricted = sup.modifiers.contains("base") || sup.modifiers.contains("final") || sup.inheritsBase;
        if (restricted && sub.declaration instanceof ClassDeclarationContext cd) {
            if (!sub.modifiers.contains("base") && !sub.modifiers.contains("final") && !sub.modifiers.contains("sealed")) {
                String kind = sup.modifiers.contains("final") ? "final" : "base";
                throw t.errorAt(cd.identifier(), "The type '" + sub.name() + "' must be 'base', 'final' or 'sealed' because the supertype '" + name + "' is '" + kind + "'.");
            }
            sub.inheritsBase = true;
        }
    }

    /** {@code extends S<args>} / {@code implements S<args>}: what S's type parameters are for this class. */
    private static void recordSupertypeArguments(DartClass cls, DartClass supertype, org.dartj.types.DartType written) {
        if (written instanceof org.dartj.types.DartInterfaceType it && it.dartClass() == supertype && it.arguments().length > 0) {
            cls.setSupertypeArguments(supertype, it.arguments());
        }
    }

    private void layoutFields(DartClassInfo info) {
        DartClass superclass = info.dartClass.getSuperclass();
        if (info.superInfo == null && superclass != null && !superclass.isDeclaredInDart() && superclass != core.objectClass && superclass != core.enumClass
                        && !info.isMixin && !info.isEnum) {
            // A class extending a core class keeps the core object its constructor makes.
            info.dartClass.addField(org.dartj.classes.DartInstance.CORE_PART, true);
        }
        for (ClassMemberContext m : members(info)) {
            if (m instanceof FieldMemberContext f && f.fieldDeclaration().STATIC() == null) {
                FieldDeclarationContext fd = f.fieldDeclaration();
                boolean isFinal = (fd.FINAL() != null || fd.CONST() != null) && fd.LATE() == null;
                for (InitializedIdentifierContext i : fd.initializedIdentifierList().initializedIdentifier()) {
                    info.dartClass.declareField(i.identifier().getText());
                    info.dartClass.addField(i.identifier().getText(), isFinal);
                }
            }
        }
    }

    private static String baseName(String typeText) {
        int lt = typeText.indexOf('<');
        String base = lt >= 0 ? typeText.substring(0, lt) : typeText;
        return base.endsWith("?") ? base.substring(0, base.length() - 1) : base;
    }

    /** {@code extension type E(int value)}: value. */
    private static String representationName(ExtensionTypeDeclarationContext xd) {
        List<IdentifierContext> ids = xd.representationDeclaration().identifier();
        return ids.get(ids.size() - 1).getText();
    }

    static List<ClassMemberContext> members(DartClassInfo info) {
        if (info.declaration instanceof ClassDeclarationContext cd) {
            return cd.classMember();
        } else if (info.declaration instanceof MixinDeclarationContext md) {
            return md.classMember();
        } else if (info.declaration instanceof ExtensionDeclarationContext xd) {
            return xd.classMember();
        } else if (info.declaration instanceof ExtensionTypeDeclarationContext et) {
            return et.classMember();
        }
        return ((EnumDeclarationContext) info.declaration).classMember();
    }

    // ------------------------------------------------------------------ statics (before bodies)

    /** Static fields, enum values, static methods/getters, constructors: storage and holders. */
    int declareStatics(DartClassInfo info, int libraryId, int librarySize, int nextSlot) {
        int slot = nextSlot;
        DartClass cls = info.dartClass;
        info.statics.clear();
        if (info.isEnum) {
            for (String value : info.enumValues) {
                DartGlobalVariable g = new DartGlobalVariable(value, libraryId, librarySize, slot++, true);
                g.shared = true;
                info.statics.put(value, g);
                cls.addStaticField(value, g);
            }
            info.enumValuesList = new DartGlobalVariable("values", libraryId, librarySize, slot++, true);
            info.enumValuesList.shared = true;
            info.statics.put("values", info.enumValuesList);
        }
        for (ClassMemberContext m : members(info)) {
            if (info.isMixinApplication && isStaticMember(m)) {
                continue; // the mixin's own (DartClassInfo.staticMember)
            }
            if (m instanceof FieldMemberContext f && f.fieldDeclaration().STATIC() != null) {
                FieldDeclarationContext fd = f.fieldDeclaration();
                boolean isFinal = fd.FINAL() != null || fd.CONST() != null;
                for (InitializedIdentifierContext i : fd.initializedIdentifierList().initializedIdentifier()) {
                    String name = i.identifier().getText();
                    DartGlobalVariable g = new DartGlobalVariable(info.name() + "." + name, libraryId, librarySize, slot++, isFinal);
                    g.markLate(fd.LATE() != null, i.expression() != null);
                    if (fd.type() != null && !isFinal) {
                        // Assignments to a typed static field are checked as a top-level variable's.
                        t.globalTypes.put(g, fd.type());
                    }
                    info.statics.put(name, g);
                    cls.addStaticField(name, g);
                }
            } else if (m instanceof MethodMemberContext mm && mm.STATIC() != null) {
                MethodSignatureContext sig = mm.methodSignature();
                String name = memberName(sig);
                DartFunctionHolder holder = new DartFunctionHolder(info.name() + "." + name, 0, Integer.MAX_VALUE);
                Object existing = info.statics.get(name);
                if (sig instanceof SetterSignatureContext) {
                    DartStaticMember getter = existing instanceof DartStaticMember sm ? sm : null;
                    info.staticSetters.put(name, holder);
                    info.statics.put(name, new DartStaticMember(getter == null ? null : getter.holder(), true, holder));
                } else {
                    DartFunctionHolder setter = info.staticSetters.get(name);
                    info.statics.put(name, new DartStaticMember(holder, sig instanceof GetterSignatureContext, setter));
                }
            } else if (m instanceof ConstructorMemberContext c && !info.isMixin && !info.isMixinApplication && !info.isExtension) {
                ConstructorDeclarationContext cd = c.constructorDeclaration();
                boolean isConstructor = isConstructor(info, cd);
                if (!isConstructor) {
                    continue;
                }
                if (!cd.identifier(0).getText().equals(info.name())) {
                    throw t.errorAt(cd.identifier(0), "The name of a constructor must match the name of the enclosing class.");
                }
                String ctorName = constructorName(cd);
                if (info.constructors.containsKey(ctorName)) {
                    throw t.errorAt(cd, "The constructor with name '" + ctorName + "' is already defined.");
                }
                String display = info.name() + (ctorName.isEmpty() ? "" : "." + ctorName);
                info.constructors.put(ctorName, new DartFunctionHolder(display, 0, Integer.MAX_VALUE));
                info.constructorDeclarations.put(ctorName, cd);
                if (cd.FACTORY() != null) {
                    info.factories.add(ctorName);
                } else {
                    info.initializers.put(ctorName, new DartFunctionHolder(display, 0, Integer.MAX_VALUE));
                    if (cd.CONST() != null) {
                        info.constConstructors.add(ctorName);
                    }
                }
            }
        }
        if (info.constructors.isEmpty() && !info.isMixin && !info.isMixinApplication && !info.isExtension) {
            info.constructors.put("", new DartFunctionHolder(info.name(), 0, 0));
            info.initializers.put("", new DartFunctionHolder(info.name(), 0, 0));
        }
        return slot;
    }

    // ------------------------------------------------------------------ members

    private static boolean isStaticMember(ClassMemberContext m) {
        return m instanceof FieldMemberContext f && f.fieldDeclaration().STATIC() != null || m instanceof MethodMemberContext mm && mm.STATIC() != null;
    }

    void translateMembers(DartClassInfo info) {
        if (info.isMixin) {
            // Instance members are translated in each application; static members once, here.
            DartClassInfo savedClass = t.currentClass;
            t.currentClass = info;
            try {
                for (ClassMemberContext m : members(info)) {
                    if (m instanceof MethodMemberContext mm && mm.STATIC() != null) {
                        translateMethod(info, mm);
                    } else if (m instanceof FieldMemberContext f && f.fieldDeclaration().STATIC() != null) {
                        translateStaticFieldInitializers(info, f.fieldDeclaration());
                    }
                }
            } finally {
                t.currentClass = savedClass;
            }
            return;
        }
        DartClassInfo savedClass = t.currentClass;
        t.currentClass = info;
        try {
            DartClass cls = info.dartClass;
            info.fieldInitializer = new DartFunctionHolder(info.name() + ".<fields>", 0, 0);
            lateFields.clear();
            info.fieldInitializer.set(new DartFunction(info.name() + ".<fields>", translateFieldInitializers(info), null));
            for (Object[] late : lateFields) {
                InitializedIdentifierContext i = (InitializedIdentifierContext) late[0];
                String name = i.identifier().getText();
                RootCallTarget initializer = i.expression() == null ? null
                                : t.translateFunction(info.name() + "." + name, t.emptyParameters(), null, i.expression(), false, false, i, DartTranslator.FunctionKind.METHOD, null);
                RootCallTarget getter = new DartLateFieldGetterRootNode(language, (Integer) late[1], name, initializer).getCallTarget();
                cls.addGetter(name, new DartFunction(info.name() + "." + name, getter, null));
                if (i.expression() == null && i.getParent().getParent() instanceof FieldDeclarationContext fd && fd.FINAL() != null) {
                    RootCallTarget setter = new DartLateFinalFieldSetterRootNode(language, (Integer) late[1], name).getCallTarget();
                    cls.addSetter(name, new DartFunction(info.name() + "." + name + "=", setter, null));
                }
            }
            boolean hasDeclaredConstructor = false;
            for (ClassMemberContext m : members(info)) {
                if (info.isMixinApplication && isStaticMember(m)) {
                    continue; // translated with the mixin
                }
                if (m instanceof MethodMemberContext mm) {
                    translateMethod(info, mm);
                } else if (m instanceof ConstructorMemberContext c) {
                    ConstructorDeclarationContext cd = c.constructorDeclaration();
                    boolean isConstructor = isConstructor(info, cd);
                    if (isConstructor && info.declaration instanceof ExtensionTypeDeclarationContext && cd.FACTORY() == null) {
                        translateExtensionTypeConstructor(info, cd);
                    } else if (isConstructor) {
                        translateConstructor(info, cd);
                        hasDeclaredConstructor = true;
                    } else {
                        translatePlainMethodFromConstructorShape(info, cd);
                    }
                } else if (m instanceof FieldMemberContext f && f.fieldDeclaration().STATIC() != null) {
                    translateStaticFieldInitializers(info, f.fieldDeclaration());
                }
            }
            if (!hasDeclaredConstructor && !info.isMixinApplication && !info.isExtension) {
                translateDefaultConstructor(info);
            }
            if (info.declaration instanceof ExtensionTypeDeclarationContext et) {
                // The representation constructor returns its argument, checked against (and
                // an int literal converted to) the representation type: `Meters(2)` is 2.0.
                RepresentationDeclarationContext rd = et.representationDeclaration();
                DartFunctionHolder primary = info.constructors.get(rd.DOT() == null ? "" : rd.identifier(0).getText());
                String field = representationName(et);
                primary.set(new org.dartj.runtime.DartFunction(primary.name, t.detachedValueRoot(primary.name,
                                new org.dartj.nodes.local.DartReadArgumentNode(1, null, null, t.representationTypeTest(rd.type()), null, field)), null));
                // The representation field reads the value itself.
                cls.addGetter(field, new org.dartj.runtime.DartFunction(info.name() + "." + field,
                                t.detachedValueRoot(info.name() + "." + field, new org.dartj.nodes.local.DartReadReceiverNode()), null));
            }
            if (info.isExtension) {
                cls.copyMembersInto(info.extendedClass);
            }
            for (Map.Entry<String, DartFunctionHolder> e : info.constructors.entrySet()) {
                cls.addStatic(e.getKey(), e.getValue().get());
            }
            if (info.isEnum) {
                translateEnumValues(info);
            }
        } finally {
            t.currentClass = savedClass;
        }
    }

    private final List<Object[]> lateFields = new ArrayList<>();

    private RootCallTarget translateFieldInitializers(DartClassInfo info) {
        // Runs as a method of the instance: fields without initializer start as null.
        List<DartStatementNode> statements = new ArrayList<>();
        for (ClassMemberContext m : members(info)) {
            if (m instanceof FieldMemberContext f && f.fieldDeclaration().STATIC() == null) {
                FieldDeclarationContext fd = f.fieldDeclaration();
                for (InitializedIdentifierContext i : fd.initializedIdentifierList().initializedIdentifier()) {
                    int index = info.dartClass.fieldIndex(i.identifier().getText());
                    if (fd.LATE() != null) {
                        statements.add(new DartExpressionStatementNode(
                                        new DartWriteFieldNode(new DartReadReceiverNode(), index, new DartConstantNode(DartLateFieldGetterRootNode.UNINITIALIZED))));
                        lateFields.add(new Object[]{i, index});
                        continue;
                    }
                    statements.add(new DartExpressionStatementNode(new DartWriteFieldNode(new DartReadReceiverNode(), index, new DartConstantNode(DartNull.INSTANCE))));
                    if (fd.type() != null && fd.FINAL() == null && fd.CONST() == null) {
                        info.dartClass.setFieldType(index, t.fieldTypeTest(fd.type()));
                    }
                    if (i.expression() != null) {
                        DartExpressionNode value = t.translateFieldInitializer(info.name() + "." + i.identifier().getText(), i.expression(), fd.type());
                        statements.add(new DartExpressionStatementNode(new DartWriteFieldNode(new DartReadReceiverNode(), index, value)));
                    }
                }
            }
        }
        return t.detachedRoot(info.name() + ".<fields>", statements);
    }

    private void translateMethod(DartClassInfo info, MethodMemberContext mm) {
        MethodSignatureContext sig = mm.methodSignature();
        String name = memberName(sig);
        FunctionBodyContext body = mm.functionBody();
        boolean isStatic = mm.STATIC() != null;
        if (body == null) {
            if (isStatic) {
                throw t.errorAt(mm, "A static method must have a body.");
            }
            return; // abstract member
        }
        FormalParameterListContext params = sig instanceof GetterSignatureContext ? null
                        : sig instanceof SetterSignatureContext s ? s.formalParameterList()
                                        : sig instanceof OperatorSignatureContext o ? o.formalParameterList() : ((PlainMethodSignatureContext) sig).formalParameterList();
        String display = info.name() + "." + name;
        RootCallTarget target = t.translateFunction(display, params == null ? t.emptyParameters() : params, body.block(), body.expression(), body.ASYNC() != null,
                        body.STAR() != null, mm, isStatic ? DartTranslator.FunctionKind.STATIC : DartTranslator.FunctionKind.METHOD, null);
        DartFunction function = new DartFunction(display, target, null);
        if (isStatic) {
            DartStaticMember member = (DartStaticMember) info.statics.get(name);
            if (sig instanceof SetterSignatureContext) {
                member.setter().set(function);
            } else {
                member.holder().set(function);
            }
            if (sig instanceof GetterSignatureContext) {
                info.dartClass.addStaticGetter(name, function);
            } else if (!(sig instanceof SetterSignatureContext)) {
                info.dartClass.addStatic(name, function);
            }
            return;
        }
        if (sig instanceof GetterSignatureContext) {
            info.dartClass.addGetter(name, function);
        } else if (sig instanceof SetterSignatureContext) {
            info.dartClass.addSetter(name, function);
        } else {
            info.dartClass.addMethod(name, function);
        }
    }

    private void translatePlainMethodFromConstructorShape(DartClassInfo info, ConstructorDeclarationContext cd) {
        String name = cd.identifier(0).getText();
        FunctionBodyContext body = cd.functionBody();
        if (body == null) {
            return;
        }
        String display = info.name() + "." + name;
        RootCallTarget target = t.translateFunction(display, cd.formalParameterList(), body.block(), body.expression(), body.ASYNC() != null, body.STAR() != null, cd,
                        DartTranslator.FunctionKind.METHOD, null);
        info.dartClass.addMethod(name, new DartFunction(display, target, null));
    }

    private void translateStaticFieldInitializers(DartClassInfo info, FieldDeclarationContext fd) {
        for (InitializedIdentifierContext i : fd.initializedIdentifierList().initializedIdentifier()) {
            if (i.expression() != null) {
                DartGlobalVariable g = (DartGlobalVariable) info.statics.get(i.identifier().getText());
                g.initializer = t.translateInitializerForClass(g.name, i.expression(), fd.type(), fd.CONST() != null);
            }
        }
    }

    private void translateConstructor(DartClassInfo info, ConstructorDeclarationContext cd) {
        String ctorName = constructorName(cd);
        String display = info.name() + (ctorName.isEmpty() ? "" : "." + ctorName);
        FunctionBodyContext body = cd.functionBody();
        if (cd.FACTORY() != null) {
            if (cd.EQ() != null) {
                info.constructors.get(ctorName).set(new DartFunction(display, redirectingFactory(cd, display), null));
                return;
            }
            if (body == null) {
                throw t.errorAt(cd, "A factory constructor must have a body.");
            }
            RootCallTarget target = t.translateFunction(display, cd.formalParameterList(), body.block(), body.expression(), body.ASYNC() != null, false, cd,
                            DartTranslator.FunctionKind.STATIC, null);
            info.constructors.get(ctorName).set(new DartFunction(display, target, null));
            return;
        }
        List<InitializerEntryContext> entries = cd.initializerEntry();
        boolean redirecting = entries.stream().anyMatch(e -> e instanceof RedirectingInitializerContext || e instanceof NamedRedirectingInitializerContext);
        t.initializingFormals.clear();
        t.superParameters.clear();
        t.superParameterDefaults = superNamedDefaults(info, entries);
        Supplier<List<DartStatementNode>> part = () -> constructorPrologue(info, entries, redirecting, cd);
        RootCallTarget init = t.translateFunction(display, cd.formalParameterList(), body == null ? null : body.block(), body == null ? null : body.expression(), false, false,
                        cd, DartTranslator.FunctionKind.CONSTRUCTOR, part);
        finishConstructor(info, ctorName, display, init);
    }

    /** {@code factory C.name(params) = D.other;}: every call goes on to D.other with the same arguments. */
    private RootCallTarget redirectingFactory(ConstructorDeclarationContext cd, String display) {
        TypeNameContext target = cd.typeName();
        String targetName = target.identifier(0).getText();
        IdentifierContext last = cd.identifier(cd.identifier().size() - 1);
        String member = last.getStart().getTokenIndex() > cd.EQ().getSymbol().getTokenIndex() ? last.getText() : "";
        if (target.identifier().size() == 2 && member.isEmpty()) {
            // `= C.named`: the type name rule took the constructor name.
            member = target.identifier(1).getText();
        }
        DartClassInfo targetInfo = t.classInfo(targetName);
        if (targetInfo == null) {
            throw t.errorAt(target, "Redirection constructor target not found: '" + targetName + (member.isEmpty() ? "" : "." + member) + "'.");
        }
        DartFunctionHolder targetCtor = targetInfo.constructors.get(member);
        if (targetCtor == null) {
            throw t.errorAt(target, "Redirection constructor target not found: '" + targetName + (member.isEmpty() ? "" : "." + member) + "'.");
        }
        String[] params = targetInfo.dartClass.typeParameters();
        if (params.length == 0) {
            return new org.dartj.nodes.call.DartForwardingRootNode(language, display, targetCtor, null).getCallTarget();
        }
        // The caller's type arguments go on unchanged when the redirection names the class's own
        // type parameters in order (`= Box<T>`) or none; otherwise the target's are the written
        // ones (`= _Impl<List<T>, int>`), computed from the caller's on each call.
        TypeParametersContext own = DartTypeTranslator.factoryTypeParameters(cd);
        List<String> ownNames = own == null ? List.of() : own.typeParameter().stream().map(p -> p.identifier().getText()).toList();
        boolean generative = !targetInfo.factories.contains(member);
        if (cd.typeArguments() == null && ownNames.size() == params.length) {
            return new org.dartj.nodes.call.DartForwardingRootNode(language, display, targetCtor, generative).getCallTarget();
        }
        org.dartj.types.DartType[] targetTypes = new org.dartj.types.DartType[params.length];
        for (int i = 0; i < params.length; i++) {
            targetTypes[i] = targetInfo.dartClass.defaultTypeArgument(i);
        }
        if (cd.typeArguments() != null) {
            List<TypeContext> written = cd.typeArguments().typeList().type();
            if (written.size() != params.length) {
                throw t.errorAt(cd.typeArguments(), "Expected " + params.length + " type arguments.");
            }
            for (int i = 0; i < params.length; i++) {
                targetTypes[i] = t.dartType(written.get(i));
            }
        }
        return new org.dartj.nodes.call.DartForwardingRootNode(language, display, targetCtor, targetTypes, generative).getCallTarget();
    }

    /**
     * A generative constructor of an extension type: its initialization computes the
     * representation value from an initializing formal, an initializer of the representation
     * field or a redirection to another constructor, makes it {@code this}, and runs the body.
     */
    private void translateExtensionTypeConstructor(DartClassInfo info, ConstructorDeclarationContext cd) {
        String ctorName = constructorName(cd);
        String display = info.name() + (ctorName.isEmpty() ? "" : "." + ctorName);
        String representation = representationName((ExtensionTypeDeclarationContext) info.declaration);
        FunctionBodyContext body = cd.functionBody();
        t.initializingFormals.clear();
        t.superParameters.clear();
        Supplier<List<DartStatementNode>> part = () -> {
            List<DartStatementNode> statements = new ArrayList<>();
            DartExpressionNode value = null;
            for (String[] formal : t.initializingFormals) {
                if (!formal[0].equals(representation)) {
                    throw t.errorAt(cd, "'" + formal[0] + "' isn't a field in the enclosing class.");
                }
                value = t.readLocalName(formal[0], cd);
            }
            for (InitializerEntryContext e : cd.initializerEntry()) {
                if (e instanceof FieldInitializerContext f) {
                    if (!f.identifier().getText().equals(representation)) {
                        throw t.errorAt(f.identifier(), "'" + f.identifier().getText() + "' isn't a field in the enclosing class.");
                    }
                    value = t.translateConditionalExpression(f.conditionalExpression());
                } else if (e instanceof RedirectingInitializerContext r) {
                    value = t.staticCall(info.dartClass, "", r.arguments(), r, r);
                } else if (e instanceof NamedRedirectingInitializerContext r) {
                    value = t.staticCall(info.dartClass, r.identifier().getText(), r.arguments(), r, r);
                } else if (e instanceof AssertInitializerContext a) {
                    statements.add(t.translateAssert(a.expression(0), a.expression().size() > 1 ? a.expression(1) : null));
                } else {
                    throw t.errorAt(e, "An extension type constructor can't call a superclass constructor.");
                }
            }
            if (value == null) {
                throw t.errorAt(cd, "Final field '" + representation + "' is not initialized.");
            }
            statements.add(t.bindRepresentation(value));
            return statements;
        };
        RootCallTarget init = t.translateFunction(display, cd.formalParameterList(), body == null ? null : body.block(), body == null ? null : body.expression(), false, false,
                        cd, DartTranslator.FunctionKind.METHOD, part);
        RootCallTarget construct = new org.dartj.nodes.object.DartExtensionTypeConstructorRootNode(language, init, display).getCallTarget();
        info.constructors.get(ctorName).set(new DartFunction(display, construct, null));
    }

    private void finishConstructor(DartClassInfo info, String ctorName, String display, RootCallTarget init) {
        info.initializers.get(ctorName).set(new DartFunction(display, init, null));
        RootCallTarget allocate = new DartNewInstanceRootNode(language, info.dartClass, init, display).getCallTarget();
        info.constructors.get(ctorName).set(new DartFunction(display, allocate, null));
    }

    /** Initializing formals, initializer list, superclass constructor call (in that order). */
    private List<DartStatementNode> constructorPrologue(DartClassInfo info, List<InitializerEntryContext> entries, boolean redirecting, ParserRuleContext at) {
        List<DartStatementNode> statements = new ArrayList<>();
        DartClass cls = info.dartClass;
        if (!redirecting) {
            statements.add(callOnThis(info.fieldInitializer, new DartExpressionNode[0], new DartExpressionNode[0], new String[0], at));
            for (String[] formal : t.initializingFormals) {
                int index = cls.fieldIndex(formal[0]);
                if (index < 0 || !info.instanceFields.contains(formal[0])) {
                    throw t.errorAt(at, "'" + formal[0] + "' isn't a field in the enclosing class.");
                }
                statements.add(new DartExpressionStatementNode(new DartWriteFieldNode(t.readThis(at), index, t.readLocalName(formal[0], at))));
            }
        }
        boolean superCalled = false;
        for (InitializerEntryContext e : entries) {
            if (e instanceof FieldInitializerContext f) {
                String field = f.identifier().getText();
                int index = cls.fieldIndex(field);
                if (index < 0 || !info.instanceFields.contains(field)) {
                    throw t.errorAt(f.identifier(), "'" + field + "' isn't a field in the enclosing class.");
                }
                DartExpressionNode value = t.translateConditionalExpression(f.conditionalExpression());
                statements.add(t.withPreStatement(new DartExpressionStatementNode(new DartWriteFieldNode(t.readThis(f), index, value))));
            } else if (e instanceof SuperInitializerContext s) {
                statements.add(superConstructorCall(info, "", s.arguments(), s));
                superCalled = true;
            } else if (e instanceof NamedSuperInitializerContext s) {
                statements.add(superConstructorCall(info, s.identifier().getText(), s.arguments(), s));
                superCalled = true;
            } else if (e instanceof RedirectingInitializerContext r) {
                statements.add(redirect(info, "", r.arguments(), r));
            } else if (e instanceof NamedRedirectingInitializerContext r) {
                statements.add(redirect(info, r.identifier().getText(), r.arguments(), r));
            } else if (e instanceof AssertInitializerContext a) {
                statements.add(t.translateAssert(a.expression(0), a.expression().size() > 1 ? a.expression(1) : null));
            }
        }
        if (!redirecting && !superCalled) {
            statements.add(superConstructorCall(info, "", null, at));
        }
        return statements;
    }

    private DartStatementNode callOnThis(DartFunctionHolder holder, DartExpressionNode[] positional, DartExpressionNode[] named, String[] names, ParserRuleContext at) {
        return new DartExpressionStatementNode(new DartSuperCallNode(t.readThis(at), holder.get(), new DartArgumentsNode(positional, named, names)));
    }

    private DartStatementNode redirect(DartClassInfo info, String name, ArgumentsContext arguments, ParserRuleContext at) {
        DartFunctionHolder target = info.initializers.get(name);
        if (target == null) {
            throw t.errorAt(at, "Couldn't find constructor '" + info.name() + (name.isEmpty() ? "" : "." + name) + "'.");
        }
        return new DartExpressionStatementNode(t.at(new DartHolderCallNode(t.readThis(at), target, t.translateArgumentsPublic(arguments)), at));
    }

    /**
     * The default values of the named parameters of the superclass constructor that a
     * constructor calls: an omitted named super parameter without a default of its own takes
     * that constructor's default.
     */
    private Map<String, DartParser.ExpressionContext> superNamedDefaults(DartClassInfo info, List<InitializerEntryContext> entries) {
        Map<String, DartParser.ExpressionContext> defaults = new java.util.HashMap<>();
        DartClassInfo superInfo = info.superInfo;
        while (superInfo != null && superInfo.isMixinApplication) {
            superInfo = superInfo.superInfo;
        }
        if (superInfo == null) {
            return defaults;
        }
        String name = "";
        for (InitializerEntryContext e : entries) {
            if (e instanceof NamedSuperInitializerContext s) {
                name = s.identifier().getText();
            }
        }
        DartParser.ConstructorDeclarationContext superConstructor = superInfo.constructorDeclarations.get(name);
        DartParser.FormalParameterListContext list = superConstructor == null ? null : superConstructor.formalParameterList();
        if (list != null && list.optionalOrNamedParameters() instanceof DartParser.NamedParametersContext named) {
            for (DartParser.DefaultNamedParameterContext d : named.defaultNamedParameter()) {
                if (d.expression() != null) {
                    defaults.put(DartScopes.declaredNames(d.normalFormalParameter()).get(0), d.expression());
                }
            }
        }
        return defaults;
    }

    /** The superclass constructor's initialization, with super parameters forwarded. */
    private DartStatementNode superConstructorCall(DartClassInfo info, String name, ArgumentsContext arguments, ParserRuleContext at) {
        DartClassInfo superInfo = info.superInfo;
        List<DartStatementNode> mixinFields = new ArrayList<>();
        while (superInfo != null && superInfo.isMixinApplication) {
            // A mixin application forwards constructors; its fields are initialized on the way.
            mixinFields.add(callOnThis(superInfo.fieldInitializer, new DartExpressionNode[0], new DartExpressionNode[0], new String[0], at));
            superInfo = superInfo.superInfo;
        }
        if (!mixinFields.isEmpty()) {
            DartStatementNode rest = superConstructorCall(superInfo, info, name, arguments, at);
            mixinFields.add(rest);
            return new DartBlockNode(mixinFields.toArray(new DartStatementNode[0]));
        }
        return superConstructorCall(superInfo, info, name, arguments, at);
    }

    private DartStatementNode superConstructorCall(DartClassInfo superInfo, DartClassInfo info, String name, ArgumentsContext arguments, ParserRuleContext at) {
        DartArgumentsNode args = t.argumentsWithSuperParameters(arguments, at);
        if (superInfo == null) {
            return coreSuperConstructorCall(info, name, arguments, args, at);
        }
        DartFunctionHolder target = superInfo.initializers.get(name);
        if (target == null) {
            throw t.errorAt(at, "The superclass '" + superInfo.name() + "' doesn't have a constructor named '" + (name.isEmpty() ? superInfo.name() : name) + "'.");
        }
        return new DartExpressionStatementNode(t.at(new DartHolderCallNode(t.readThis(at), target, args), at));
    }

    /**
     * The superclass constructor call of a class extending a core class: the core class's
     * constructor makes the core object (an error's message and text) that the instance keeps
     * in its {@link org.dartj.classes.DartInstance#CORE_PART} field. Without arguments this is
     * needed only for errors and exceptions other than Error itself (whose text is Object's).
     */
    private DartStatementNode coreSuperConstructorCall(DartClassInfo info, String name, ArgumentsContext arguments, DartArgumentsNode args, ParserRuleContext at) {
        DartClass superclass = info.dartClass.getSuperclass();
        while (superclass != null && superclass.isDeclaredInDart()) {
            superclass = superclass.getSuperclass();
        }
        boolean hasArguments = arguments != null && !arguments.argument().isEmpty() || !t.superParameters.isEmpty();
        if (superclass == null || superclass == core.objectClass || superclass == core.enumClass || info.dartClass.fieldIndex(org.dartj.classes.DartInstance.CORE_PART) < 0) {
            if (hasArguments) {
                throw t.errorAt(at, "Too many positional arguments: 0 allowed, but " + args.positionalNodes().length + " found.");
            }
            return new DartBlockNode(new DartStatementNode[0]);
        }
        DartFunction constructor = superclass.lookupStatic(name);
        boolean errorLike = superclass != core.errorClass && (superclass.isSubtypeOf(core.errorClass) || superclass == core.formatExceptionClass);
        if (constructor == null) {
            if (hasArguments || !name.isEmpty()) {
                throw t.errorAt(at, "The superclass '" + superclass.getName() + "' doesn't have a constructor named '" + (name.isEmpty() ? superclass.getName() : name) + "'.");
            }
            return new DartBlockNode(new DartStatementNode[0]);
        }
        if (!hasArguments && name.isEmpty() && !errorLike) {
            return new DartBlockNode(new DartStatementNode[0]);
        }
        DartExpressionNode made = t.at(new org.dartj.nodes.call.DartStaticCallNode(constructor, args), at);
        int index = info.dartClass.fieldIndex(org.dartj.classes.DartInstance.CORE_PART);
        return new DartExpressionStatementNode(t.at(new DartWriteFieldNode(t.readThis(at), index, made), at));
    }

    private void translateDefaultConstructor(DartClassInfo info) {
        t.initializingFormals.clear();
        t.superParameters.clear();
        ParserRuleContext at = info.declaration;
        Supplier<List<DartStatementNode>> part = () -> constructorPrologue(info, List.of(), false, at);
        RootCallTarget init = t.translateFunction(info.name(), t.emptyParameters(), null, null, false, false, at, DartTranslator.FunctionKind.CONSTRUCTOR, part);
        finishConstructor(info, "", info.name(), init);
    }

    // ------------------------------------------------------------------ enums

    private void translateEnumValues(DartClassInfo info) {
        EnumDeclarationContext ed = (EnumDeclarationContext) info.declaration;
        List<EnumEntryContext> entries = ed.enumEntry();
        for (int i = 0; i < entries.size(); i++) {
            EnumEntryContext entry = entries.get(i);
            String name = entry.identifier(0).getText();
            DartGlobalVariable g = (DartGlobalVariable) info.statics.get(name);
            String ctorName = entry.DOT() != null ? entry.identifier(1).getText() : "";
            ArgumentsContext arguments = entry.arguments();
            int index = i;
            g.initializer = t.translateEnumValue(info, name, index, ctorName, arguments, entry);
        }
        List<DartExpressionNode> values = new ArrayList<>();
        for (String value : info.enumValues) {
            values.add(new org.dartj.nodes.global.DartReadGlobalNode((DartGlobalVariable) info.statics.get(value)));
        }
        info.enumValuesList.initializer = t.detachedValueRoot(info.name() + ".values", new DartListLiteralNode(values.toArray(new DartExpressionNode[0]), new org.dartj.types.DartInterfaceType(info.dartClass, new org.dartj.types.DartType[0], false), true));
    }

    static TruffleString ts(String s) {
        return TruffleString.fromJavaStringUncached(s, TruffleString.Encoding.UTF_16);
    }

}
