// `await` in operands that Dart evaluates lazily or in a fixed order: null-aware calls,
// index reads and cascades skip their awaits on null; `??=` awaits only when the target is
// null; a compound assignment reads its target before the await; cascade sections run in order.
Future<T> v<T>(T x) async {
  print('v $x');
  return x;
}

class Box {
  List<int> items = [];
  int n = 1;
  int? m;
  Box? next;
  void add(int x) => items.add(x);
}

var counter = 1;

Future<int> bump() async {
  counter = 100;
  return 1;
}

void main() async {
  String? s;
  print(s?.substring(await v(0)));
  s = 'hello';
  print(s?.substring(await v(1)));

  Box? b;
  b?.add(await v(2));
  b?..add(await v(3))..add(await v(4));
  b = Box();
  b?.add(await v(5));
  b?..add(await v(6))..add(await v(7));
  print(b.items);

  int? maybe;
  maybe ??= await v(8);
  maybe ??= await v(9);
  b.m ??= await v(10);
  b.m ??= await v(11);
  var scores = <String, int>{};
  scores['a'] ??= await v(12);
  scores['a'] ??= await v(13);
  print([maybe, b.m, scores]);

  List<int>? none;
  print(none?[await v(0)]);
  none = [10, 20];
  print(none?[await v(1)]);

  // Each cascade section sees the effects of the sections before it.
  var list = <int>[];
  list..add(1)..add(await v(list.length))..add(list.length);
  print(list);
  var box = Box();
  box..n += await v(5)..m ??= await v(6)..m ??= await v(7)..items.add(await v(30));
  print([box.n, box.m, box.items]);

  // The target's old value is read before the await.
  var x = 1;
  Future<int> setX() async {
    x = 100;
    return 1;
  }
  x += await setX();
  counter += await bump();
  var pair = [1, 2];
  pair[0] += await v(10);
  print([x, counter, pair]);

  // && and || and ?? and ?: keep their right operands lazy.
  print(false && await v(true));
  print(true || await v(false));
  print(b.next?.n ?? await v(-1));
  print(maybe == 8 ? await v('then') : await v('else'));
}
