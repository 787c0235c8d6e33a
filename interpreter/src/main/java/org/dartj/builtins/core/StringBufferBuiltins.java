package org.dartj.builtins.core;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.nodes.call.DartArguments;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.strings.TruffleString;

/** StringBuffer: a growable sequence of UTF-16 code units; prints as its contents. */
public final class StringBufferBuiltins {
    private StringBufferBuiltins() {
    }

    /** The Dart object behind a StringBuffer. */
    public static final class DartStringBuffer implements DartObject {
        private final DartClass dartClass;
        final StringBuilder contents = new StringBuilder();

        DartStringBuffer(DartClass dartClass) {
            this.dartClass = dartClass;
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        @TruffleBoundary
        public String toString() {
            return contents.toString();
        }
    }

    /** Whether the call passed its optional positional argument (an explicit null counts). */
    static boolean passed(VirtualFrame frame, int positional) {
        return DartArguments.positionalCount(frame.getArguments()) >= positional;
    }

    @TruffleBoundary
    static void write(DartStringBuffer buffer, Object value) {
        buffer.contents.append(DartToString.toDisplayString(value));
    }

    @DartBuiltin(owner = "StringBuffer", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, optional = 1)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        protected DartStringBuffer create(VirtualFrame frame, Object content) {
            DartStringBuffer buffer = new DartStringBuffer(DartLanguage.get(this).coreClasses().byName("StringBuffer"));
            if (passed(frame, 1)) {
                write(buffer, content);
            }
            return buffer;
        }
    }

    @DartBuiltin(owner = "StringBuffer", name = "write", required = 1)
    public abstract static class WriteNode extends DartBuiltinNode {
        @Specialization
        protected Object write(DartStringBuffer self, Object value) {
            StringBufferBuiltins.write(self, value);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "StringBuffer", name = "writeln", optional = 1)
    public abstract static class WritelnNode extends DartBuiltinNode {
        @Specialization
        protected Object writeln(VirtualFrame frame, DartStringBuffer self, Object value) {
            if (passed(frame, 1)) {
                StringBufferBuiltins.write(self, value);
            }
            StringBufferBuiltins.write(self, StringBuiltins.ts("\n"));
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "StringBuffer", name = "writeAll", required = 1, optional = 1)
    public abstract static class WriteAllNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object writeAll(DartStringBuffer self, Object objects, Object separator) {
            Object[] elements = StringBuiltins.elements(objects, "Iterable<dynamic>", this);
            String sep = separator instanceof TruffleString s ? s.toJavaStringUncached() : "";
            for (int i = 0; i < elements.length; i++) {
                if (i > 0) {
                    self.contents.append(sep);
                }
                StringBufferBuiltins.write(self, elements[i]);
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "StringBuffer", name = "writeCharCode", required = 1)
    public abstract static class WriteCharCodeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object writeCharCode(DartStringBuffer self, long charCode) {
            if (!StringBuiltins.appendCharCode(self.contents, charCode)) {
                throw DartErrors.rangeError(charCode, 0L, 0x10FFFFL, null, this);
            }
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "StringBuffer", name = "length", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LengthNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long length(DartStringBuffer self) {
            return self.contents.length();
        }
    }

    @DartBuiltin(owner = "StringBuffer", name = "isEmpty", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsEmptyNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean isEmpty(DartStringBuffer self) {
            return self.contents.isEmpty();
        }
    }

    @DartBuiltin(owner = "StringBuffer", name = "isNotEmpty", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsNotEmptyNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean isNotEmpty(DartStringBuffer self) {
            return !self.contents.isEmpty();
        }
    }

    @DartBuiltin(owner = "StringBuffer", name = "clear")
    public abstract static class ClearNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object clear(DartStringBuffer self) {
            self.contents.setLength(0);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "StringBuffer", name = "toString")
    public abstract static class ToStringNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString contents(DartStringBuffer self) {
            return StringBuiltins.ts(self.contents.toString());
        }
    }
}
