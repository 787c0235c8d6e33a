package org.dartj.parser;

import org.dartj.nodes.call.DartFunctionHolder;

/** A static method or getter of a class declared in Dart (with its setter, if any). */
record DartStaticMember(DartFunctionHolder holder, boolean isGetter, DartFunctionHolder setter) {
}
