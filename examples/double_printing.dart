// How the Dart VM converts doubles to strings (shortest round-trip digits,
// ".0" for integral values, exponent form outside [1e-6, 1e21)).

void main() {
  print(1.0);
  print(0.1 + 0.2);
  print(0.1 * 3);
  print(1.1 * 1.1);
  print(0.5);
  print(3.14);
  print(-2.5);
  print(100.0);
  print(1e3);
  print(1.5e3);
  print(1e20);
  print(1e21);
  print(123e18);
  print(12345678901234567890.0);
  print(0.000001);
  print(1e-6);
  print(1e-7);
  print(0.0000012);
  print(2.5e-10);
  print(1.5e300);
  print(1.7976931348623157e308);
  print(5e-324);
  print(123456789.123);
  print(0.0);
  print(-0.0);
  print(0.0 == -0.0);
  print(0.0 / 0.0);
  print(1 / 0);
  print(-1 / 0);
  print(1e300 * 1e10);

  // Division and mixed int/double arithmetic.
  print(10 / 4);
  print(4 / 2);
  print(7 / 7);
  print(1 / 3);
  print(2 / 3);
  print(100 / 3);
  print(1 + 2.0);
  print(2.0 * 3);
  print(3 - 0.5);
  print(7.5 ~/ 2);
  print(7.5 % 2);
  print(-7.5 % 2);
  print(1 == 1.0);
  print(0.1 + 0.2 == 0.3);
  print(2.5 > 2);

  // Doubles in strings, lists and maps.
  var d = 2.50;
  var whole = 8.0;
  print('d=$d whole=$whole sum=${d + whole} neg=${-whole}');
  print([1.0, 0.5, 1e21, -0.0]);
  print({'pi': 3.14159, 'big': 1e100, 'tiny': 1e-10});
  print(d.toString());
  print(whole.toString() + '!');
}
