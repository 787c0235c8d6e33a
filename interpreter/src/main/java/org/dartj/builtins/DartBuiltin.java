package org.dartj.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a builtin node as a member of a Dart core-library type (or a top-level function
 * when {@link #owner()} is empty). The node's children read, in order: the receiver (for
 * instance members), then the required, optional positional and named parameters.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DartBuiltin {
    enum Kind { METHOD, GETTER, SETTER, STATIC, STATIC_GETTER, CONSTRUCTOR, FUNCTION }

    /** The Dart library that exports the owner or function. */
    String library() default "dart:core";

    /** The owning class, or "" for a top-level function. */
    String owner() default "";

    /** The member name; "" for an unnamed constructor. */
    String name();

    Kind kind() default Kind.METHOD;

    int required() default 0;

    int optional() default 0;

    String[] named() default {};

    /**
     * The declared types of the required parameters (Dart type names, {@code ?} for nullable),
     * for the signature a tear-off prints and its {@code runtimeType}; used with
     * {@link #returnType()}.
     */
    String[] parameterTypes() default {};

    /** The declared return type; "" when the builtin's signature is not declared. */
    String returnType() default "";
}
