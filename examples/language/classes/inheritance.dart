// extends, super calls (methods and constructors), super parameters,
// overriding and dynamic dispatch, and construction order.

class Animal {
  final String name;
  Animal(this.name) {
    print('Animal($name) created');
  }

  String sound() => '...';
  String speak() => '$name says ${sound()}';
  String describe() => 'animal $name';
}

class Dog extends Animal {
  final String breed;
  Dog(String name, this.breed) : super(name) {
    print('Dog($breed) created');
  }

  @override
  String sound() => 'Woof';

  @override
  String describe() => '${super.describe()} of breed $breed';
}

class Puppy extends Dog {
  Puppy(super.name, super.breed);

  @override
  String sound() => 'Yip';
}

class Cat extends Animal {
  Cat(super.name);

  @override
  String sound() => 'Meow';

  @override
  String speak() => '${super.speak()} (ignoring you)';
}

class Base {
  final int id;
  Base({required this.id});
}

class Derived extends Base {
  final int extra;
  Derived({required super.id, this.extra = 0});
  String toString() => 'Derived(id: $id, extra: $extra)';
}

int trace(String message, int value) {
  print(message);
  return value;
}

class A {
  final int a;
  int fieldA = trace('A field initializer', 1);
  A(int v) : a = trace('A initializer list', v) {
    print('A body');
  }
}

class B extends A {
  final int b;
  int fieldB = trace('B field initializer', 2);
  B(int v)
      : b = trace('B initializer list', v),
        super(trace('B super argument', v + 1)) {
    print('B body: a=$a b=$b');
  }
}

void main() {
  var animals = <Animal>[Dog('Rex', 'collie'), Puppy('Bit', 'pug'), Cat('Tom')];
  for (var animal in animals) {
    print(animal.speak());
  }
  for (var animal in animals) {
    print(animal.describe());
  }

  Animal generic = Animal('Blob');
  print(generic.speak());

  print(Derived(id: 7, extra: 3));
  print(Derived(id: 8));

  var obj = B(10);
  print('${obj.fieldA} ${obj.fieldB}');
}
