// int.parse / tryParse (radix, hex, whitespace, overflow), double.parse, num.parse and
// the FormatException texts of the Dart VM.
void tryIt(String label, Object? Function() f) {
  try {
    print('$label -> ${f()}');
  } on FormatException catch (e) {
    print('$label -> $e');
    print('  message: ${e.message}, offset: ${e.offset}');
  } on RangeError catch (e) {
    print('$label -> $e');
  }
}

void main() {
  print(int.parse('42'));
  print(int.parse('-42'));
  print(int.parse('+42'));
  print(int.parse('  \t 17 \n'));
  print(int.parse('0x1F'));
  print(int.parse('-0X1f'));
  print(int.parse('0xFFFFFFFFFFFFFFFF'));
  print(int.parse('9223372036854775807'));
  print(int.parse('-9223372036854775808'));
  print(int.parse('00000000000000000000000000000042'));
  print(int.parse('ff', radix: 16));
  print(int.parse('-ZZ', radix: 36));
  print(int.parse('1010', radix: 2));
  print(int.parse('077', radix: 8));
  print(int.parse('12', radix: 10));

  tryIt('12a', () => int.parse('12a'));
  tryIt('  -1x', () => int.parse('  -1x'));
  tryIt('empty', () => int.parse(''));
  tryIt('blank', () => int.parse('   '));
  tryIt('-', () => int.parse('-'));
  tryIt('0x', () => int.parse('0x'));
  tryIt('0xZ', () => int.parse('0xZ'));
  tryIt('1.0', () => int.parse('1.0'));
  tryIt('2 radix 2', () => int.parse('2', radix: 2));
  tryIt('0x10 radix 16', () => int.parse('0x10', radix: 16));
  tryIt('radix 37', () => int.parse('1', radix: 37));
  tryIt('radix 1', () => int.tryParse('1', radix: 1));
  tryIt('too big', () => int.parse('9223372036854775808'));
  tryIt('too small', () => int.parse('-9223372036854775809'));
  tryIt('hex too big', () => int.parse('0x10000000000000000'));
  tryIt('two lines', () => int.parse('12\n3x'));

  print(int.tryParse('12'));
  print(int.tryParse('12a'));
  print(int.tryParse(''));
  print(int.tryParse('9223372036854775808'));
  print(int.tryParse('z', radix: 36));

  print(double.parse('3.14'));
  print(double.parse('  -1.5e3 '));
  print(double.parse('.5'));
  print(double.parse('5.'));
  print(double.parse('1E-7'));
  print(double.parse('+Infinity'));
  print(double.parse('-Infinity'));
  print(double.parse('NaN'));
  print(double.parse('-0'));
  print(double.parse('42'));
  print(double.parse('1e400'));
  print(double.parse('0.1000000000000000055511151231257827'));
  tryIt('1f', () => double.parse('1f'));
  tryIt('0x10', () => double.parse('0x10'));
  tryIt('1e', () => double.parse('1e'));
  tryIt('infinity', () => double.parse('infinity'));
  print(double.tryParse('abc'));
  print(double.tryParse(' 2.5 '));

  print(num.parse('12'));
  print(num.parse(' 12.0 '));
  print(num.parse('0xff'));
  print(num.parse('1e3'));
  print(num.parse('99999999999999999999'));
  print(num.parse('-NaN'));
  print(num.tryParse('1f'));
  tryIt('num abc', () => num.parse('abc'));
  tryIt('num empty', () => num.parse(''));
  var n = num.parse('7');
  print(n is int);
}
