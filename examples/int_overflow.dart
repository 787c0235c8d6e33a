// 64-bit two's complement integer semantics of the Dart VM.

void main() {
  var max = 9223372036854775807;
  var min = -9223372036854775808;
  print(max);
  print(min);

  // Wrapping addition, subtraction, negation and multiplication.
  print(max + 1);
  print(min - 1);
  print(-9223372036854775808 - 1);
  print(max + 1 == min);
  print(max + max);
  print(max * 2);
  print(min * -1);
  print(-min);
  print(min + min);
  var twoPow32 = 4294967296;
  print(twoPow32 * twoPow32);
  var big = 3037000500;
  print(big * big);
  var f = 1;
  for (var i = 1; i <= 21; i++) {
    f *= i;
  }
  print('21! wrapped: $f');

  // Hex literals (values >= 2^63 wrap to negative on the VM).
  print(0x7FFFFFFFFFFFFFFF);
  print(0x7FFFFFFFFFFFFFFF == max);
  print(0x8000000000000000);
  print(0xFFFFFFFFFFFFFFFF);
  print(0xFF);
  print(0xff + 0x01);
  print(0xDEADBEEF);

  // Shifts.
  var one = 1;
  print(one << 62);
  print(one << 63);
  var sixtyFour = 64;
  print(one << sixtyFour);
  print(3 << 62);
  print(-1 >> 1);
  print(-16 >> 2);
  print(min >> 63);
  print(max >> 62);
  print(min >>> 63);
  print(-1 >>> 60);
  print(-8 >>> 1);
  print(16 >>> 2);
  print(-1 >>> 0);

  // Bitwise operators and their precedence.
  print(~0);
  print(~max == min);
  print(~5);
  print(0xF0 | 0x0F);
  print(0xFF & 0x0F ^ 0x3);
  print(1 | 2 ^ 3 & 4);
  print(1 + 2 << 3);
  print(5 & 3 == 1);
  print(-1 & 0xFF);
  print(min ^ max);

  // Truncating division and Euclidean modulo.
  print(7 ~/ 2);
  print(-7 ~/ 2);
  print(7 ~/ -2);
  print(-7 ~/ -2);
  print(-6 ~/ 3);
  print(7 % 3);
  print(-7 % 3);
  print(7 % -3);
  print(-7 % -3);
  print(-6 % 3);
  print(min ~/ 2);
  print(min % 10);
  print(max % 1000);
  print(7 / 2);
  print(-7 / 2);

  // int members.
  print((-7).abs());
  print(-7.abs());
  print(10.isEven);
  print(10.isOdd);
  print((-3).isOdd);
  print(max.isOdd);
  print(min.isEven);
  print(max.toString());
  print(min.toString().length);
  print(int.parse('42') + 1);
  print(int.parse('-9223372036854775808') == min);
}
