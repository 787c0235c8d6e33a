// Number formatting and arithmetic edge cases as found in small CLI tools.
String money(num v) {
  final neg = v < 0;
  final fixed = v.abs().toStringAsFixed(2);
  final parts = fixed.split('.');
  final digits = parts[0];
  final buf = StringBuffer();
  for (var i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 == 0) buf.write(',');
    buf.write(digits[i]);
  }
  return '${neg ? '-' : ''}\$${buf}.${parts[1]}';
}

BigInt factorial(int n) {
  var r = BigInt.one;
  for (var i = 2; i <= n; i++) {
    r *= BigInt.from(i);
  }
  return r;
}

BigInt fib(int n) {
  var a = BigInt.zero, b = BigInt.one;
  for (var i = 0; i < n; i++) {
    final t = a + b;
    a = b;
    b = t;
  }
  return a;
}

void main() {
  for (final v in [0, 1234.5, -987654.321, 1e6, 0.005, 12345678]) {
    print(money(v));
  }
  print(3.14159.toStringAsFixed(3));
  print(2.5.toStringAsFixed(0));
  print(1.005.toStringAsFixed(2));
  print(123.456.toStringAsPrecision(4));
  print(0.000123456.toStringAsPrecision(3));
  print(123456789.0.toStringAsPrecision(3));
  print(1e21.toStringAsFixed(2));
  print(12345.6789.toStringAsExponential(2));
  print(255.toRadixString(16).padLeft(4, '0'));
  print((-255).toRadixString(2));
  print(int.parse('ff', radix: 16));
  print(int.parse('-101', radix: 2));
  print(int.parse('zz', radix: 36));
  print(int.tryParse('12a'));
  print(int.tryParse(' 42 '));
  print(double.parse('1e3'));
  print(double.tryParse('abc'));
  print(num.parse('7'));
  print(num.parse('7.0'));
  print(0.1 + 0.2);
  print(1 / 3);
  print(2 / 2);
  print(1e100);
  print(123456789012345678.0);
  print(1.0e-7);
  print(0.000001);
  print(double.infinity);
  print(-double.infinity);
  print(double.nan);
  print(double.maxFinite);
  print(double.minPositive);
  print(100.0);
  print(1e20);
  print(1e21);
  print(7 ~/ 2);
  print(-7 ~/ 2);
  print(-7 % 3);
  print(-7.remainder(3));
  print(7.5 % 2);
  print(5.clamp(1, 3));
  print(2.5.clamp(0, 1));
  print((-3).abs());
  print(3.7.floor());
  print(3.2.ceil());
  print((-2.5).round());
  print(2.5.round());
  print(3.99.truncate());
  print(10.gcd(4));
  print(2.pow10());
  const maxInt = 9223372036854775807;
  print(maxInt + 1);
  print(maxInt * 2);
  print(-maxInt - 1);
  print((1 << 63));
  print(1 << 64);
  print(-1 >> 1);
  print(-1 >>> 1);
  print(0x7fffffff * 0x7fffffff);
  print(factorial(25));
  print(factorial(30).toString().length);
  print(fib(100));
  print(BigInt.parse('123456789012345678901234567890') % BigInt.from(97));
  print(BigInt.two.pow(100));
  print(BigInt.from(-17) ~/ BigInt.from(5));
  print(BigInt.from(255).toRadixString(16));
  print(BigInt.parse('99999999999999999999').isValidInt);
  print(BigInt.from(12345).toInt());
  print(factorial(20).toInt());
  print(12.isEven);
  print(7.bitLength);
  print(1.5e3.toInt());
  print(42.toDouble());
  print(3 == 3.0);
  print(identical(3, 3.0));
  print(0.1.runtimeType);
  print(1.runtimeType);
  print(12.5 ~/ 4);
}

extension on int {
  int pow10() {
    var r = 1;
    for (var i = 0; i < this; i++) r *= 10;
    return r;
  }
}
