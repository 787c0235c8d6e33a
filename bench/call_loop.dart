// A counted loop whose body calls a function with typed parameters: chunks of 5M iterations,
// printing the milliseconds of each (the first includes compilation). Not a golden test.
class Node {
  final int v;
  Node(this.v);
}
int add(Node a, Node b) => a.v + b.v;
void main() {
  var a = Node(1), b = Node(2);
  for (var r = 0; r < 6; r++) {
    var sw = Stopwatch()..start();
    var sum = 0;
    for (var i = 0; i < 5000000; i++) {
      sum += add(a, b);
    }
    print('$sum ms ${sw.elapsedMilliseconds}');
  }
}
