package org.dartj.runtime.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Formats doubles exactly like the Dart VM.
 *
 * <p>{@link #toString(double)} matches {@code double.toString()} in the Dart VM. The VM calls
 * double-conversion's {@code ToShortest} with {@code decimal_in_shortest_low = -6}, {@code
 * decimal_in_shortest_high = 21} and the flags {@code EMIT_POSITIVE_EXPONENT_SIGN | EMIT_TRAILING_DECIMAL_POINT
 * | EMIT_TRAILING_ZERO_AFTER_POINT} (see {@code runtime/vm/double_conversion.cc}). The result is
 * ECMAScript {@code Number::toString}, except that integral values that are not printed in exponent
 * form get a {@code ".0"} suffix and {@code -0.0} keeps its sign.
 *
 * <p>The JDK's {@link Double#toString(double)} (shortest round-trip since JDK 19, Raffaello
 * Giulietti's Schubfach) only supplies the digits and exponent. The output is then laid out again.
 * In one case the JDK's choice of digits differs from double-conversion's. When a one-digit decimal
 * round-trips, the JDK may still print two digits if a two-digit decimal is closer ({@code
 * Double.MIN_VALUE} prints as {@code 4.9E-324}, but Dart prints {@code 5e-324}). That can only
 * happen for subnormals with very few significant bits, and {@link #fixSubnormalTwoDigits} handles it.
 */
public final class DartDoubleFormat {

  private DartDoubleFormat() {}

  /** 2^53: every integral double below this in magnitude prints as its exact integer digits. */
  private static final double EXACT_INT_LIMIT = 9007199254740992.0;

  /** Dart VM {@code double.toString()}. */
  @TruffleBoundary
  public static String toString(double d) {
    if (d != d) {
      return "NaN";
    }
    if (d == Double.POSITIVE_INFINITY) {
      return "Infinity";
    }
    if (d == Double.NEGATIVE_INFINITY) {
      return "-Infinity";
    }
    if (d == 0.0) {
      return Double.doubleToRawLongBits(d) < 0 ? "-0.0" : "0.0";
    }
    // Fast path: exactly representable integral values (|d| < 2^53) have their own integer digits
    // as the shortest round-trip form, and they are well below 1e21.
    if (d > -EXACT_INT_LIMIT && d < EXACT_INT_LIMIT) {
      long l = (long) d;
      if (l == d) {
        return Long.toString(l).concat(".0");
      }
    }

    boolean negative = d < 0;
    Decimal shortest = shortest(negative ? -d : d);
    return layout(negative, shortest.digits, shortest.n, shortest.point);
  }

  /** Decimal digits {@code 0.d1d2...dn * 10^point}; {@code digits} may be longer than {@code n}. */
  private record Decimal(char[] digits, int n, int point) {}

  /** The shortest round-trip digits of a positive finite double (double-conversion SHORTEST). */
  private static Decimal shortest(double abs) {
    String js = Double.toString(abs);

    // Parse the JDK output ("123.456", "0.00123", "1.0E21", "4.9E-324") into significant digits
    // plus a decimal point position, so that value = 0.d1d2...dn * 10^point.
    char[] digits = new char[24];
    int n = 0;
    int intDigits = -1; // number of digits seen before '.'
    int len = js.length();
    int i = 0;
    for (; i < len; i++) {
      char c = js.charAt(i);
      if (c == '.') {
        intDigits = n;
      } else if (c == 'E') {
        break;
      } else {
        digits[n++] = c;
      }
    }
    if (intDigits < 0) {
      intDigits = n;
    }
    int exp10 = 0;
    if (i < len) {
      // exponent part after 'E'
      i++;
      boolean expNeg = false;
      if (js.charAt(i) == '-') {
        expNeg = true;
        i++;
      }
      for (; i < len; i++) {
        exp10 = exp10 * 10 + (js.charAt(i) - '0');
      }
      if (expNeg) {
        exp10 = -exp10;
      }
    }
    // Strip leading zeros (e.g. "0.00123").
    int start = 0;
    while (start < n - 1 && digits[start] == '0') {
      start++;
    }
    int point = intDigits - start + exp10;
    // Strip trailing zeros (e.g. "100.0", "1.0E21").
    int end = n;
    while (end > start + 1 && digits[end - 1] == '0') {
      end--;
    }
    n = end - start;
    if (start != 0) {
      System.arraycopy(digits, start, digits, 0, n);
    }

    if (n == 2 && abs < Double.MIN_NORMAL) {
      int[] res = fixSubnormalTwoDigits(abs, digits, point);
      if (res != null) {
        n = 1;
        point = res[0];
      }
    }
    return new Decimal(digits, n, point);
  }

  /**
   * double-conversion's shortest mode always takes the shortest digit string that round-trips. The
   * JDK, when a single digit would do, takes the closest decimal of length 1 or 2 instead. This
   * checks whether a one-digit decimal round-trips and, if so, writes the closest one into {@code
   * digits[0]} and returns the new decimal point position in a one-element array. Returns {@code
   * null} when two digits are really needed. Rare path (tiny subnormals only).
   */
  private static int[] fixSubnormalTwoDigits(double abs, char[] digits, int point) {
    int d1 = digits[0] - '0';
    int d2 = digits[1] - '0';
    // Candidates: lo = d1 * 10^(point-1), hi = (d1+1) * 10^(point-1); abs lies strictly between.
    int e = point - 1;
    boolean loOk = Double.parseDouble(d1 + "E" + e) == abs;
    int hiDigit = d1 + 1;
    int hiPoint = point;
    if (hiDigit == 10) {
      hiDigit = 1;
      hiPoint = point + 1;
    }
    boolean hiOk = Double.parseDouble(hiDigit + "E" + (hiPoint - 1)) == abs;
    boolean useHi;
    if (loOk && hiOk) {
      if (d2 < 5) {
        useHi = false;
      } else if (d2 > 5) {
        useHi = true;
      } else {
        // Compare abs against the midpoint (d1 + 0.5) * 10^e exactly. A tie cannot happen for a
        // binary value at these magnitudes; round-half-even on the digit would apply otherwise.
        BigDecimal mid = BigDecimal.valueOf(d1 * 10L + 5, -(e - 1));
        int cmp = new BigDecimal(abs).compareTo(mid);
        useHi = cmp > 0 || (cmp == 0 && (d1 & 1) == 1);
      }
    } else if (loOk) {
      useHi = false;
    } else if (hiOk) {
      useHi = true;
    } else {
      return null;
    }
    if (useHi) {
      digits[0] = (char) ('0' + hiDigit);
      return new int[] {hiPoint};
    }
    return new int[] {point};
  }

  /** double-conversion's CreateDecimalRepresentation / CreateExponentialRepresentation. */
  private static String layout(boolean negative, char[] digits, int n, int point) {
    int exponent = point - 1;
    StringBuilder sb = new StringBuilder(32);
    if (negative) {
      sb.append('-');
    }
    if (exponent >= -6 && exponent < 21) {
      if (point <= 0) {
        sb.append("0.");
        for (int z = point; z < 0; z++) {
          sb.append('0');
        }
        sb.append(digits, 0, n);
      } else if (point >= n) {
        sb.append(digits, 0, n);
        for (int z = n; z < point; z++) {
          sb.append('0');
        }
        sb.append(".0");
      } else {
        sb.append(digits, 0, point);
        sb.append('.');
        sb.append(digits, point, n - point);
      }
    } else {
      sb.append(digits[0]);
      if (n > 1) {
        sb.append('.');
        sb.append(digits, 1, n - 1);
      }
      sb.append('e');
      if (exponent < 0) {
        sb.append('-');
        exponent = -exponent;
      } else {
        sb.append('+');
      }
      sb.append(exponent);
    }
    return sb.toString();
  }

  /**
   * Dart VM {@code double.toStringAsFixed(fractionDigits)}. NaN gives {@code "NaN"}. If {@code |d| >=
   * 1e21} (this includes the infinities) the result is {@link #toString(double)}. Otherwise the exact
   * binary value is rounded half-up (away from zero) to {@code fractionDigits} places, and the sign
   * comes from the sign bit, so {@code (-0.0).toStringAsFixed(2)} is {@code "-0.00"} and {@code
   * (-0.001).toStringAsFixed(2)} is {@code "-0.00"}, as in the VM.
   *
   * @throws IllegalArgumentException if {@code fractionDigits} is outside 0..20; the caller should
   *     turn that into a Dart {@code RangeError.range(fractionDigits, 0, 20, "fractionDigits")}.
   */
  @TruffleBoundary
  public static String toStringAsFixed(double d, int fractionDigits) {
    if (fractionDigits < 0 || fractionDigits > 20) {
      throw new IllegalArgumentException("fractionDigits out of range 0..20: " + fractionDigits);
    }
    if (d != d) {
      return "NaN";
    }
    if (d >= 1e21 || d <= -1e21) {
      return toString(d);
    }
    boolean negative = Double.doubleToRawLongBits(d) < 0;
    String body =
        new BigDecimal(negative ? -d : d)
            .setScale(fractionDigits, RoundingMode.HALF_UP)
            .toPlainString();
    return negative ? "-".concat(body) : body;
  }

  /**
   * Dart VM {@code double.toStringAsExponential([fractionDigits])}: double-conversion's {@code
   * ToExponential} with {@code EMIT_POSITIVE_EXPONENT_SIGN}. {@code fractionDigits} -1 means the
   * shortest digits that round-trip (Dart's {@code null}). The sign comes from the sign bit, so
   * {@code -0.0} gives {@code "-0e+0"}.
   *
   * @throws IllegalArgumentException if {@code fractionDigits} is outside -1..20; the caller checks
   *     Dart's range (0..20, or null) first.
   */
  @TruffleBoundary
  public static String toStringAsExponential(double d, int fractionDigits) {
    if (fractionDigits < -1 || fractionDigits > 20) {
      throw new IllegalArgumentException("fractionDigits out of range 0..20: " + fractionDigits);
    }
    if (d != d) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    boolean negative = Double.doubleToRawLongBits(d) < 0;
    double abs = Math.abs(d);
    Decimal decimal;
    int length;
    if (fractionDigits < 0) {
      decimal = abs == 0.0 ? ZERO : shortest(abs);
      length = decimal.n;
    } else {
      decimal = precise(abs, fractionDigits + 1);
      length = fractionDigits + 1;
    }
    StringBuilder sb = new StringBuilder(32);
    if (negative) {
      sb.append('-');
    }
    appendExponential(sb, decimal, length);
    return sb.toString();
  }

  /**
   * Dart VM {@code double.toStringAsPrecision(precision)}: double-conversion's {@code ToPrecision}
   * with {@code EMIT_POSITIVE_EXPONENT_SIGN}, at most 6 leading and no trailing padding zeros. The
   * digits are the exact binary value rounded half-up to {@code precision} significant digits; the
   * exponent form is used when the decimal point would need more than 6 leading zeros (value below
   * 1e-6) or when the integral digits exceed {@code precision}. The sign comes from the sign bit.
   *
   * @throws IllegalArgumentException if {@code precision} is outside 1..21; the caller turns that
   *     into Dart's {@code RangeError.range(precision, 1, 21, "precision")} first.
   */
  @TruffleBoundary
  public static String toStringAsPrecision(double d, int precision) {
    if (precision < 1 || precision > 21) {
      throw new IllegalArgumentException("precision out of range 1..21: " + precision);
    }
    if (d != d) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    boolean negative = Double.doubleToRawLongBits(d) < 0;
    Decimal decimal = precise(Math.abs(d), precision);
    int point = decimal.point;
    StringBuilder sb = new StringBuilder(48);
    if (negative) {
      sb.append('-');
    }
    if (-point + 1 > 6 || point - precision > 0) {
      appendExponential(sb, decimal, precision);
      return sb.toString();
    }
    // double-conversion's CreateDecimalRepresentation with precision - point digits after '.'.
    int after = Math.max(0, precision - point);
    char[] digits = decimal.digits;
    int n = decimal.n;
    if (point <= 0) {
      sb.append('0');
      if (after > 0) {
        sb.append('.');
        for (int z = point; z < 0; z++) {
          sb.append('0');
        }
        sb.append(digits, 0, n);
        for (int z = -point + n; z < after; z++) {
          sb.append('0');
        }
      }
    } else if (point >= n) {
      sb.append(digits, 0, n);
      for (int z = n; z < point; z++) {
        sb.append('0');
      }
      if (after > 0) {
        sb.append('.');
        for (int z = 0; z < after; z++) {
          sb.append('0');
        }
      }
    } else {
      sb.append(digits, 0, point);
      sb.append('.');
      sb.append(digits, point, n - point);
      for (int z = n - point; z < after; z++) {
        sb.append('0');
      }
    }
    return sb.toString();
  }

  private static final Decimal ZERO = new Decimal(new char[] {'0'}, 1, 1);

  /**
   * The exact value of a non-negative finite double rounded half-up (ties away from zero) to
   * {@code precision} significant digits, as double-conversion's PRECISION mode computes them.
   * Trailing zeros may be dropped; zero is "0" with the point after it.
   */
  private static Decimal precise(double abs, int precision) {
    if (abs == 0.0) {
      return ZERO;
    }
    BigDecimal rounded = new BigDecimal(abs).round(new MathContext(precision, RoundingMode.HALF_UP));
    String unscaled = rounded.unscaledValue().toString();
    int n = unscaled.length();
    int point = n - rounded.scale();
    while (n > 1 && unscaled.charAt(n - 1) == '0') {
      n--;
    }
    return new Decimal(unscaled.toCharArray(), n, point);
  }

  /** double-conversion's CreateExponentialRepresentation of {@code length} digits (zero-padded). */
  private static void appendExponential(StringBuilder sb, Decimal decimal, int length) {
    char[] digits = decimal.digits;
    int n = decimal.n;
    sb.append(digits[0]);
    if (length > 1) {
      sb.append('.');
      for (int i = 1; i < length; i++) {
        sb.append(i < n ? digits[i] : '0');
      }
    }
    int exponent = decimal.point - 1;
    sb.append('e');
    if (exponent < 0) {
      sb.append('-');
      exponent = -exponent;
    } else {
      sb.append('+');
    }
    sb.append(exponent);
  }
}
