// Calls of generic functions declared in another library infer their type
// arguments from the arguments, and closures passed to them get their
// parameter types from the callee's signature, with or without a prefix.
import 'src/functions.dart';
import 'src/functions.dart' as fn;

void main() {
  print([identity(1)].runtimeType);
  print([fn.identity('a')].runtimeType);
  print(identity(2.5).runtimeType);
  print(mapAll([1, 2, 3], (x) => x * 2));
  print(mapAll([1, 2, 3], (x) => x * 2).runtimeType);
  print(fn.mapAll(['a', 'bb'], (s) => s.length).runtimeType);
  print(applyTwice((x) => x + 3, 1));
  describe((x) => x * 2);
  fn.describe((x) => 'n$x');
  print(pairUp('k', 1).runtimeType);
  print(fn.pairUp(1, [true]).runtimeType);
}
