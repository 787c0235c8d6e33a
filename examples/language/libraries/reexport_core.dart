// A library that re-exports core libraries: the importer sees the re-exported names
// (filtered by show and hide) as if it imported them itself.
import 'src/core_reexports.dart';

void main() {
  print(max(3, 4));
  print(min(3, 4));
  print(pi);
  print(Point(1, 2));
  print(Point(1, 2) + Point(3, 4));
  print(twice(4));
  var q = Queue<int>()
    ..add(1)
    ..addFirst(0);
  print(q);
  var map = SplayTreeMap<String, int>()
    ..['b'] = 2
    ..['a'] = 1;
  print(map);
  print(jsonEncode({'a': [1, 2]}));
  print(utf8.encode('hé'));
  var c = Completer<int>();
  c.future.then((v) => print('completed with $v'));
  Future.value(1).then((v) => print('future $v'));
  c.complete(7);
  print('end of main');
}
