package org.dartj.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.types.DartFunctionType;
import org.dartj.types.DartInterfaceType;
import org.dartj.types.DartSpecialType;
import org.dartj.types.DartRecordType;
import org.dartj.types.DartType;
import org.dartj.types.DartTypeParameterType;
import org.dartj.types.DartFutureOrType;
import org.dartj.types.DartTypeSystem;

/**
 * The translator's static-type approximation: the rules that give an expression its static
 * type from its operands' (Dart's numeric operator rules, the upper bound of two types, the
 * result types of a few well-known core members). It answers null whenever it is not sure of
 * the type Dart's analyzer would compute, so callers keep their untyped behaviour there; it
 * never guesses. Used at translation time only (no run-time cost).
 */
final class DartStaticTypes {
    private final DartCoreClasses classes;
    private final DartTypeSystem types;

    DartStaticTypes(DartCoreClasses classes) {
        this.classes = classes;
        this.types = classes.types;
    }

    DartInterfaceType listOf(DartType element) {
        return new DartInterfaceType(classes.listClass, new DartType[]{element}, false);
    }

    DartInterfaceType setOf(DartType element) {
        return new DartInterfaceType(classes.setClass, new DartType[]{element}, false);
    }

    DartInterfaceType mapOf(DartType key, DartType value) {
        return new DartInterfaceType(classes.mapClass, new DartType[]{key, value}, false);
    }

    DartInterfaceType iterableOf(DartType element) {
        return new DartInterfaceType(classes.iterableClass, new DartType[]{element}, false);
    }

    /** The element type E of a type that is an {@code Iterable<E>} (a list, set, iterable, ...), or null. */
    DartType iterableElement(DartType t) {
        if (!(t instanceof DartInterfaceType it) || t.isNullable()) {
            return null;
        }
        DartType[] args = it.dartClass().argumentsAs(classes.iterableClass, it.arguments());
        return args != null && args.length == 1 ? args[0] : null;
    }

    /**
     * The static type of a core iterable's {@code map}, {@code expand} or {@code fold} call,
     * which depends on its arguments' static types ({@code argumentTypes}, null where not known):
     * {@code Iterable<R>} for a function returning R (for {@code expand}, an
     * {@code Iterable<R>}), {@code fold}'s T the upper bound of the initial value's type and
     * the combining function's result type. Null otherwise.
     */
    /**
     * The static type of {@code receiver.name<T>(...)} on a core collection with the type
     * argument written: {@code fold<int>} is an int, {@code map<String>} an Iterable<String>,
     * {@code whereType<T>}/{@code cast<T>} collections of T; null otherwise.
     */
    DartType writtenIterableCall(DartType receiver, String name, DartType[] written) {
        if (written.length != 1 || written[0] == null || written[0].hasTypeParameters() || !(receiver instanceof DartInterfaceType r) || r.isNullable()
                        || r.dartClass().isDeclaredInDart() || iterableElement(receiver) == null) {
            return null;
        }
        DartType t = written[0];
        return switch (name) {
            case "fold" -> t;
            case "map", "expand", "whereType" -> iterableOf(t);
            case "cast" -> r.dartClass() == classes.listClass ? listOf(t) : r.dartClass() == classes.setClass ? setOf(t) : iterableOf(t);
            default -> null;
        };
    }

    DartType iterableCall(DartType receiver, String name, DartType[] argumentTypes) {
        if (receiver instanceof DartInterfaceType f && !f.isNullable() && f.dartClass() == classes.futureClass && name.equals("then") && argumentTypes.length == 1) {
            // then<R>(FutureOr<R> Function(T)): a callback returning Future<R> gives R too.
            DartType result = returnType(argumentTypes[0]);
            if (result instanceof DartInterfaceType rf && !rf.isNullable() && rf.dartClass() == classes.futureClass && rf.arguments().length == 1) {
                result = rf.arguments()[0];
            }
            return result == null || result == DartSpecialType.VOID || result instanceof DartFutureOrType ? null : futureOf(result);
        }
        DartType e = receiver instanceof DartInterfaceType r && !r.dartClass().isDeclaredInDart() ? iterableElement(receiver) : null;
        if (e == null || argumentTypes.length == 0) {
            return null;
        }
        DartType result = argumentTypes.length == 1 ? returnType(argumentTypes[0]) : null;
        return switch (name) {
            case "map" -> result == null || result == DartSpecialType.VOID ? null : iterableOf(result);
            case "expand" -> iterableElement(result) == null ? null : iterableOf(iterableElement(result));
            case "fold" -> argumentTypes.length == 2 ? upperBound(argumentTypes[0], returnType(argumentTypes[1])) : null;
            default -> null;
        };
    }

