// Invocation as noSuchMethod receives it and as its constructors build it: member name,
// arguments, kind, and typeArguments (an unmodifiable List<Type>).
abstract interface class Greeter {
  String greet(String name, {bool loud});
}

class Mock implements Greeter {
  @override
  dynamic noSuchMethod(Invocation i) =>
      '${i.memberName} ${i.positionalArguments} ${i.namedArguments} method:${i.isMethod} types:${i.typeArguments}';
}

void main() {
  print(Mock().greet('x', loud: true));
  var plain = Invocation.method(#f, [1, 2], {#k: 3});
  print('${plain.memberName} ${plain.positionalArguments} ${plain.namedArguments} ${plain.typeArguments}');
  var generic = Invocation.genericMethod(#g, [int, String], ['a']);
  print('${generic.memberName} ${generic.typeArguments} ${generic.positionalArguments} ${generic.namedArguments}');
  try {
    generic.typeArguments.add(bool);
  } on UnsupportedError catch (e) {
    print(e);
  }
  var getter = Invocation.getter(#size);
  print('${getter.isGetter} ${getter.isAccessor} ${getter.typeArguments.isEmpty}');
}
