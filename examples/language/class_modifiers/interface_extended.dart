// An interface class can be implemented but not extended outside of its library.
import 'src/restricted.dart';

class Adapter extends Plug {}

void main() {
  print(Adapter().socket());
}