    DartInterfaceType futureOf(DartType value) {
        return new DartInterfaceType(classes.futureClass, new DartType[]{value}, false);
    }

    boolean isInt(DartType t) {
        return types.intType.equals(t);
    }

    boolean isDouble(DartType t) {
        return types.doubleType.equals(t);
    }

    boolean isString(DartType t) {
        return types.stringType.equals(t);
    }

    /** int, double, String, bool: no value of another type has them, so no promotion can change them. */
    boolean isSealedCoreType(DartType t) {
        return isInt(t) || isDouble(t) || isString(t) || types.boolType.equals(t);
    }

    /**
     * The static type of {@code a op b} (op one of the binary operators); null when the
     * operands' types do not decide it here (a user-defined operator, dynamic, num).
     */
    DartType binary(DartType left, String op, DartType right) {
        if (left == null || right == null) {
            return null;
        }
        if (op.equals("==") || op.equals("!=")) {
            return types.boolType;
        }
        if (isString(left)) {
            return op.equals("+") && isString(right) || op.equals("*") && isInt(right) ? types.stringType : null;
        }
        boolean leftInt = isInt(left);
        boolean rightInt = isInt(right);
        if (!(leftInt || isDouble(left)) || !(rightInt || isDouble(right))) {
            return null;
        }
        return switch (op) {
            case "<", ">", "<=", ">=" -> types.boolType;
            case "~/" -> types.intType;
            case "/" -> types.doubleType;
            case "+", "-", "*", "%" -> leftInt && rightInt ? types.intType : types.doubleType;
            case "&", "|", "^", "<<", ">>", ">>>" -> leftInt && rightInt ? types.intType : null;
            default -> null;
        };
    }

    /** The static type of {@code -e}, {@code ~e} or {@code !e}. */
    DartType unary(String op, DartType operand) {
        if (op.equals("!")) {
            return types.boolType;
        }
        if (op.equals("-") && (isInt(operand) || isDouble(operand))) {
            return operand;
        }
        return op.equals("~") && isInt(operand) ? operand : null;
    }

    /** The type without {@code ?} (the type {@code e!} has). */
    static DartType nonNullable(DartType t) {
        if (t == null || t == DartSpecialType.NULL || t.isTop()) {
            return t == DartSpecialType.NULL ? DartSpecialType.NEVER : null;
        }
        return t.withNullable(false);
    }

    /**
     * A local's type after {@code x = e} (flow analysis's assignment: demotion, then promotion to
     * a type of interest). {@code declared} is x's declared (or inferred) type, {@code current}
     * its type before the assignment (null: not known here; the promotion chain between the two
     * is not known either), {@code tested} the types x is tested against with {@code is}, and
     * {@code written} the value's static type. The types of interest are the tested ones, their
     * non-nullable forms and the non-nullable form of the declared type. The written value
     * demotes x to the latest type in its chain it is a subtype of, then x is promoted to the
     * written type if that is a type of interest, else to the one most specific type of interest
     * between the written type and the demoted one. Null when the answer depends on a
     * promotion chain that is not known here, or on types not known.
     */
    static DartType afterAssignment(DartType declared, DartType current, List<DartType> tested, DartType written) {
        if (declared == null || written == null || written == DartSpecialType.DYNAMIC || !written.isSubtypeOf(declared)) {
            return null;
        }
        List<DartType> interest = new ArrayList<>();
        for (DartType t : tested) {
            if (t == null || t.hasTypeParameters()) {
                return null;
            }
            addInterest(interest, t);
            addInterest(interest, nonNullable(t));
        }
        addInterest(interest, nonNullable(declared));
        DartType top;
        if (current != null && written.isSubtypeOf(current)) {
            top = current;
        } else {
            // The chain's types between the declared and the current one are types of interest
            // above the current one: if the value fits one of them, which one is not known here.
            for (DartType t : interest) {
                if (!declared.equals(current) && !t.equals(declared) && t.isSubtypeOf(declared) && written.isSubtypeOf(t) && (current == null || current.isSubtypeOf(t))) {
                    return null;
                }
            }
            top = declared;
            DartType nonNull = nonNullable(declared);
            if (declared.isNullable() && nonNull != null && written.isSubtypeOf(nonNull)) {
                top = nonNull;
            }
        }
        List<DartType> candidates = new ArrayList<>();
        for (DartType t : interest) {
            if (written.isSubtypeOf(t) && t.isSubtypeOf(top) && !t.equals(top)) {
                if (t.equals(written)) {
                    return written;
                }
                candidates.add(t);
            }
        }
        DartType best = null;
        for (DartType c : candidates) {
            if (candidates.stream().allMatch(c::isSubtypeOf)) {
                if (best != null && !best.equals(c)) {
                    return top;
                }
                best = c;
            }
        }
        return best != null ? best : top;
    }

