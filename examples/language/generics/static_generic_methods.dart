class Box<T> {
  static Box<X> make<X>() => Box<X>();
  static List<X> list<X>() => <X>[];
}
Box<Y> top<Y>() => Box<Y>();
class Host {
  static Box<X> make<X>() => Box<X>();
  Box<X> inst<X>() => Box<X>();
}
void main() {
  print(Box.make<int>().runtimeType);
  print(Box.list<int>().runtimeType);
  print(top<int>().runtimeType);
  print(Host.make<int>().runtimeType);
  print(Host().inst<int>().runtimeType);
  more();
}
class Reg {
  Box<X> a<X>() => b<X>();
  Box<X> b<X>() => Box<X>();
  static Box<X> s<X>() => t<X>();
  static Box<X> t<X>() => Box<X>();
}
void more() {
  print(Reg().a<String>().runtimeType);
  print(Reg.s<double>().runtimeType);
}
