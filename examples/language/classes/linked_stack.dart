// A small program combining classes: nullable links between objects, a
// factory constructor on an abstract class returning subclasses, and
// private members.

class Node {
  final int value;
  Node? next;
  Node(this.value, [this.next]);
}

class Stack {
  Node? _top;
  int _size = 0;

  int get size => _size;
  bool get isEmpty => _top == null;

  void push(int value) {
    _top = Node(value, _top);
    _size++;
  }

  int pop() {
    var top = _top;
    if (top == null) {
      return -1;
    }
    _top = top.next;
    _size--;
    return top.value;
  }

  int? peek() => _top?.value;

  @override
  String toString() {
    var parts = <String>[];
    var node = _top;
    while (node != null) {
      parts.add('${node.value}');
      node = node.next;
    }
    return 'Stack[${parts.join(' -> ')}]';
  }
}

abstract class Op {
  factory Op(String symbol) {
    if (symbol == '+') return Add();
    return Mul();
  }
  int apply(int a, int b);
}

class Add implements Op {
  int apply(int a, int b) => a + b;
}

class Mul implements Op {
  int apply(int a, int b) => a * b;
}

int evaluate(List<String> tokens) {
  var stack = Stack();
  for (var t in tokens) {
    if (t == '+' || t == '*') {
      var right = stack.pop();
      var left = stack.pop();
      stack.push(Op(t).apply(left, right));
    } else {
      stack.push(int.parse(t));
    }
  }
  return stack.pop();
}

void main() {
  var s = Stack();
  print(s);
  print(s.isEmpty);
  print(s.peek());
  s.push(1);
  s.push(2);
  s.push(3);
  print(s);
  print('${s.size} ${s.peek()}');
  print(s.pop());
  print(s);
  print(s.pop());
  print(s.pop());
  print(s.pop());
  print('${s.size} ${s.isEmpty}');

  print(Op('+').runtimeType);
  print(Op('*') is Mul);
  print(evaluate(['2', '3', '+', '4', '*']));
  print(evaluate(['5', '1', '2', '+', '*', '7', '+']));
}
