// Core static methods and functions with fixed result types give their results a static type:
// collection literals of them reify it, and members of those results are typed in turn.
import 'dart:math';

void main() {
  var n = int.parse('1');
  var d = double.parse('1.5');
  var maybe = int.tryParse('x');
  var u = Uri.parse('https://dart.dev/x');
  var now = DateTime.parse('2020-01-02');
  var s = sqrt(2);
  var text = String.fromCharCodes([72, 105]);
  var big = BigInt.parse('12345678901234567890');
  print([n, d].runtimeType);
  print([n].runtimeType);
  print([maybe].runtimeType);
  print([u].runtimeType);
  print([now].runtimeType);
  print([s].runtimeType);
  print([text, n.toString()].runtimeType);
  print([big].runtimeType);
  print({u.host: now.year}.runtimeType);
}