    private static void addInterest(List<DartType> interest, DartType t) {
        if (t != null && t != DartSpecialType.NEVER && !interest.contains(t)) {
            interest.add(t);
        }
    }

    /**
     * The static type of a call of the core static method {@code cls.name(...)} whose result
     * type is fixed by its declaration ({@code int.parse}, {@code Uri.tryParse}); null otherwise.
     */
    DartType staticMember(DartClass cls, String name) {
        DartInterfaceType self = types.raw(cls);
        boolean parse = name.equals("parse");
        boolean tryParse = name.equals("tryParse");
        if (cls == classes.intClass || cls == classes.doubleClass || cls == classes.numClass || cls == classes.bigIntClass
                        || cls == classes.uriClass || cls == classes.dateTimeClass) {
            if (parse) {
                return self;
            }
            if (tryParse) {
                return self.withNullable(true);
            }
        }
        if (cls == classes.dateTimeClass && name.equals("now")) {
            return self;
        }
        if (cls == classes.bigIntClass && name.equals("from")) {
            return self;
        }
        if (cls == classes.stringClass && (name.equals("fromCharCode") || name.equals("fromCharCodes"))) {
            return self;
        }
        if (cls == classes.uriClass && (name.startsWith("encode") || name.startsWith("decode"))) {
            return types.stringType;
        }
        return null;
    }

