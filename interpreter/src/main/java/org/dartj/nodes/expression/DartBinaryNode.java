package org.dartj.nodes.expression;

import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.dsl.NodeChild;

/** A binary operator; specializations go from unboxed numbers to a typed error. */
@NodeChild("left")
@NodeChild("right")
public abstract class DartBinaryNode extends DartExpressionNode {
}
