// A final class cannot be extended outside of its library.
import 'src/restricted.dart';

class MyVault extends Vault {
  MyVault() : super(1);
}

void main() {
  print(MyVault().secret);
}
