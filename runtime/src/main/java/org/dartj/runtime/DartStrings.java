package org.dartj.runtime;

/** String helpers with Dart's definitions (UTF-16 code units, Dart's whitespace set). */
public final class DartStrings {
  private DartStrings() {}

  /**
   * Dart's whitespace, as {@code String.trim} and the number parsers see it: the Unicode
   * White_Space characters (9..13, space, U+0085, U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029,
   * U+202F, U+205F, U+3000) and the BOM U+FEFF. Unlike Java's {@code strip}, U+180E is not
   * whitespace; unlike {@code trim}, control characters other than 9..13 are not.
   */
  public static boolean isWhitespace(int c) {
    if (c <= 32) {
      return c == 32 || (c >= 9 && c <= 13);
    }
    if (c < 0x85) {
      return false;
    }
    if (c == 0x85 || c == 0xA0) {
      return true;
    }
    if (c <= 0x200A) {
      return c == 0x1680 || c >= 0x2000;
    }
    return c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
  }

  /** Index of the first non-whitespace code unit, or {@code s.length()}. */
  public static int firstNonWhitespace(String s) {
    int i = 0;
    while (i < s.length() && isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Index of the last non-whitespace code unit, or -1. */
  public static int lastNonWhitespace(String s) {
    int i = s.length() - 1;
    while (i >= 0 && isWhitespace(s.charAt(i))) {
      i--;
    }
    return i;
  }
}
