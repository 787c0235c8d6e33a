// Collection literals: sets, spreads, collection if and for, null-aware index.
void main() {
  var s = {1, 2, 3, 2, 1};
  print(s);
  print(s.length);
  print(s.contains(2));
  var empty = <int>{};
  print(empty);
  print(empty is Set);
  var m = {};
  print(m is Map);
  print({1.0, 1});

  var a = [1, 2];
  var b = [0, ...a, 3];
  print(b);
  List<int>? none;
  print([...?none, 9]);
  print({...a, 5});
  var m1 = {'x': 1};
  var m2 = {...m1, 'y': 2};
  print(m2);
  print({...m1, ...{'z': 3}});

  var flag = true;
  print([1, if (flag) 2, if (!flag) 3 else 4]);
  print([for (var i = 0; i < 4; i++) i * i]);
  print([for (var x in a) for (var y in [10, 20]) x + y]);
  print({for (var x in a) x: x * 100});
  print({for (var x in [3, 3, 4]) x});
  print([for (var i = 0; i < 6; i++) if (i.isEven) i]);

  var fns = [for (var i = 0; i < 3; i++) () => i];
  print([fns[0](), fns[1](), fns[2]()]);

  List<int>? maybe;
  print(maybe?[0]);
  maybe = [7];
  print(maybe?[0]);

  var u = {1, 2}.union({2, 3});
  print(u);
  print({1, 2, 3}.intersection({2, 3, 4}));
  print({1, 2, 3}.difference({2}));
  for (var x in {5, 6}) {
    print(x);
  }
  var doubles = <double>[1, 2.5];
  print(doubles);
}
