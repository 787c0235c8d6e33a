// BigInt's bit-level members: toSigned/toUnsigned, ~, /, modInverse, modPow's
// argument checks, strict parsing (ASCII digits, 0x only without a radix).
void main() {
  print(BigInt.from(239).toSigned(5));
  print(BigInt.from(16).toSigned(5));
  print(BigInt.from(-1).toUnsigned(5));
  print(BigInt.parse('ffffffffffffffff', radix: 16).toSigned(64));
  print(BigInt.from(-2).toUnsigned(64));
  var q = BigInt.from(254);
  for (var i = 0; i < 3; i++) {
    q = (q + BigInt.one).toUnsigned(8);
    print('q=$q');
  }
  print(~BigInt.from(5));
  print(~BigInt.from(-1));
  print(BigInt.from(7) / BigInt.from(2));
  print(BigInt.one / BigInt.zero);
  print(BigInt.from(3).modInverse(BigInt.from(11)));
  print(BigInt.from(-3).modInverse(BigInt.from(11)));
  print(BigInt.from(5).modInverse(BigInt.one));
  try {
    BigInt.from(4).modInverse(BigInt.from(8));
  } on Exception catch (e) {
    print(e);
  }
  try {
    BigInt.two.modInverse(BigInt.zero);
  } on ArgumentError catch (e) {
    print(e);
  }
  try {
    BigInt.two.modPow(BigInt.from(-1), BigInt.from(5));
  } on ArgumentError catch (e) {
    print(e);
  }
  try {
    BigInt.two.modPow(BigInt.one, BigInt.from(-5));
  } on ArgumentError catch (e) {
    print(e);
  }
  print(BigInt.parse(' +42 '));
  print(BigInt.tryParse('0x-5'));
  print(BigInt.tryParse('0x10', radix: 10));
  print(BigInt.tryParse('0x10', radix: 16));
  print(BigInt.tryParse('٣'));
  print(BigInt.tryParse('-'));
  try {
    BigInt.parse('10', radix: 37);
  } on RangeError catch (e) {
    print(e);
  }
  try {
    BigInt.from(10).toRadixString(37);
  } on RangeError catch (e) {
    print(e);
  }
}
