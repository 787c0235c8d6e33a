import 'src/vehicles.dart';

String wheels(Vehicle v) => switch (v) {
      Car(doors: 2) => 'coupe',
      Car() => 'car',
      Truck() => 'truck',
    };

String fuel(Fuel f) {
  switch (f) {
    case Fuel.petrol:
      return 'gas station';
    case Fuel.electric:
      return 'charger';
  }
}

void main() {
  print(wheels(Car(2)));
  print(wheels(Car(4)));
  print(wheels(Truck()));
  print(fuel(Fuel.electric));
}
