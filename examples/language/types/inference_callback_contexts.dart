// More places where a function literal gets its types from the function type it is passed
// for: constructors of generic classes, implicit `this` and `super` calls, local functions,
// function-typed variables and typed collection literals.
class Lazy<T> {
  final T Function() make;
  Lazy(this.make);
  T get value => make();
}

class Event<T> {
  final List<void Function(T)> handlers = [];
  void listen(void Function(T) h) => handlers.add(h);
  void emit(T v) {
    for (var h in handlers) {
      h(v);
    }
  }
}

class Widget {
  void onTap(void Function(int) f) {
    print(f.runtimeType);
    f(1);
  }

  void build() {
    onTap((x) => print(x + 1));
    this.onTap((x) => print(x + 2));
  }
}

class Base {
  void each(void Function(String) f) {
    print(f.runtimeType);
    f('abc');
  }
}

class Derived extends Base {
  void go() {
    super.each((s) => print(s.length));
    each((s) => print(s.toUpperCase()));
  }
}

void main() {
  var lazy = Lazy(() => 42);
  print(lazy.runtimeType);
  print(lazy.make.runtimeType);
  print([lazy.value].runtimeType);

  var e = Event<String>();
  e.listen((s) => print(s.length));
  print(e.handlers.first.runtimeType);
  e.emit('four');

  Widget().build();
  Derived().go();

  void local(int Function(int) f) => print(f.runtimeType);
  local((x) => x);
  var twice = (int Function(int) f, int x) => f(f(x));
  print(twice((x) => x * 3, 2));

  var fs = <int Function(int)>[(x) => x + 1];
  print(fs.first.runtimeType);
  Map<String, int Function(int)> ops = {'inc': (x) => x + 1};
  print(ops['inc'].runtimeType);
  List<bool Function(String)> tests = [(s) => s.isEmpty];
  print(tests.single.runtimeType);
}
