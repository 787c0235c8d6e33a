// Hashing and bit utilities: FNV-1a and djb2 over 64-bit wrapping ints,
// CRC-32 table, popcount, rotations, >>> on negative values, toRadixString,
// BigInt for the exact values, hex dumps.
import 'dart:convert';

const fnvOffset = 0xcbf29ce484222325;
const fnvPrime = 0x100000001b3;

int fnv1a64(List<int> bytes) {
  var h = fnvOffset;
  for (final b in bytes) {
    h ^= b;
    h *= fnvPrime;
  }
  return h;
}

int djb2(String s) {
  var h = 5381;
  for (final c in s.codeUnits) {
    h = ((h << 5) + h) + c;
  }
  return h;
}

final List<int> crcTable = List<int>.generate(256, (n) {
  var c = n;
  for (var k = 0; k < 8; k++) {
    c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
  }
  return c;
}, growable: false);

int crc32(List<int> bytes) {
  var crc = 0xFFFFFFFF;
  for (final b in bytes) {
    crc = crcTable[(crc ^ b) & 0xFF] ^ (crc >>> 8);
  }
  return crc ^ 0xFFFFFFFF;
}

int popCount(int x) {
  var n = 0;
  while (x != 0) {
    x &= x - 1;
    n++;
  }
  return n;
}

int rotl32(int x, int r) => ((x << r) | (x >>> (32 - r))) & 0xFFFFFFFF;

String hex64(int x) {
  // toRadixString on a negative int gives a minus sign; show the unsigned bits.
  final hi = (x >>> 32).toRadixString(16).padLeft(8, '0');
  final lo = (x & 0xFFFFFFFF).toRadixString(16).padLeft(8, '0');
  return '$hi$lo';
}

String hexDump(List<int> bytes) {
  final sb = StringBuffer();
  for (var off = 0; off < bytes.length; off += 8) {
    final row = bytes.sublist(off, off + 8 > bytes.length ? bytes.length : off + 8);
    sb.write(off.toRadixString(16).padLeft(4, '0'));
    sb.write(': ');
    sb.write(row.map((b) => b.toRadixString(16).padLeft(2, '0')).join(' ').padRight(23));
    sb.write('  ');
    sb.writeln(String.fromCharCodes(row.map((b) => b >= 32 && b < 127 ? b : 46)));
  }
  return sb.toString();
}

void main() {
  final words = ['', 'a', 'hello', 'Dart VM'];
  for (final w in words) {
    final bytes = utf8.encode(w);
    print('${"'$w'".padRight(10)} fnv=${hex64(fnv1a64(bytes))} '
        'djb2=${djb2(w)} crc=${crc32(bytes).toRadixString(16).padLeft(8, '0')}');
  }
  print('crc("123456789") = 0x${crc32(ascii.encode('123456789')).toRadixString(16).toUpperCase()}');

  print('--- shifts');
  const minInt = -9223372036854775808;
  const maxInt = 9223372036854775807;
  print(maxInt + 1 == minInt);
  print(minInt - 1);
  print(maxInt * 2);
  print(-minInt);
  print(minInt.abs());
  print(-1 >>> 1);
  print(-1 >> 1);
  print(-16 >>> 2);
  print(-16 >> 2);
  print(1 << 64);
  print(1 << 63);
  print(5 >>> 64);
  print(-5 >> 70);
  print(0x7FFFFFFF << 1);
  print(~0);
  print(~0xFF & 0xFFFF);
  print(minInt ~/ -1);
  print(minInt % 7);
  print(minInt.remainder(7));

  print('--- radix');
  for (final n in [0, 255, -255, 4096, maxInt, minInt]) {
    print('${n.toRadixString(2).length} ${n.toRadixString(16)} ${n.toRadixString(36)}');
  }
  print(int.parse('-8000000000000000', radix: 16));
  print(int.tryParse('8000000000000000', radix: 16));
  try {
    255.toRadixString(37);
  } on RangeError catch (e) {
    print(e);
  }

  print('--- popcount and rotations');
  for (final n in [0, 1, 0xFF, 0xF0F0, -1, minInt]) {
    print('popcount(${hex64(n)}) = ${popCount(n)} bitLength=${n.bitLength}');
  }
  print(rotl32(0x80000001, 1).toRadixString(16));
  print(rotl32(0x12345678, 8).toRadixString(16));
  print(rotl32(0xDEADBEEF, 16).toRadixString(16));

  print('--- BigInt');
  final big = BigInt.from(maxInt) + BigInt.one;
  print(big);
  print(big.toSigned(64));
  print(big.toUnsigned(64));
  print(BigInt.from(-1).toUnsigned(64).toRadixString(16));
  print((BigInt.two.pow(100) - BigInt.one).toRadixString(16));
  print(BigInt.parse('123456789012345678901234567890') ~/ BigInt.from(97));
  print(BigInt.parse('123456789012345678901234567890') % BigInt.from(97));
  print(BigInt.parse('-ff', radix: 16));
  print(big.isValidInt);
  print((big - BigInt.one).isValidInt);
  print((big - BigInt.one).toInt());
  print(big.toInt());
  print(big.bitLength);
  print(BigInt.from(fnv1a64(utf8.encode('hello'))).toUnsigned(64));
  print(BigInt.from(12).gcd(BigInt.from(18)));
  print(BigInt.from(3).modPow(BigInt.from(200), BigInt.from(1000007)));
  print(BigInt.from(-7) >> 1);
  print(BigInt.from(5) & BigInt.from(-2));
  print(BigInt.tryParse('12x'));
  print(BigInt.parse('  -0x1F  '));
  print(BigInt.tryParse('0x1F', radix: 16));
  print(BigInt.tryParse('0x1F', radix: 10));
  print(~BigInt.from(5));
  print(~BigInt.zero);
  print(BigInt.from(7) / BigInt.from(2));
  print(BigInt.from(3).modInverse(BigInt.from(11)));
  print(BigInt.from(-3).modInverse(BigInt.from(11)));
  try {
    BigInt.from(4).modInverse(BigInt.from(8));
  } catch (e) {
    print(e);
  }
  try {
    BigInt.one.modPow(BigInt.one, BigInt.zero);
  } on ArgumentError catch (e) {
    print(e);
  }
  print(BigInt.from(239).toSigned(5));
  print(BigInt.from(16).toSigned(5));
  print(BigInt.from(-1).toUnsigned(5));
  var q = BigInt.from(126);
  for (var i = 0; i < 3; i++) {
    q = (q + BigInt.one).toSigned(8);
    print('q=$q');
  }
  try {
    BigInt.from(255).toRadixString(1);
  } on RangeError catch (e) {
    print(e);
  }
  try {
    BigInt.parse('0x');
  } on FormatException catch (e) {
    print(e);
  }

  print('--- hex dump');
  print(hexDump(utf8.encode('Hash tables & bits: ü€!')).trimRight());
}