    /**
     * The static type of {@code receiver.name} (a getter) or {@code receiver.name(...)} (a
     * method call) for a receiver whose static type is a core type, for the members whose
     * result type does not depend on anything else; null otherwise.
     */
    DartType member(DartType receiver, String name, boolean call) {
        if (!(receiver instanceof DartInterfaceType r) || r.isNullable() || r.dartClass().isDeclaredInDart()) {
            return null;
        }
        if (call && name.equals("toString")) {
            return types.stringType;
        }
        DartClass c = r.dartClass();
        DartType[] args = r.arguments();
        if (c == classes.stringClass) {
            if (!call) {
                return switch (name) {
                    case "length", "hashCode" -> types.intType;
                    case "isEmpty", "isNotEmpty" -> types.boolType;
                    default -> null;
                };
            }
            return switch (name) {
                case "toUpperCase", "toLowerCase", "trim", "trimLeft", "trimRight", "substring", "padLeft", "padRight", "replaceAll", "replaceFirst" -> types.stringType;
                case "contains", "startsWith", "endsWith" -> types.boolType;
                case "codeUnitAt", "indexOf", "lastIndexOf", "compareTo" -> types.intType;
                case "split" -> listOf(types.stringType);
                default -> null;
            };
        }
        if (c == classes.intClass || c == classes.doubleClass) {
            boolean isInt = c == classes.intClass;
            if (!call) {
                return switch (name) {
                    case "isNegative", "isNaN", "isInfinite", "isFinite" -> types.boolType;
                    case "isEven", "isOdd" -> isInt ? types.boolType : null;
                    case "hashCode" -> types.intType;
                    case "sign" -> r;
                    default -> null;
                };
            }
            return switch (name) {
                case "abs", "remainder" -> null;
                case "round", "floor", "ceil", "truncate", "toInt", "compareTo" -> types.intType;
                case "toDouble", "roundToDouble", "floorToDouble", "ceilToDouble", "truncateToDouble" -> types.doubleType;
                case "toStringAsFixed", "toStringAsExponential", "toStringAsPrecision", "toRadixString" -> types.stringType;
                default -> null;
            };
        }
        if ((c == classes.listClass || c == classes.setClass || c == classes.iterableClass) && args.length == 1) {
            DartType e = args[0];
            if (!call) {
                return switch (name) {
                    case "length", "hashCode" -> types.intType;
                    case "isEmpty", "isNotEmpty" -> types.boolType;
                    case "first", "last", "single" -> e;
                    case "reversed" -> c == classes.listClass ? iterableOf(e) : null;
                    default -> null;
                };
            }
            return switch (name) {
                case "where", "skip", "take", "skipWhile", "takeWhile" -> iterableOf(e);
                case "firstWhere", "lastWhere", "singleWhere", "reduce" -> e;
                case "any", "every" -> types.boolType;
                case "contains" -> types.boolType;
                case "indexOf", "lastIndexOf" -> c == classes.listClass ? types.intType : null;
                case "join" -> types.stringType;
                case "elementAt" -> e;
                case "toList" -> listOf(e);
                case "toSet" -> setOf(e);
                case "sublist" -> c == classes.listClass ? listOf(e) : null;
                case "removeLast", "removeAt" -> c == classes.listClass ? e : null;
                default -> null;
            };
        }
        if (c == classes.dateTimeClass && !call) {
            return switch (name) {
                case "year", "month", "day", "hour", "minute", "second", "millisecond", "microsecond", "weekday", "millisecondsSinceEpoch",
                                "microsecondsSinceEpoch", "hashCode" -> types.intType;
                case "isUtc" -> types.boolType;
                case "timeZoneName" -> types.stringType;
                default -> null;
            };
        }
        if (c == classes.durationClass && !call) {
            return switch (name) {
                case "inDays", "inHours", "inMinutes", "inSeconds", "inMilliseconds", "inMicroseconds", "hashCode" -> types.intType;
                case "isNegative" -> types.boolType;
                default -> null;
            };
        }
        if (c == classes.uriClass && !call) {
            return switch (name) {
                case "scheme", "host", "path", "query", "fragment", "userInfo", "authority", "origin" -> types.stringType;
                case "port", "hashCode" -> types.intType;
                case "hasScheme", "hasPort", "hasQuery", "hasFragment", "isAbsolute" -> types.boolType;
                default -> null;
            };
        }
        if (c == classes.mapEntryClass && args.length == 2 && !call) {
            return name.equals("key") ? args[0] : name.equals("value") ? args[1] : null;
        }
        if (c == classes.mapClass && args.length == 2) {
            if (!call) {
                return switch (name) {
                    case "length", "hashCode" -> types.intType;
                    case "isEmpty", "isNotEmpty" -> types.boolType;
                    case "keys" -> iterableOf(args[0]);
                    case "values" -> iterableOf(args[1]);
                    case "entries" -> iterableOf(new DartInterfaceType(classes.mapEntryClass, args.clone(), false));
                    default -> null;
                };
            }
            return switch (name) {
                case "containsKey", "containsValue" -> types.boolType;
                default -> null;
            };
        }
        return null;
    }

