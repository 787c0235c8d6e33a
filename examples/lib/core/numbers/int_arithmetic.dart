// int members: truncating division, Euclidean modulo, remainder, bit operations.
void main() {
  print('~/ and %');
  for (var a in [7, -7]) {
    for (var b in [2, -2]) {
      print('$a ~/ $b = ${a ~/ b}, $a % $b = ${a % b}, $a.remainder($b) = ${a.remainder(b)}');
    }
  }
  print(7 ~/ 2.5);
  print(-7 ~/ 2.5);
  print(7 % 2.5);
  print(-7 % 2.5);
  print(7.remainder(2.5));
  print((-7).remainder(2.5));

  print('abs and sign');
  print((-5).abs());
  print(5.abs());
  for (var v in [-9, 0, 9]) {
    print('$v.sign = ${v.sign}');
  }
  print((-9223372036854775807 - 1).abs());

  print('parity and bits');
  for (var v in [0, 1, 2, -1, -2]) {
    print('$v: isEven ${v.isEven}, isOdd ${v.isOdd}');
  }
  for (var v in [0, 1, 2, 255, 256, -1, -256, -257]) {
    print('$v.bitLength = ${v.bitLength}');
  }
  print(9223372036854775807.bitLength);
  print(300.toUnsigned(8));
  print((-1).toUnsigned(16));
  print(255.toSigned(8));
  print(127.toSigned(8));
  print(128.toSigned(8));
  print((-1).toUnsigned(64));
  print(5.isNegative);
  print((-5).isNegative);
  print(5.isNaN);
  print(5.isFinite);
  print(5.isInfinite);

  print('radix strings');
  print(255.toRadixString(16));
  print(255.toRadixString(2));
  print((-255).toRadixString(16));
  print(35.toRadixString(36));
  print(0.toRadixString(7));
  print((-9223372036854775807 - 1).toRadixString(16));
  print(9223372036854775807.toRadixString(36));

  print('gcd, modPow, modInverse');
  print(12.gcd(18));
  print((-12).gcd(18));
  print(0.gcd(5));
  print(0.gcd(0));
  print(17.gcd(5));
  print(4.modPow(13, 497));
  print((-3).modPow(3, 7));
  print(5.modPow(0, 1));
  print(2.modPow(100, 1000000007));
  print(123456789.modPow(987654321, 9223372036854775807));
  print(3.modInverse(11));
  print((-3).modInverse(11));
  print(7.modInverse(1));

  print('wrapping');
  print(9223372036854775807 + 1);
  print(-9223372036854775807 - 2);
  print(3037000500 * 3037000500);
  print((-9223372036854775807 - 1) ~/ -1);
  print((-9223372036854775807 - 1) % -1);

  print('conversions');
  print(5.toDouble());
  print(5.toInt());
  print(5.round());
  print(5.floor());
  print(5.ceil());
  print(5.truncate());
  print(5.roundToDouble());
  print((-5).truncateToDouble());
  print(7 / 2);
  print(6 / 3);
}
