// A base class cannot be implemented outside of its library.
import 'src/restricted.dart';

base class FakeEngine implements Engine {
  int power() => 1;
}

void main() {
  print(FakeEngine().power());
}
