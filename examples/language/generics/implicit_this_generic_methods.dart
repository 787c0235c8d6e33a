// Inside a generic class, a call of a generic method through implicit `this`
// infers its type arguments exactly as the explicit `this.m(...)` does.
class Box<T> {
  final T value;
  Box(this.value);

  R pass<R>(R x) => x;

  List<R> wrap<R>(R x) => [x];

  void run() {
    print([pass(1)].runtimeType);
    print([this.pass(1)].runtimeType);
    print(wrap('a').runtimeType);
    print(wrap(value).runtimeType);
    print(this.wrap(value).runtimeType);
    var later = () => pass(2.5);
    print([later()].runtimeType);
  }

  void withOwn<S>(S s) {
    print(wrap(s).runtimeType);
  }
}

class Labelled<E> extends Box<E> {
  Labelled(E value) : super(value);

  void go() {
    print(wrap(value).runtimeType);
    print([pass(true)].runtimeType);
  }
}

void main() {
  Box(1).run();
  Box('s').withOwn(2.5);
  Labelled<String>('x').go();
}
