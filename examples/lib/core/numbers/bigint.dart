// BigInt on java.math.BigInteger: parsing (radix, 0x), arithmetic with Dart's division rules, pow/modPow, conversions.
void main() {
  var a = BigInt.parse('123456789012345678901234567890');
  print(a * BigInt.two);
  print(a + BigInt.one);
  print(-a);
  print(a ~/ BigInt.from(7));
  print(a % BigInt.from(7));
  print(BigInt.from(-7).remainder(BigInt.from(3)));
  print(BigInt.from(-7) % BigInt.from(3));
  print(BigInt.two.pow(100));
  print(BigInt.from(4).modPow(BigInt.from(13), BigInt.from(497)));
  print(a > BigInt.zero);
  print(a.compareTo(a));
  print(BigInt.from(255).toRadixString(16));
  print(BigInt.parse('ff', radix: 16));
  print(BigInt.parse('-0x10'));
  print(BigInt.tryParse('12x'));
  print(a.toInt());
  print(BigInt.from(42).toInt());
  print(BigInt.from(1e20));
  print(a.isValidInt);
  print(BigInt.from(12).gcd(BigInt.from(18)));
  print(BigInt.one << 70);
  print(a == BigInt.parse('123456789012345678901234567890'));
  print(a.bitLength);
  print('${BigInt.from(10)}');
  try {
    BigInt.parse('nope');
  } on FormatException catch (e) {
    print(e);
  }
}