    /**
     * The context type Dart gives the argument at {@code position} (or named {@code named}) of
     * {@code receiver.name(...)}, for the core members whose parameter types decide what an
     * untyped closure or collection literal passed there is: a map's {@code putIfAbsent} and
     * {@code update} callbacks, a list's or set's {@code add}. Null when not known here.
     */
    DartType argumentContext(DartType receiver, String name, int position, String named) {
        if (!(receiver instanceof DartInterfaceType r) || r.isNullable()) {
            return null;
        }
        DartType[] map = r.dartClass().argumentsAs(classes.mapClass, r.arguments());
        if (map != null && map.length == 2) {
            DartType v = map[1];
            if (name.equals("[]=") || name.equals("putIfAbsent") || name.equals("update")) {
                // The key parameter is a K (containsKey and remove take an Object?: no context).
                if (position == 0 && named == null) {
                    return map[0];
                }
                if (name.equals("[]=") && position == 1 && named == null) {
                    return v;
                }
            }
            return switch (name) {
                case "putIfAbsent" -> position == 1 && named == null ? function(v) : null;
                case "forEach" -> position == 0 && named == null ? function(DartSpecialType.VOID, map[0], v) : null;
                case "update" -> named == null ? (position == 1 ? function(v, v) : null) : named.equals("ifAbsent") ? function(v) : null;
                default -> null;
            };
        }
        if (r.dartClass() == classes.futureClass && r.arguments().length == 1 && name.equals("then") && position == 0 && named == null) {
            return function(DartSpecialType.DYNAMIC, r.arguments()[0]);
        }
        DartType e = r.dartClass().isDeclaredInDart() ? null : iterableElement(r);
        if (e != null) {
            DartType iterableContext = iterableArgumentContext(r.dartClass() == classes.listClass, e, name, position, named);
            if (iterableContext != null) {
                return iterableContext;
            }
        }
        if (name.equals("compareTo") && position == 0 && named == null) {
            // Comparable<T>'s compareTo(T other): Duration's, DateTime's, String's, BigInt's; num's takes a num.
            DartClass c = r.dartClass();
            if (c == classes.durationClass || c == classes.dateTimeClass || c == classes.stringClass || c == classes.bigIntClass) {
                return r;
            }
            return c == classes.intClass || c == classes.doubleClass || c == classes.numClass ? types.numType : null;
        }
        DartType[] elements = r.dartClass().argumentsAs(classes.listClass, r.arguments());
        if (elements != null && elements.length == 1 && named == null
                        && (position == 0 && (name.equals("indexOf") || name.equals("lastIndexOf")) || position == 1 && (name.equals("insert") || name.equals("[]=")))) {
            // List's indexOf(E element, ...), insert(int index, E element) and operator []=(int index, E value).
            return elements[0];
        }
        if (name.equals("add") && position == 0 && named == null) {
            DartType[] list = r.dartClass().argumentsAs(classes.listClass, r.arguments());
            DartType[] element = list != null ? list : r.dartClass().argumentsAs(classes.setClass, r.arguments());
            return element != null && element.length == 1 ? element[0] : null;
        }
        return null;
    }

    /**
     * The function types that a core iterable's (a list's, set's) callback parameters give a
     * function literal passed there, by the SDK's signatures; for {@code fold} see
     * {@link #foldContext}. Null for other members.
     */
    private DartType iterableArgumentContext(boolean list, DartType e, String name, int position, String named) {
        if (named != null) {
            return named.equals("orElse") && (name.equals("firstWhere") || name.equals("lastWhere") || name.equals("singleWhere")) ? function(e) : null;
        }
        if (position != 0) {
            return null;
        }
        return switch (name) {
            case "map", "expand" -> function(DartSpecialType.DYNAMIC, e);
            case "where", "any", "every", "firstWhere", "lastWhere", "singleWhere", "takeWhile", "skipWhile", "removeWhere", "retainWhere" -> function(types.boolType, e);
            case "indexWhere", "lastIndexWhere" -> list ? function(types.boolType, e) : null;
            case "forEach" -> function(DartSpecialType.VOID, e);
            case "reduce" -> function(e, e, e);
            case "sort" -> list ? function(types.intType, e, e) : null;
            default -> null;
        };
    }

    /** The context of {@code fold}'s combining function, once the initial value's static type T is known: {@code T Function(T, E)}. */
    DartType foldContext(DartType receiver, DartType initial) {
        DartType e = receiver instanceof DartInterfaceType r && !r.dartClass().isDeclaredInDart() && !r.isNullable() ? iterableElement(receiver) : null;
        return e == null || initial == null || initial == DartSpecialType.NULL ? null : function(initial, initial, e);
    }

    /** The type of a function with these required parameters returning {@code result}. */
    static DartType function(DartType result, DartType... parameters) {
        return new org.dartj.types.DartFunctionType(result, parameters, new DartType[0], new String[0], new DartType[0], new boolean[0], false);
    }

    /** The element type of an iterable (what a for-in over it gives), or null. */
    DartType elementType(DartType iterable) {
        return iterableElement(iterable);
    }

    /** The static type of {@code receiver[index]}: a list's element type, a map's value type made nullable. */
    DartType index(DartType receiver) {
        if (!(receiver instanceof DartInterfaceType r) || r.isNullable()) {
            return null;
        }
        if (r.dartClass() == classes.listClass && r.arguments().length == 1) {
            return r.arguments()[0];
        } else if (r.dartClass() == classes.mapClass && r.arguments().length == 2) {
            DartType v = r.arguments()[1];
            return v.isTop() || v == DartSpecialType.NULL ? v : v.withNullable(true);
        } else if (r.dartClass() == classes.stringClass) {
            return types.stringType;
        }
        return null;
    }

