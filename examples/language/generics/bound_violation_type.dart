sealed class Animal {}

class Dog extends Animal {}

class Kennel<A extends Animal> {
  final List<A> animals = [];
}

void main() {
  Kennel<Dog> dogs = Kennel<Dog>();
  print(dogs.animals.length);
  Kennel<String>? names;
  print(names);
}
