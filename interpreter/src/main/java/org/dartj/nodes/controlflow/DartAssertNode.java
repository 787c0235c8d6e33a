package org.dartj.nodes.controlflow;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartErrorObject;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.expression.DartConditionNode;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code assert(condition, message)} when asserts are enabled ({@code --enable-asserts}); with
 * them off the translator emits nothing. A false condition throws the VM's
 * {@code _AssertionError}, which names the script, the condition's line and column and its
 * source text.
 */
public final class DartAssertNode extends DartStatementNode {
    @Child private DartConditionNode condition;
    @Child private DartExpressionNode message;
    private final String url;
    private final int line;
    private final int column;
    private final String conditionText;

    public DartAssertNode(DartExpressionNode condition, DartExpressionNode message, String url, int line, int column, String conditionText) {
        this.condition = new DartConditionNode(condition);
        this.message = message;
        this.url = url;
        this.line = line;
        this.column = column;
        this.conditionText = conditionText;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!condition.executeCondition(frame)) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            Object m = message == null ? DartNull.INSTANCE : message.executeGeneric(frame);
            throw failed(m);
        }
    }

    @TruffleBoundary
    private DartException failed(Object m) {
        String detail = m == DartNull.INSTANCE ? "is not true." : m instanceof com.oracle.truffle.api.strings.TruffleString s ? s.toJavaStringUncached() : DartErrors.safeToString(m);
        String text = "'" + url + "': Failed assertion: line " + line + (column > 0 ? " pos " + column : "") + ": '" + conditionText + "': " + detail;
        return new DartException(new DartErrorObject(DartLanguage.get(this).coreClasses().byName("_AssertionError"), m, text), this);
    }
}
