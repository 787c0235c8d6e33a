// One call site meeting many receiver classes: methods, fields and getters, setters,
// function-valued fields, tear-offs and noSuchMethod, in changing order.
abstract class Animal {
  String speak();
  String get name;
}

class Dog extends Animal {
  final String name = 'dog';
  String speak() => 'woof';
}

class Cat extends Animal {
  String get name => 'cat';
  String speak() => 'meow';
}

class Cow extends Animal {
  String name = 'cow';
  String speak() => 'moo';
}

class Duck extends Animal {
  String get name => 'duck';
  String speak() => 'quack';
}

class Fox extends Animal {
  String get name => 'fox';
  String speak() => '?';
}

class Puppy extends Dog {
  String speak() => 'yip (${super.speak()})';
}

class Counter {
  int value = 0;
  int _hidden = 0;
  int get doubled => _hidden * 2;
  set doubled(int v) => _hidden = v ~/ 2;
}

class Logged {
  final log = <String>[];
  int _value = 0;
  int get value => _value;
  set value(int v) {
    log.add('set $v');
    _value = v;
  }
  int get doubled => _value * 2;
  set doubled(int v) => value = v ~/ 2;
}

class Callback {
  final String Function(String) speak;
  Callback(this.speak);
}

class Getter {
  String Function(String) get speak => (s) => 'getter($s)';
}

class Ghost {
  dynamic noSuchMethod(Invocation i) => 'ghost ${i.memberName} ${i.positionalArguments}';
}

class Boxed {
  T pick<T>(T a, T b) => a;
}

class Other {
  T pick<T>(T a, T b) => b;
}

void main() {
  var animals = <Animal>[Dog(), Cat(), Cow(), Duck(), Fox(), Puppy(), Cat(), Dog()];
  for (var round = 0; round < 3; round++) {
    var line = <String>[];
    for (var a in animals) {
      line.add('${a.name}:${a.speak()}');
    }
    print(line.join(' '));
  }

  // The same property site reads fields and getters, then a tear-off.
  dynamic things = [Dog(), Cat(), Cow(), Duck(), Fox(), Puppy()];
  for (var t in things) {
    var f = t.speak;
    print('${t.name} ${f()}');
  }

  // Setters and fields through one assignment site.
  dynamic targets = [Counter(), Logged(), Counter(), Logged()];
  for (var i = 0; i < targets.length; i++) {
    targets[i].doubled = 10 * (i + 1);
    print('${targets[i].doubled} ${targets[i] is Logged ? targets[i].log : targets[i].value}');
  }
  for (var i = 0; i < 6; i++) {
    dynamic c = targets[i % 2];
    c.value = i;
  }
  print('${targets[0].value} ${targets[1].value} ${targets[1].log}');

  // Function-valued fields and getters called like methods, mixed with real methods.
  dynamic callables = [Callback((s) => 'field($s)'), Dog(), Getter(), Callback((s) => s.toUpperCase()), Ghost()];
  for (var round = 0; round < 2; round++) {
    for (var c in callables) {
      if (c is Dog) {
        print(c.speak());
      } else {
        print(c.speak('hi'));
      }
    }
  }

  // A final field has no setter: NoSuchMethodError after the site has cached others.
  dynamic setters = [Cow(), Cow(), Dog()];
  for (var s in setters) {
    try {
      s.name = 'x';
      print('set ${s.name}');
    } on NoSuchMethodError {
      print('no setter on ${s.runtimeType}');
    }
  }

  // Generic methods with explicit type arguments at one site.
  dynamic pickers = [Boxed(), Other(), Boxed()];
  for (var p in pickers) {
    print(p.pick<String>('a', 'b'));
  }

  // More classes than any cache holds, many times over.
  var total = 0;
  for (var i = 0; i < 2000; i++) {
    total += animals[i % animals.length].speak().length;
  }
  print(total);
}
