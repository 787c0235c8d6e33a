package org.dartj.runtime.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code toStringAsExponential} and {@code toStringAsPrecision} as the Dart VM prints them
 * (double-conversion's ToExponential / ToPrecision with EMIT_POSITIVE_EXPONENT_SIGN; at most six
 * leading padding zeros and no trailing ones in precision mode). Expected strings come from the
 * examples in the Dart SDK's num.dart documentation and corelib tests, and from V8's
 * Number.prototype.toExponential / toPrecision (same double-conversion code), except for negative
 * zero, where Dart keeps the sign.
 */
class DartDoubleFormatPrecisionTest {

  private static double input(String s) {
    return switch (s) {
      case "MIN_VALUE" -> Double.MIN_VALUE;
      case "MAX_VALUE" -> Double.MAX_VALUE;
      case "-MAX_VALUE" -> -Double.MAX_VALUE;
      case "0.1+0.2" -> 0.1 + 0.2;
      case "1/3" -> 1.0 / 3.0;
      default -> Double.parseDouble(s);
    };
  }

  @ParameterizedTest(name = "{0}.toStringAsExponential({1}) -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # value                 | fractionDigits (-1: null) | expected
          NaN                     | -1 | NaN
          NaN                     | 3  | NaN
          Infinity                | -1 | Infinity
          -Infinity               | 2  | -Infinity
          0.0                     | -1 | 0e+0
          -0.0                    | -1 | -0e+0
          0.0                     | 2  | 0.00e+0
          -0.0                    | 2  | -0.00e+0
          1.0                     | -1 | 1e+0
          1.0                     | 3  | 1.000e+0
          1.0                     | 20 | 1.00000000000000000000e+0
          0.1                     | 20 | 1.00000000000000005551e-1
          123.0                   | 0  | 1e+2
          123456.0                | -1 | 1.23456e+5
          123456.0                | 3  | 1.235e+5
          123.456                 | -1 | 1.23456e+2
          -123.456                | -1 | -1.23456e+2
          256463.51554546         | 3  | 2.565e+5
          2351.44464661           | -1 | 2.35144464661e+3
          254645466111.0          | 3  | 2.546e+11
          1224.0                  | 20 | 1.22400000000000000000e+3
          5.25                    | 0  | 5e+0
          # ties of the exact binary value round away from zero
          1.5                     | 0  | 2e+0
          2.5                     | 0  | 3e+0
          -2.5                    | 0  | -3e+0
          1.25                    | 1  | 1.3e+0
          # 1.45 is 1.4499999999999999556..., 1.55 is 1.5500000000000000444...
          1.45                    | 1  | 1.4e+0
          1.55                    | 1  | 1.6e+0
          9.99                    | 1  | 1.0e+1
          9.96                    | 0  | 1e+1
          0.1+0.2                 | -1 | 3.0000000000000004e-1
          0.1+0.2                 | 16 | 3.0000000000000004e-1
          0.1+0.2                 | 20 | 3.00000000000000044409e-1
          1/3                     | 5  | 3.33333e-1
          0.00001234              | 2  | 1.23e-5
          1e-7                    | -1 | 1e-7
          1e21                    | -1 | 1e+21
          1e21                    | 1  | 1.0e+21
          MAX_VALUE               | -1 | 1.7976931348623157e+308
          MAX_VALUE               | 2  | 1.80e+308
          -MAX_VALUE              | 0  | -2e+308
          MIN_VALUE               | -1 | 5e-324
          MIN_VALUE               | 3  | 4.941e-324
          MIN_VALUE               | 20 | 4.94065645841246544177e-324
          """)
  void toStringAsExponential(String value, int fractionDigits, String expected) {
    assertEquals(expected, DartDoubleFormat.toStringAsExponential(input(value), fractionDigits));
  }

  @ParameterizedTest(name = "{0}.toStringAsPrecision({1}) -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # value                 | precision | expected
          NaN                     | 1  | NaN
          Infinity                | 5  | Infinity
          -Infinity               | 5  | -Infinity
          0.0                     | 1  | 0
          0.0                     | 3  | 0.00
          -0.0                    | 1  | -0
          -0.0                    | 2  | -0.0
          1.0                     | 1  | 1
          1.0                     | 2  | 1.0
          1.0                     | 21 | 1.00000000000000000000
          0.5                     | 1  | 0.5
          1.5                     | 1  | 2
          2.5                     | 1  | 3
          -1.5                    | 1  | -2
          123.456                 | 2  | 1.2e+2
          123.456                 | 3  | 123
          123.456                 | 4  | 123.5
          123.456                 | 8  | 123.45600
          -123.456                | 4  | -123.5
          # rounding carries into a new digit
          99.99                   | 3  | 100
          99.99                   | 2  | 1.0e+2
          999.99                  | 3  | 1.00e+3
          0.099999                | 2  | 0.10
          1e15                    | 3  | 1.00e+15
          123456.0                | 2  | 1.2e+5
          123456.0                | 6  | 123456
          123456.0                | 7  | 123456.0
          1234567.0               | 3  | 1.23e+6
          1234567.0               | 9  | 1234567.00
          12345678901234567890.0  | 14 | 1.2345678901235e+19
          12345678901234567890.0  | 20 | 12345678901234567168
          1e21                    | 3  | 1.00e+21
          1e21                    | 21 | 1.00000000000000000000e+21
          # at most six leading zeros after the point
          0.000001                | 2  | 0.0000010
          0.0000012345            | 15 | 0.00000123450000000000
          0.00000012345           | 15 | 1.23450000000000e-7
          1e-7                    | 1  | 1e-7
          0.1                     | 21 | 0.100000000000000005551
          0.1+0.2                 | 17 | 0.30000000000000004
          1/3                     | 3  | 0.333
          MAX_VALUE               | 3  | 1.80e+308
          MIN_VALUE               | 1  | 5e-324
          MIN_VALUE               | 4  | 4.941e-324
          """)
  void toStringAsPrecision(String value, int precision, String expected) {
    assertEquals(expected, DartDoubleFormat.toStringAsPrecision(input(value), precision));
  }

  /** Precision 17 (and shortest exponential form) always round-trips. */
  @Test
  void exponentialAndPrecisionRoundTrip() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 50_000; i++) {
      double d = Double.longBitsToDouble(random.nextLong());
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        continue;
      }
      String e = DartDoubleFormat.toStringAsExponential(d, -1);
      assertEquals(d, Double.parseDouble(e), () -> "shortest exponential " + e);
      String p = DartDoubleFormat.toStringAsPrecision(d, 17);
      assertEquals(d, Double.parseDouble(p), () -> "precision 17 " + p);
      String f = DartDoubleFormat.toStringAsExponential(d, 20);
      assertEquals(d, Double.parseDouble(f), () -> "20 fraction digits " + f);
    }
  }

  @Test
  void rejectsOutOfRangeDigits() {
    assertThrows(IllegalArgumentException.class, () -> DartDoubleFormat.toStringAsExponential(1.0, 21));
    assertThrows(IllegalArgumentException.class, () -> DartDoubleFormat.toStringAsExponential(1.0, -2));
    assertThrows(IllegalArgumentException.class, () -> DartDoubleFormat.toStringAsPrecision(1.0, 0));
    assertThrows(IllegalArgumentException.class, () -> DartDoubleFormat.toStringAsPrecision(1.0, 22));
  }
}
