// A cascade section's value may itself be an assignment (`..a = b = 3`, right-associative,
// inside the section) or an arrow function, which ends before the next section.
class Box {
  int a = 0;
  int b = 0;
  List<int> list = [0, 0, 0];
  String Function(int)? describe;
  String? label;
}

void main() {
  int y = 0, v = 0;
  var box = Box()
    ..a = y = 3
    ..list[1] = v = 9
    ..b = (y = 4);
  print('${box.a} ${box.b} ${box.list} $y $v');

  box
    ..a += y = 10
    ..list[2] -= v = 1;
  print('${box.a} ${box.list} $y $v');

  String? name;
  box..label = name ??= 'first';
  box..label = name ??= 'second';
  print('${box.label} $name');

  box
    ..describe = (n) => 'n=$n'
    ..b = 7;
  print('${box.describe!(5)} ${box.b}');

  var list = <int>[]
    ..add(1)
    ..add(y = 2);
  print('$list $y');
}
