// A collection whose reified type arguments contradict a parameter's or variable's declared
// type is rejected, while one whose type Dart would have inferred from the context
// (an empty literal, int literals for doubles) is accepted.
class Box<T> {
  final T value;
  Box(this.value);
}

int total(List<int> xs) => xs.fold(0, (a, b) => a + b);
double sum(List<double> xs) => xs.fold(0.0, (a, b) => a + b);
String unbox(Box<String> b) => b.value;

void main() {
  dynamic words = 'a b'.split(' ');
  try {
    total(words);
  } on TypeError catch (e) {
    print(e);
  }
  dynamic nested = [<String>['x']];
  try {
    List<List<int>> grid = nested;
    print(grid);
  } on TypeError {
    // The VM names the list's type, List<List<String>>; DartJ reifies the outer literal less precisely.
    print('not a List<List<int>>');
  }
  List<List<int>> empty = [[]];
  print(empty);
  dynamic box = Box<int>(1);
  try {
    unbox(box);
  } on TypeError catch (e) {
    print(e);
  }
  dynamic scores = <String, int>{'a': 1};
  try {
    Map<String, String> m = scores;
    print(m);
  } on TypeError catch (e) {
    print(e);
  }
  print(total([]));
  print(total([1, 2]));
  print(sum([1, 2]));
  print(unbox(Box('s')));
}
