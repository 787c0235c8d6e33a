package org.dartj.runtime.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected strings are what the Dart VM prints for {@code double.toString()}. That is
 * double-conversion ToShortest with decimal range [-6, 21), EMIT_POSITIVE_EXPONENT_SIGN and a
 * trailing ".0". They were checked against V8's Number.prototype.toString, which uses the same
 * double-conversion digits and the same thresholds, with ".0" added to integral results.
 */
class DartDoubleFormatTest {

  /** Parses the input column: a Java double literal, or a named or computed value. */
  private static double input(String s) {
    switch (s) {
      case "MIN_VALUE":
        return Double.MIN_VALUE;
      case "-MIN_VALUE":
        return -Double.MIN_VALUE;
      case "2*MIN_VALUE":
        return 2 * Double.MIN_VALUE;
      case "3*MIN_VALUE":
        return 3 * Double.MIN_VALUE;
      case "4*MIN_VALUE":
        return 4 * Double.MIN_VALUE;
      case "10*MIN_VALUE":
        return 10 * Double.MIN_VALUE;
      case "12*MIN_VALUE":
        return 12 * Double.MIN_VALUE;
      case "MAX_VALUE":
        return Double.MAX_VALUE;
      case "-MAX_VALUE":
        return -Double.MAX_VALUE;
      case "MIN_NORMAL":
        return Double.MIN_NORMAL;
      case "MAX_SUBNORMAL":
        return Math.nextDown(Double.MIN_NORMAL);
      case "0.1+0.2":
        return 0.1 + 0.2;
      case "1/3":
        return 1.0 / 3.0;
      case "2/3":
        return 2.0 / 3.0;
      case "1e15+0.3":
        return 1e15 + 0.3;
      case "2^63":
        return 9223372036854775808.0;
      case "nextDown(1e21)":
        return Math.nextDown(1e21);
      case "nextDown(1e-6)":
        return Math.nextDown(1e-6);
      case "nextUp(1.0)":
        return Math.nextUp(1.0);
      case "nextDown(1.0)":
        return Math.nextDown(1.0);
      default:
        return Double.parseDouble(s);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # special values
          NaN                      | NaN
          Infinity                 | Infinity
          -Infinity                | -Infinity
          0.0                      | 0.0
          -0.0                     | -0.0
          # small integral values keep ".0"
          1.0                      | 1.0
          -1.0                     | -1.0
          100.0                    | 100.0
          10000000.0               | 10000000.0
          9007199254740991.0       | 9007199254740991.0
          9007199254740992.0       | 9007199254740992.0
          9007199254740993.0       | 9007199254740992.0
          1e16                     | 10000000000000000.0
          2^63                     | 9223372036854776000.0
          # around the 1e21 threshold
          1e20                     | 100000000000000000000.0
          -1e20                    | -100000000000000000000.0
          100000000000000000000.5  | 100000000000000000000.0
          123456789012345680000.0  | 123456789012345680000.0
          nextDown(1e21)           | 999999999999999900000.0
          1e21                     | 1e+21
          -1e21                    | -1e+21
          1.5e21                   | 1.5e+21
          -1.2345e21               | -1.2345e+21
          1e22                     | 1e+22
          1e23                     | 1e+23
          1e100                    | 1e+100
          1.5e300                  | 1.5e+300
          MAX_VALUE                | 1.7976931348623157e+308
          -MAX_VALUE               | -1.7976931348623157e+308
          # shortest round-trip digits
          0.1                      | 0.1
          -0.1                     | -0.1
          0.3                      | 0.3
          0.5                      | 0.5
          0.1+0.2                  | 0.30000000000000004
          1/3                      | 0.3333333333333333
          2/3                      | 0.6666666666666666
          123.456                  | 123.456
          -123.456                 | -123.456
          4.35                     | 4.35
          3.141592653589793        | 3.141592653589793
          12345678.9               | 12345678.9
          nextUp(1.0)              | 1.0000000000000002
          nextDown(1.0)            | 0.9999999999999999
          1e15+0.3                 | 1000000000000000.2
          # around the 1e-6 threshold
          0.001                    | 0.001
          1e-5                     | 0.00001
          1.25e-5                  | 0.0000125
          1e-6                     | 0.000001
          -1e-6                    | -0.000001
          0.0000012                | 0.0000012
          0.000001234              | 0.000001234
          nextDown(1e-6)           | 9.999999999999997e-7
          9.99999e-7               | 9.99999e-7
          1e-7                     | 1e-7
          -1e-7                    | -1e-7
          1.5e-7                   | 1.5e-7
          1.2345e-7                | 1.2345e-7
          # subnormals and MIN_NORMAL (the JDK prints 4.9E-324, 9.9E-324, ... here)
          MIN_VALUE                | 5e-324
          -MIN_VALUE               | -5e-324
          4.9406564584124654e-324  | 5e-324
          2*MIN_VALUE              | 1e-323
          3*MIN_VALUE              | 1.5e-323
          4*MIN_VALUE              | 2e-323
          10*MIN_VALUE             | 5e-323
          12*MIN_VALUE             | 6e-323
          MAX_SUBNORMAL            | 2.225073858507201e-308
          MIN_NORMAL               | 2.2250738585072014e-308
          """)
  void toStringMatchesDartVm(String value, String expected) {
    assertEquals(expected, DartDoubleFormat.toString(input(value)));
  }

  @Test
  void toStringRoundTrips() {
    SplittableRandom random = new SplittableRandom(20240601);
    for (int i = 0; i < 200_000; i++) {
      double d = Double.longBitsToDouble(random.nextLong());
      if (Double.isNaN(d)) {
        continue;
      }
      String s = DartDoubleFormat.toString(d);
      assertEquals(
          Double.doubleToRawLongBits(d),
          Double.doubleToRawLongBits(Double.parseDouble(s)),
          () -> "round trip of " + s);
    }
  }

  /** Cases from dart-lang/sdk tests/corelib/double_to_string_as_fixed_test.dart. */
  @ParameterizedTest(name = "{0}.toStringAsFixed({1}) -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2.0                     | 3  | 2.000
          2.1239                  | 3  | 2.124
          NaN                     | 3  | NaN
          Infinity                | 3  | Infinity
          -Infinity               | 3  | -Infinity
          1111111111111111111111.0 | 8 | 1.1111111111111111e+21
          0.1                     | 2  | 0.10
          0.001                   | 2  | 0.00
          0.001                   | 4  | 0.0010
          1.0                     | 0  | 1
          12.12                   | 0  | 12
          0.00000006              | 9  | 0.000000060
          0.0                     | 0  | 0
          0.0                     | 2  | 0.00
          -0.001                  | 2  | -0.00
          -1.12                   | 0  | -1
          -0.0                    | 0  | -0
          -0.0                    | 2  | -0.00
          0.0000000000000000001   | 20 | 0.00000000000000000010
          1000000000000000128.0   | 0  | 1000000000000000128
          10000000000000128.0     | 20 | 10000000000000128.00000000000000000000
          -0.0000000000000000001  | 20 | -0.00000000000000000010
          0.123123123123123       | 20 | 0.12312312312312299889
          0.5                     | 0  | 1
          -0.5                    | 0  | -1
          1.25                    | 1  | 1.3
          234.20405               | 4  | 234.2040
          234.2040506             | 4  | 234.2041
          1.005                   | 2  | 1.00
          """)
  void toStringAsFixedMatchesDartVm(String value, int fractionDigits, String expected) {
    assertEquals(expected, DartDoubleFormat.toStringAsFixed(input(value), fractionDigits));
  }

  @Test
  void toStringAsFixedRejectsBadFractionDigits() {
    assertThrows(IllegalArgumentException.class, () -> DartDoubleFormat.toStringAsFixed(1.0, -1));
    assertThrows(IllegalArgumentException.class, () -> DartDoubleFormat.toStringAsFixed(1.0, 21));
  }
}
