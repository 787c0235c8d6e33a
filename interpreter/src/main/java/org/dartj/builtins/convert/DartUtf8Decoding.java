package org.dartj.builtins.convert;

/**
 * UTF-8 decoding as the Dart VM's {@code _Utf8Decoder} does it (sdk/lib/convert/utf.dart and the
 * VM's convert_patch.dart): Höhrmann's state machine, the VM's error names and offsets, its
 * replacement rules under {@code allowMalformed}, a leading BOM skipped, and for chunked input
 * the state (partial sequence, partial BOM) carried from one chunk to the next.
 *
 * <p>Offsets: an error names the index of the byte that made the input invalid; an unfinished
 * sequence at the end of a single conversion names the end. A chunked error names the index in
 * its chunk. Plain Java state, one instance per conversion.
 */
public final class DartUtf8Decoding {
    /** A malformed input: the VM's message and offset (-1 when the VM gives none). */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        public final long offset;

        Malformed(String message, long offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    // States. ACCEPT is also the initial state; the others wait for extension bytes.
    private static final int ACCEPT = 0;
    private static final int NEED1 = 1;
    private static final int NEED2 = 2;
    private static final int NEED3 = 3;
    /** After E0: the next byte must be A0..BF (else overlong). */
    private static final int AFTER_E0 = 4;
    /** After ED: the next byte must be 80..9F (else a surrogate). */
    private static final int AFTER_ED = 5;
    /** After F0: the next byte must be 90..BF (else overlong). */
    private static final int AFTER_F0 = 6;
    /** After F4: the next byte must be 80..8F (else beyond U+10FFFF). */
    private static final int AFTER_F4 = 7;

    // Errors (only ever the result of one step).
    private static final int MISSING_EXTENSION = -1;
    private static final int UNEXPECTED_EXTENSION = -2;
    private static final int INVALID = -3;
    private static final int OVERLONG = -4;
    private static final int OUT_OF_RANGE = -5;
    private static final int SURROGATE = -6;

    private static final char REPLACEMENT = '\uFFFD';

    private final boolean allowMalformed;
    private int state = ACCEPT;
    private int partial;
    /** Bytes of a leading BOM seen so far in chunked mode; -1 once decided. */
    private int bomIndex;

    public DartUtf8Decoding(boolean allowMalformed) {
        this.allowMalformed = allowMalformed;
    }

    static String describe(int error) {
        return switch (error) {
            case MISSING_EXTENSION -> "Missing extension byte";
            case UNEXPECTED_EXTENSION -> "Unexpected extension byte";
            case INVALID -> "Invalid UTF-8 byte";
            case OVERLONG -> "Overlong encoding";
            case OUT_OF_RANGE -> "Out of unicode range";
            case SURROGATE -> "Encoded surrogate";
            default -> "Unfinished UTF-8 octet sequence";
        };
    }

    /** The state after {@code b} (0..255) in {@code from}; negative values are errors. */
    private static int step(int from, int b) {
        boolean extension = (b & 0xC0) == 0x80;
        if (from == ACCEPT) {
            if (b < 0x80) {
                return ACCEPT;
            }
            if (extension) {
                return UNEXPECTED_EXTENSION;
            }
            if (b < 0xC2 || b > 0xF4) {
                return INVALID;
            }
            if (b < 0xE0) {
                return NEED1;
            }
            if (b == 0xE0) {
                return AFTER_E0;
            }
            if (b == 0xED) {
                return AFTER_ED;
            }
            if (b < 0xF0) {
                return NEED2;
            }
            if (b == 0xF0) {
                return AFTER_F0;
            }
            return b == 0xF4 ? AFTER_F4 : NEED3;
        }
        if (!extension) {
            return MISSING_EXTENSION;
        }
        return switch (from) {
            case NEED1 -> ACCEPT;
            case NEED2 -> NEED1;
            case NEED3 -> NEED2;
            case AFTER_E0 -> b >= 0xA0 ? NEED1 : OVERLONG;
            case AFTER_ED -> b < 0xA0 ? NEED1 : SURROGATE;
            case AFTER_F0 -> b >= 0x90 ? NEED2 : OVERLONG;
            default -> b < 0x90 ? NEED2 : OUT_OF_RANGE; // AFTER_F4
        };
    }

    private static int leadBits(int b) {
        if (b < 0x80) {
            return b;
        }
        if (b < 0xE0) {
            return b & 0x1F;
        }
        return b < 0xF0 ? b & 0x0F : b & 0x07;
    }

    private static void appendCodePoint(StringBuilder out, int c) {
        if (c >= 0x10000) {
            out.append(Character.highSurrogate(c)).append(Character.lowSurrogate(c));
        } else {
            out.append((char) c);
        }
    }

    /**
     * Decodes {@code bytes[start, end)}; values outside 0..255 count as the invalid byte FF.
     * Errors (without {@code allowMalformed}) leave the decoder ready for new input.
     */
    private String decode(int[] bytes, int start, int end, boolean single) throws Malformed {
        StringBuilder out = new StringBuilder(end - start);
        int s = state;
        int c = partial;
        int i = start;
        while (i < end) {
            int b = bytes[i];
            if ((b & ~0xFF) != 0) {
                b = 0xFF;
            }
            int next = step(s, b);
            if (next >= 0) {
                c = s == ACCEPT ? leadBits(b) : (b & 0x3F) | (c << 6);
                s = next;
                if (s == ACCEPT) {
                    appendCodePoint(out, c);
                }
                i++;
                continue;
            }
            if (!allowMalformed) {
                state = ACCEPT;
                throw new Malformed(describe(next), i);
            }
            out.append(REPLACEMENT);
            if (next == MISSING_EXTENSION) {
                // the byte may start a new sequence: read it again in the initial state
            } else {
                if (next != INVALID && next != UNEXPECTED_EXTENSION) {
                    out.append(REPLACEMENT);
                }
                i++;
            }
            s = ACCEPT;
        }
        if (single && s != ACCEPT) {
            if (!allowMalformed) {
                state = ACCEPT;
                throw new Malformed(describe(0), end);
            }
            out.append(REPLACEMENT);
            s = ACCEPT;
        }
        state = s;
        partial = c;
        return out.toString();
    }

    /** One whole input ({@code Utf8Decoder.convert}); a leading BOM is dropped. */
    public String convertSingle(int[] bytes, int start, int end) throws Malformed {
        if (end - start >= 3 && bytes[start] == 0xEF && bytes[start + 1] == 0xBB && bytes[start + 2] == 0xBF) {
            start += 3;
        }
        state = ACCEPT;
        return decode(bytes, start, end, true);
    }

    /** The next chunk of a chunked conversion; a BOM at the very start of the input is dropped. */
    public String convertChunked(int[] bytes, int start, int end) throws Malformed {
        if (bomIndex >= 0) {
            int i = start;
            while (true) {
                if (bomIndex == 3) {
                    bomIndex = -1;
                    state = ACCEPT;
                    start = i;
                    break;
                }
                if (i == end) {
                    break;
                }
                int expected = bomIndex == 0 ? 0xEF : bomIndex == 1 ? 0xBB : 0xBF;
                if (bytes[i++] != expected) {
                    bomIndex = -1;
                    break;
                }
                bomIndex++;
            }
        }
        if (start == end) {
            return "";
        }
        return decode(bytes, start, end, false);
    }

    /**
     * The end of a chunked input: "" when nothing is pending, else U+FFFD (allowMalformed) or
     * the unfinished-sequence error (without source or offset, as the VM's {@code flush}).
     */
    public String flush() throws Malformed {
        int s = state;
        state = ACCEPT;
        if (s == ACCEPT) {
            return "";
        }
        if (allowMalformed) {
            return String.valueOf(REPLACEMENT);
        }
        throw new Malformed(describe(0), -1);
    }
}