    /**
     * The upper bound of a list of static types, as Dart infers an untyped collection's
     * element type or a type argument from several arguments: dynamic for none, null (not
     * known here) when one of them is not known or the bound is not one this approximation
     * computes with certainty.
     */
    DartType upperBound(List<DartType> all) {
        DartType result = null;
        for (DartType t : all) {
            if (t == null) {
                return null;
            }
            result = result == null ? t : upperBound(result, t);
            if (result == null) {
                return null;
            }
        }
        return result == null ? DartSpecialType.DYNAMIC : result;
    }

    /** Dart's UP(a, b) where this approximation is sure of it, else null. */
    DartType upperBound(DartType a, DartType b) {
        if (a == null || b == null) {
            return null;
        }
        if (a.equals(b)) {
            return a;
        }
        if (a == DartSpecialType.DYNAMIC || b == DartSpecialType.DYNAMIC) {
            return DartSpecialType.DYNAMIC;
        }
        if (a == DartSpecialType.VOID || b == DartSpecialType.VOID) {
            return null;
        }
        if (a == DartSpecialType.NEVER) {
            return b;
        }
        if (b == DartSpecialType.NEVER) {
            return a;
        }
        if (a == DartSpecialType.NULL) {
            return nullable(b);
        }
        if (b == DartSpecialType.NULL) {
            return nullable(a);
        }
        boolean nullable = a.isNullable() || b.isNullable();
        DartType up = nonNullUpperBound(a.withNullable(false), b.withNullable(false));
        return up == null ? null : nullable ? nullable(up) : up;
    }

    /** The type with {@code ?} ({@code T?}; a top type stays itself). */
    static DartType nullable(DartType t) {
        return t.isTop() ? t : t.withNullable(true);
    }

    private DartType nonNullUpperBound(DartType a, DartType b) {
        if (a.equals(b)) {
            return a;
        }
        if (!(a instanceof DartInterfaceType ia) || !(b instanceof DartInterfaceType ib) || a.hasTypeParameters() || b.hasTypeParameters()) {
            return null;
        }
        if (isNumber(ia) && isNumber(ib)) {
            return types.numType;
        }
        if (a.isSubtypeOf(b)) {
            return b;
        }
        if (b.isSubtypeOf(a)) {
            return a;
        }
        if (ia.dartClass() == ib.dartClass()) {
            // Same generic class: its (covariant) type arguments' upper bounds.
            DartType[] args = new DartType[ia.arguments().length];
            for (int i = 0; i < args.length; i++) {
                args[i] = upperBound(ia.arguments()[i], ib.arguments()[i]);
                if (args[i] == null) {
                    return null;
                }
            }
            return new DartInterfaceType(ia.dartClass(), args, false);
        }
        if (isSimpleCore(ia) && isSimpleCore(ib)) {
            // int, double, num, String, bool share no supertype but Object (Comparable<num> is not Comparable<String>).
            return types.objectType;
        }
        return classUpperBound(ia, ib);
    }

    private boolean isNumber(DartInterfaceType t) {
        return t.dartClass() == classes.intClass || t.dartClass() == classes.doubleClass || t.dartClass() == classes.numClass;
    }

    private boolean isSimpleCore(DartInterfaceType t) {
        return isNumber(t) || t.dartClass() == classes.stringClass || t.dartClass() == classes.boolClass;
    }

    /**
     * The classic least upper bound of two class types (the shared superinterface of greatest
     * depth that is the only one of that depth), for hierarchies made only of user classes;
     * null when a core class other than Object or a mixin application takes part (their
     * depths in the VM's libraries are not known here).
     */
    private DartType classUpperBound(DartInterfaceType a, DartInterfaceType b) {
        Map<DartClass, Integer> depths = new HashMap<>();
        Set<DartClass> superA = new LinkedHashSet<>();
        Set<DartClass> superB = new LinkedHashSet<>();
        if (!supertypes(a.dartClass(), superA) || !supertypes(b.dartClass(), superB)) {
            return null;
        }
        List<DartInterfaceType> candidates = new ArrayList<>();
        for (DartClass c : superA) {
            if (!superB.contains(c)) {
                continue;
            }
            DartType[] argsA = a.dartClass().argumentsAs(c, a.arguments());
            DartType[] argsB = b.dartClass().argumentsAs(c, b.arguments());
            if (argsA != null && Arrays.equals(argsA, argsB)) {
                candidates.add(new DartInterfaceType(c, argsA, false));
            }
        }
        int best = -1;
        DartInterfaceType found = null;
        boolean unique = false;
        for (DartInterfaceType c : candidates) {
            int d = depth(c.dartClass(), depths);
            if (d > best) {
                best = d;
                found = c;
                unique = true;
            } else if (d == best) {
                unique = false;
            }
        }
        if (found == null) {
            return types.objectType;
        }
        if (!unique) {
            // The next smaller depth with a single candidate: recompute without the tied level.
            for (int level = best - 1; level >= 0; level--) {
                DartInterfaceType only = null;
                int count = 0;
                for (DartInterfaceType c : candidates) {
                    if (depth(c.dartClass(), depths) == level) {
                        only = c;
                        count++;
                    }
                }
                if (count == 1) {
                    return only;
                }
            }
            return types.objectType;
        }
        return found;
    }

