sealed class Animal {}

sealed class Pet extends Animal {}

class Dog extends Pet {}

class Cat extends Pet {}

class Wolf extends Animal {}

void meet(Animal x, Animal y) {
  switch ((x, y)) {
    case (Pet(), Pet()):
      print('pets play');
    case (Wolf(), _):
      print('wolf hunts');
    case (Dog(), Wolf()):
      print('dog barks');
  }
}

void main() {
  meet(Dog(), Cat());
}
