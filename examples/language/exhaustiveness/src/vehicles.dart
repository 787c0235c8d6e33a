sealed class Vehicle {}

class Car extends Vehicle {
  final int doors;
  Car(this.doors);
}

class Truck extends Vehicle {}

enum Fuel { petrol, electric }