    /** All superclasses and superinterfaces of c (c included); false if an unsupported class takes part. */
    private boolean supertypes(DartClass c, Set<DartClass> out) {
        if (c == null || !out.add(c)) {
            return true;
        }
        if (c == classes.objectClass) {
            return true;
        }
        if (!c.isDeclaredInDart() || c.getName().contains(" with ") || c.isEnum()) {
            return false;
        }
        if (!supertypes(c.getSuperclass(), out)) {
            return false;
        }
        for (DartClass i : c.interfaces()) {
            if (!supertypes(i, out)) {
                return false;
            }
        }
        return true;
    }

    private int depth(DartClass c, Map<DartClass, Integer> depths) {
        if (c == classes.objectClass || c == null) {
            return 0;
        }
        Integer known = depths.get(c);
        if (known != null) {
            return known;
        }
        int d = depth(c.getSuperclass(), depths);
        for (DartClass i : c.interfaces()) {
            d = Math.max(d, depth(i, depths));
        }
        depths.put(c, d + 1);
        return d + 1;
    }

    /**
     * Whether {@code t} mentions a type parameter numbered {@code first} to
     * {@code first + count - 1} (a callee's own type parameters, at a call site).
     */
    static boolean mentions(DartType t, int first, int count) {
        if (t instanceof DartTypeParameterType p) {
            return p.index() >= first && p.index() < first + count;
        } else if (t instanceof DartInterfaceType it) {
            return anyMentions(it.arguments(), first, count);
        } else if (t instanceof DartFunctionType f) {
            return mentions(f.returnType(), first, count) || parametersMention(f, first, count);
        } else if (t instanceof DartFutureOrType fo) {
            return mentions(fo.argument(), first, count);
        } else if (t instanceof DartRecordType) {
            return t.hasTypeParameters();
        }
        return false;
    }

    private static boolean parametersMention(DartFunctionType f, int first, int count) {
        return anyMentions(f.requiredParameters(), first, count) || anyMentions(f.optionalParameters(), first, count) || anyMentions(f.namedParameters(), first, count);
    }

