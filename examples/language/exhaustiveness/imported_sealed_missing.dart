import 'src/vehicles.dart';

String wheels(Vehicle v) => switch (v) {
      Car() => 'car',
    };

void main() {
  print(wheels(Car(4)));
}
