// Iterable.generate reifies its element type: written, or inferred from the generator.

void main() {
  var squares = Iterable.generate(4, (i) => i * i);
  print(squares.runtimeType);
  print(squares is Iterable<int>);
  print(squares is Iterable<String>);
  print(squares.toList().runtimeType);
  print(squares);

  var names = Iterable.generate(2, (i) => 'n$i');
  print(names.runtimeType);
  print(names.toList());

  var nums = Iterable<num>.generate(3, (i) => i);
  print(nums.runtimeType);
  print(nums.toList().runtimeType);

  print(Iterable<String>.generate(2, (i) => '$i').runtimeType);
  print(Iterable.generate(2).runtimeType);
  print(List.generate(2, (i) => i.isEven).runtimeType);
}