    private static boolean anyMentions(DartType[] all, int first, int count) {
        for (DartType t : all) {
            if (mentions(t, first, count)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Upward inference of a callee's own type parameters (numbered from {@code first}, one
     * list per parameter in {@code found}) from an argument: what its static type
     * {@code actual} says about each type parameter that the parameter's type {@code formal}
     * mentions (inference.md, subtype constraint generation, for the covariant places: a type
     * parameter itself, a generic class's arguments through the argument's supertype, a
     * function type's return type). A mentioned type parameter that {@code actual} does not
     * fix this way gets null (not known here).
     */
    void constrain(DartType formal, DartType actual, int first, List<List<DartType>> found) {
        constrain(formal, actual, first, found, null);
    }

    /**
     * As above; {@code upper} (if not null) collects upper bounds: the parameter types of a
     * function given for a parameter of function type whose own parameter is a type parameter
     * ({@code num Function(T)} given {@code (int x) => ...} means T is at most int).
     */
    void constrain(DartType formal, DartType actual, int first, List<List<DartType>> found, List<List<DartType>> upper) {
        int count = found.size();
        if (formal == null || !mentions(formal, first, count)) {
            return;
        }
        if (formal instanceof DartTypeParameterType p) {
            List<DartType> bounds = found.get(p.index() - first);
            if (actual == null || !p.isNullable()) {
                bounds.add(actual);
            } else if (actual != DartSpecialType.NULL) {
                bounds.add(nonNullable(actual));
            }
            return;
        }
        if (formal instanceof DartInterfaceType f && actual instanceof DartInterfaceType a && (f.isNullable() || !a.isNullable())) {
            DartType[] args = a.dartClass().argumentsAs(f.dartClass(), a.arguments());
            if (args != null && args.length == f.arguments().length) {
                for (int i = 0; i < args.length; i++) {
                    constrain(f.arguments()[i], args[i], first, found, upper);
                }
                return;
            }
        }
        if (formal instanceof DartFunctionType f && actual instanceof DartFunctionType a && !a.isNullable() && (!parametersMention(f, first, count) || upper != null && upperBounds(f, a, first, upper))) {
            constrain(f.returnType(), a.returnType(), first, found, upper);
            return;
        }
        for (int i = 0; i < count; i++) {
            if (mentions(formal, first + i, 1)) {
                found.get(i).add(null);
            }
        }
    }

    /**
     * Notes the upper bounds that function {@code a}'s parameters put on the type parameters
     * that are {@code f}'s required parameter types; false when a parameter of {@code f}
     * mentions one in another way (then nothing is noted).
     */
    private static boolean upperBounds(DartFunctionType f, DartFunctionType a, int first, List<List<DartType>> upper) {
        DartType[] formal = f.requiredParameters();
        DartType[] actual = a.requiredParameters();
        int count = upper.size();
        if (anyMentions(f.optionalParameters(), first, count) || anyMentions(f.namedParameters(), first, count) || actual.length < formal.length) {
            return false;
        }
        for (int i = 0; i < formal.length; i++) {
            if (mentions(formal[i], first, count) && !(formal[i] instanceof DartTypeParameterType p && !p.isNullable() && !actual[i].hasTypeParameters())) {
                return false;
            }
        }
        for (int i = 0; i < formal.length; i++) {
            if (formal[i] instanceof DartTypeParameterType p && mentions(p, first, count)) {
                upper.get(p.index() - first).add(actual[i]);
            }
        }
        return true;
    }

    /**
     * Downward inference: the type arguments a context type fixes for a callee whose return
     * type is {@code formal} ({@code List<num> l = twice(1)} fixes {@code T} to num); an entry
     * stays null where the context does not fix it here.
     */
    void constrainFromContext(DartType formal, DartType context, int first, DartType[] fixed) {
        if (formal == null || context == null || context.isTop()) {
            return;
        }
        if (formal instanceof DartTypeParameterType p && p.index() >= first && p.index() < first + fixed.length && !p.isNullable()) {
            fixed[p.index() - first] = context;
        } else if (formal instanceof DartInterfaceType f && context instanceof DartInterfaceType c && !formal.isNullable()) {
            DartType[] args = f.dartClass().argumentsAs(c.dartClass(), f.arguments());
            if (args != null && args.length == c.arguments().length) {
                for (int i = 0; i < args.length; i++) {
                    constrainFromContext(args[i], c.arguments()[i], first, fixed);
                }
            }
        }
    }

    /**
     * The context type a parameter of type {@code formal} gives its argument when the callee's
     * own type parameters (from {@code first}) are fixed as far as {@code solved} says (null:
     * not yet): a function type whose parameters are known, with a result type still open
     * read as dynamic (a function literal's returned type then stands, as with the unknown
     * type {@code _}); null when an open type parameter is anywhere else.
     */
    static DartType contextSchema(DartType formal, DartType[] solved, int first) {
        if (formal == null) {
            return null;
        }
        DartType[] args = new DartType[first + solved.length];
        Arrays.fill(args, DartSpecialType.DYNAMIC);
        boolean open = false;
        for (int i = 0; i < solved.length; i++) {
            if (solved[i] != null) {
                args[first + i] = solved[i];
            } else {
                open |= mentions(formal, first + i, 1);
            }
        }
        if (!open) {
            return formal.substitute(args);
        }
        if (!(formal instanceof DartFunctionType f)) {
            return null;
        }
        for (int i = 0; i < solved.length; i++) {
            if (solved[i] == null && parametersMention(f, first + i, 1)) {
                return null;
            }
        }
        return f.substitute(args);
    }

    /** The return type of a function type, or null. */
    static DartType returnType(DartType t) {
        return t instanceof DartFunctionType f && !f.isNullable() ? f.returnType() : null;
    }
}
