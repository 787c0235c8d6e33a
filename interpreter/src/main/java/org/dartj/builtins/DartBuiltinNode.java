package org.dartj.builtins;

import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeChild;

/** Base of builtin implementations: the children are the (normalized) arguments. */
@NodeChild(value = "arguments", type = DartExpressionNode[].class)
@GenerateNodeFactory
public abstract class DartBuiltinNode extends DartExpressionNode {
}
