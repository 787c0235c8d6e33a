package org.dartj.runtime.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** int.parse / double.parse as the Dart VM does them (integers_patch.dart, double_patch.dart). */
class DartNumberParserTest {

  @ParameterizedTest(name = "int.parse(\"{0}\", radix: {1}) = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0                        | 0  | 0
          -0                       | 0  | 0
          +42                      | 0  | 42
          '  12  '                 | 0  | 12
          0x1F                     | 0  | 31
          -0X10                    | 0  | -16
          0xFFFFFFFFFFFFFFFF       | 0  | -1
          0x8000000000000000       | 0  | -9223372036854775808
          9223372036854775807      | 0  | 9223372036854775807
          -9223372036854775808     | 0  | -9223372036854775808
          000000000000000000000000000000000001 | 0 | 1
          ff                       | 16 | 255
          -zz                      | 36 | -1295
          101                      | 2  | 5
          7fffffffffffffff         | 16 | 9223372036854775807
          -8000000000000000        | 16 | -9223372036854775808
          """)
  void parsesInts(String source, int radix, long expected) throws Exception {
    assertEquals(expected, DartNumberParser.parseInt(source, radix));
  }

  @ParameterizedTest(name = "int.parse(\"{0}\", radix: {1}) fails: {2} at {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''                       | 0  | Invalid number                              | 0
          ''                       | 10 | Invalid radix-10 number                     | 0
          '   '                    | 0  | Invalid number                              | 3
          -                        | 0  | Invalid number                              | 1
          0x                       | 0  | Invalid number                              | 2
          12a                      | 0  | Invalid radix-10 number                     | 0
          ' -12a'                  | 0  | Invalid radix-10 number                     | 2
          0xg                      | 0  | Invalid radix-16 number                     | 2
          1.5                      | 0  | Invalid radix-10 number                     | 0
          12                       | 2  | Invalid radix-2 number                      | 0
          0x10                     | 16 | Invalid radix-16 number                     | 0
          1234567890123456789x     | 0  | Invalid radix-10 number                     | 2
          9223372036854775808      | 0  | Positive input exceeds the limit of integer | -1
          -9223372036854775809     | 0  | Negative input exceeds the limit of integer | -1
          0x10000000000000000      | 0  | Positive input exceeds the limit of integer | -1
          -0x8000000000000001      | 0  | Negative input exceeds the limit of integer | -1
          99999999999999999999x    | 0  | Invalid radix-10 number                     | 3
          99999999999999999999999999999999999999x | 0 | Positive input exceeds the limit of integer | -1
          """)
  void rejectsInts(String source, int radix, String message, int offset) {
    DartNumberParser.ParseError e = assertThrows(DartNumberParser.ParseError.class, () -> DartNumberParser.parseInt(source, radix));
    assertEquals(message, e.getMessage());
    assertEquals(offset, e.offset());
  }

  @ParameterizedTest(name = "double.parse(\"{0}\") = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          3.14             | 3.14
          '  3.14 '        | 3.14
          0.               | 0.0
          .0               | 0.0
          -1.e3            | -1000.0
          1234E+7          | 12340000000.0
          +.12e-9          | 1.2e-10
          -NaN             | NaN
          Infinity         | Infinity
          -Infinity        | -Infinity
          +Infinity        | Infinity
          1e400            | Infinity
          -0               | -0.0
          """)
  void parsesDoubles(String source, double expected) {
    assertEquals(expected, DartNumberParser.parseDouble(source));
  }

  @ParameterizedTest(name = "double.parse(\"{0}\") fails")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''
          ' '
          1f
          1d
          0x10
          .
          e5
          1e
          1e+
          +
          infinity
          NaNa
          1_000
          '1 2'
          """)
  void rejectsDoubles(String source) {
    assertNull(DartNumberParser.parseDouble(source));
  }
}
