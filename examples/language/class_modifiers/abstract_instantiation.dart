// An abstract class has no instances: calling its generative constructor is a compile
// error, so nothing runs.
abstract class Animal {
  String sound();
}

void main() {
  print('never printed');
  var a = Animal();
  print(a);
}
