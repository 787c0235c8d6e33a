package org.dartj.types;

/** dynamic, void, Never and Null: the types that are not a class's. */
public final class DartSpecialType extends DartType {
    public enum Kind {
        DYNAMIC("dynamic"), VOID("void"), NEVER("Never"), NULL("Null");

        final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    public static final DartSpecialType DYNAMIC = new DartSpecialType(Kind.DYNAMIC, true);
    public static final DartSpecialType VOID = new DartSpecialType(Kind.VOID, true);
    public static final DartSpecialType NEVER = new DartSpecialType(Kind.NEVER, false);
    public static final DartSpecialType NULL = new DartSpecialType(Kind.NULL, true);

    private final Kind kind;

    private DartSpecialType(Kind kind, boolean nullable) {
        super(nullable);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public boolean isTop() {
        return kind == Kind.DYNAMIC || kind == Kind.VOID;
    }

    @Override
    public DartType withNullable(boolean value) {
        // Never? is Null; the others are nullable already.
        return kind == Kind.NEVER && value ? NULL : this;
    }

    @Override
    public String toString() {
        return kind.text;
    }
}
