class A { final int id; A(this.id); }
void main() {
  final f1 = (Object m) {
    switch (m) {
      case A(:final id):
        print('f1 $id');
    }
  };
  f1(A(1));
  final f2 = (Object m) {
    switch (m as A) {
      case A(id: var x):
        print('f2 $x');
    }
  };
  f2(A(2));
  final f3 = (Object m) {
    final v = m as A;
    print('f3 ${v.id}');
  };
  f3(A(3));
  void f4(Object m) {
    switch (m as A) {
      case A(:final id):
        print('f4 $id');
    }
  }
  f4(A(4));
  more();
}
void more() {
  final h = (Object m) {
    if (m case A(:final id) when id > 0) {
      print('h $id');
    }
  };
  h(A(5));
}
