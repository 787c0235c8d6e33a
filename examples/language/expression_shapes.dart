// Parse shapes of expressions that the grammar's prediction has to tell apart: plain,
// assignment and cascade expressions; arrow and block function literals (plain, generic,
// async, generators, called at once); cascades and assignments next to conditionals.
class Box {
  int value = 0;
  List<int> log = [];
  void add(int v) => log.add(v);
}

T identity<T>(T x) => x;

void main() async {
  var a = 1;
  a = 2;
  a += 3;
  print(a);

  var box = Box()
    ..value = 7
    ..add(1)
    ..add(2);
  print('${box.value} ${box.log}');

  var flag = true;
  var list = flag ? [1] : [2]..add(3);
  print(list);
  flag = false;
  list = flag ? [1] : [2]..add(3);
  print(list);

  var sum = 0;
  [1, 2, 3].forEach((x) => sum += x);
  print(sum);
  [4, 5].forEach((x) {
    sum += x;
  });
  print(sum);

  var generic = <T>(T x) {
    return [x, x];
  };
  print(generic<String>('g'));
  var genericArrow = <T>(T x) => x;
  print(genericArrow(4));

  print(() {
    return 'called at once';
  }());
  print(((int x) => x * 2)(21));

  Iterable<int> Function() gen = () sync* {
    yield 1;
    yield 2;
  };
  print(gen().toList());
  var later = () async {
    return 'async block';
  };
  print(await later());
  Stream<int> Function() stream = () async* {
    yield 5;
  };
  print(await stream().toList());

  int Function(int) typed = (x) {
    return x + 1;
  };
  print(typed(1));
  print(identity<int>(9));
  print(identity(box..value = 3).value);
  String? maybe;
  maybe ??= 'set';
  print(maybe);
}
