package org.dartj.runtime.number;

import java.math.BigInteger;
import org.dartj.runtime.DartStrings;

/**
 * {@code int.parse} and {@code double.parse} with the Dart VM's rules and error reports.
 *
 * <p>int: surrounding Dart whitespace is ignored, then an optional sign and digits of the radix
 * (letters in either case). Without a radix, {@code 0x}/{@code 0X} after the sign selects hex, and
 * a positive hex literal may use all 64 bits (it wraps, as in the VM). The VM parses in blocks of
 * the digits that fit in a Smi (radix^k <= 2^62), the first block being the remainder; an invalid
 * digit is reported at the start of its block, an overflow without an offset. This class follows
 * that order so that the messages and offsets match.
 *
 * <p>double: surrounding whitespace is ignored, then double-conversion's grammar without flags:
 * {@code [+-]?(Infinity|NaN|digits[.digits][(e|E)[+-]digits])} where the integral or the
 * fractional digits may be empty but not both. No hex, no type suffixes.
 */
public final class DartNumberParser {
  private DartNumberParser() {}

  /** A rejected input: Dart's FormatException message and offset (-1: none). */
  public static final class ParseError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int offset;

    ParseError(String message, int offset) {
      super(message, null, false, false);
      this.offset = offset;
    }

    /** The offset into the source, or -1 when the VM reports none. */
    public int offset() {
      return offset;
    }
  }

  private static final int[] BLOCK_SIZE = new int[37];
  private static final long[] BLOCK_MULTIPLIER = new long[37];

  static {
    for (int radix = 2; radix <= 36; radix++) {
      long power = 1;
      int k = 0;
      while (power <= (1L << 62) / radix) {
        power *= radix;
        k++;
      }
      BLOCK_SIZE[radix] = k;
      BLOCK_MULTIPLIER[radix] = power;
    }
  }

  /**
   * Dart {@code int.parse(source, radix: radix)}; {@code radix} 0 means none. The caller has
   * checked that a given radix is in 2..36.
   */
  public static long parseInt(String source, int radix) throws ParseError {
    if (source.isEmpty()) {
      throw invalid(radix, 0);
    }
    int end = DartStrings.lastNonWhitespace(source) + 1;
    if (end == 0) {
      throw invalid(radix, source.length());
    }
    int start = DartStrings.firstNonWhitespace(source);
    int sign = 1;
    char first = source.charAt(start);
    if (first == '+' || first == '-') {
      sign = first == '-' ? -1 : 1;
      start++;
      if (start == end) {
        throw invalid(radix, end);
      }
      first = source.charAt(start);
    }
    if (radix == 0) {
      if (first == '0') {
        int index = start + 1;
        if (index == end) {
          return 0;
        }
        if ((source.charAt(index) | 0x20) == 'x') {
          index++;
          if (index == end) {
            throw invalid(0, index);
          }
          return parseRadix(source, 16, index, end, sign, sign > 0);
        }
      }
      radix = 10;
    }
    return parseRadix(source, radix, start, end, sign, false);
  }

  /** Dart {@code int.tryParse}: null instead of an error. */
  public static Long tryParseInt(String source, int radix) {
    try {
      return parseInt(source, radix);
    } catch (ParseError e) {
      return null;
    }
  }

  private static ParseError invalid(int radix, int offset) {
    return new ParseError(radix == 0 ? "Invalid number" : "Invalid radix-" + radix + " number", offset);
  }

  private static long parseRadix(String s, int radix, int start, int end, int sign, boolean allowU64) throws ParseError {
    int blockSize = BLOCK_SIZE[radix];
    int length = end - start;
    if (length <= blockSize) {
      long block = parseBlock(s, radix, start, end);
      if (block < 0) {
        throw invalid(radix, start);
      }
      return sign * block;
    }
    long result = 0;
    int small = length % blockSize;
    if (small > 0) {
      long block = parseBlock(s, radix, start, start + small);
      if (block < 0) {
        throw invalid(radix, start);
      }
      result = sign * block;
      start += small;
    }
    long multiplier = BLOCK_MULTIPLIER[radix];
    while (start < end) {
      int blockEnd = start + blockSize;
      long block = parseBlock(s, radix, start, blockEnd);
      if (block < 0) {
        throw invalid(radix, start);
      }
      long high = Math.multiplyHigh(result, multiplier);
      long low = result * multiplier;
      long next = low + sign * block;
      boolean overflow = high != (low >> 63) || (sign > 0 ? next < low : next > low);
      if (overflow) {
        if (sign > 0) {
          if (allowU64 && blockEnd == end) {
            BigInteger exact = BigInteger.valueOf(result).multiply(BigInteger.valueOf(multiplier)).add(BigInteger.valueOf(block));
            if (exact.bitLength() <= 64) {
              return exact.longValue();
            }
          }
          throw new ParseError("Positive input exceeds the limit of integer", -1);
        }
        throw new ParseError("Negative input exceeds the limit of integer", -1);
      }
      result = next;
      start = blockEnd;
    }
    return result;
  }

  /** The value of the digits in [start, end), or -1 if one is not a digit of the radix. */
  private static long parseBlock(String s, int radix, int start, int end) {
    long value = 0;
    for (int i = start; i < end; i++) {
      int digit = digit(s.charAt(i));
      if (digit >= radix) {
        return -1;
      }
      value = value * radix + digit;
    }
    return value;
  }

  /** 0..35 for an ASCII digit or letter, 99 otherwise. */
  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    return 99;
  }

  /** Dart {@code double.tryParse}: the value, or null when the input is not a double literal. */
  public static Double parseDouble(String source) {
    int start = DartStrings.firstNonWhitespace(source);
    if (start == source.length()) {
      return null;
    }
    int end = DartStrings.lastNonWhitespace(source) + 1;
    int i = start;
    boolean negative = false;
    char c = source.charAt(i);
    if (c == '+' || c == '-') {
      negative = c == '-';
      i++;
      if (i == end) {
        return null;
      }
    }
    if (source.startsWith("Infinity", i) && i + 8 == end) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (source.startsWith("NaN", i) && i + 3 == end) {
      return Double.NaN;
    }
    int digits = 0;
    while (i < end && isDigit(source.charAt(i))) {
      i++;
      digits++;
    }
    if (i < end && source.charAt(i) == '.') {
      i++;
      while (i < end && isDigit(source.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return null;
    }
    if (i < end && (source.charAt(i) == 'e' || source.charAt(i) == 'E')) {
      i++;
      if (i < end && (source.charAt(i) == '+' || source.charAt(i) == '-')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < end && isDigit(source.charAt(i))) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits == 0) {
        return null;
      }
    }
    if (i != end) {
      return null;
    }
    // The text is now a plain decimal literal, which Java parses with correct rounding too.
    return Double.parseDouble(source.substring(start, end));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
