// Asserts with --enable-asserts (enabled.options); disabled.dart runs this program without it.
import 'dart:isolate';

/// The error text without the directory part of the script's URL, which differs per checkout.
String local(Object e) => '$e'.replaceFirst(RegExp(r"'file://[^']*/"), "'");

class P {
  final int x;
  P(this.x) : assert(x >= 0, 'x must be non-negative');
}

void check(int v) {
  assert(v < 10);
}

Future<void> main() async {
  try {
    check(42);
  } on AssertionError catch (e) {
    print(local(e));
    print(e.message);
  }
  try {
    P(-1);
  } on AssertionError catch (e) {
    print(local(e));
    print(e.message);
  }
  try {
    assert(false, 42);
  } catch (e) {
    print(local(e));
  }
  print(AssertionError());
  print(AssertionError('msg'));
  print(AssertionError(7));
  var r = await Isolate.run(() {
    try {
      assert(1 > 2);
      return 'not run';
    } on AssertionError catch (e) {
      return 'isolate: asserts on';
    }
  });
  print(r);
}
