// Tests of a small expression calculator and a stack, run by the tiny test
// library next to this file (minitest.dart).
import 'minitest.dart';

class Stack<E> {
  final _items = <E>[];
  void push(E e) => _items.add(e);
  E pop() => _items.isEmpty ? throw StateError('pop from empty stack') : _items.removeLast();
  E get top => _items.last;
  int get length => _items.length;
  bool get isEmpty => _items.isEmpty;
}

num evaluate(String expr) {
  final tokens = RegExp(r'\d+(?:\.\d+)?|[-+*/()]').allMatches(expr).map((m) => m[0]!).toList();
  if (tokens.join() != expr.replaceAll(' ', '')) {
    throw FormatException('Unexpected character', expr, tokens.join().length);
  }
  var pos = 0;
  late num Function() parseExpr;
  num parseAtom() {
    if (pos >= tokens.length) throw const FormatException('Unexpected end');
    final t = tokens[pos++];
    if (t == '(') {
      final v = parseExpr();
      if (pos >= tokens.length || tokens[pos++] != ')') throw const FormatException('Missing )');
      return v;
    }
    if (t == '-') return -parseAtom();
    return num.parse(t);
  }

  num parseTerm() {
    var v = parseAtom();
    while (pos < tokens.length && (tokens[pos] == '*' || tokens[pos] == '/')) {
      final op = tokens[pos++];
      final r = parseAtom();
      if (op == '/' && r == 0) throw ArgumentError.value(r, 'divisor', 'must not be zero');
      v = op == '*' ? v * r : v / r;
    }
    return v;
  }

  parseExpr = () {
    var v = parseTerm();
    while (pos < tokens.length && (tokens[pos] == '+' || tokens[pos] == '-')) {
      final op = tokens[pos++];
      final r = parseTerm();
      v = op == '+' ? v + r : v - r;
    }
    return v;
  };
  final result = parseExpr();
  if (pos != tokens.length) throw FormatException('Trailing input', expr, pos);
  return result;
}

void main() {
  late Stack<int> stack;
  group('Stack', () {
    setUp(() => stack = Stack<int>()..push(1));
    test('push then pop', () {
      stack.push(2);
      expect(stack.pop(), 2);
      expect(stack.length, 1);
    });
    test('pop on empty throws', () {
      stack.pop();
      expect(() => stack.pop(), throwsStateError);
    });
    test('top of empty', () {
      stack.pop();
      expect(() => stack.top, throwsRangeError);
    });
    test('deliberate failure', () {
      expect(stack.length, 2, reason: 'setUp pushed only one item');
    });
  });
  group('evaluate', () {
    test('precedence', () => expect(evaluate('1 + 2 * 3'), 7));
    test('parentheses', () => expect(evaluate('(1 + 2) * 3'), equals(9)));
    test('division gives a double', () {
      expect(evaluate('7 / 2'), 3.5);
      expect(evaluate('6 / 3'), isTrue);
    });
    test('unary minus and decimals', () => expect(evaluate('-1.5 * -(2 + 2)'), closeTo(6, 1e-9)));
    test('bad character', () => expect(() => evaluate('2 # 3'), throwsFormatException));
    test('division by zero', () => expect(() => evaluate('1 / (2 - 2)'), throwsArgumentError));
    test('trailing input is reported', () => expect(() => evaluate('1 2'), throwsA<StateError>()));
    test('crashes with a type error', () {
      final Object v = evaluate('2 + 2');
      expect((v as String).length, 1);
    });
  });
  group('matchers', () {
    test('collections', () {
      expect([1, [2, 3]], [1, [2, 3]]);
      expect({'a': 1, 'b': [true]}, {'b': [true], 'a': 1});
      expect(<int>[], isEmpty);
      expect('hello world', contains('o w'));
      expect([3, 4], contains(4));
    });
    test('numbers', () {
      expect(10, greaterThan(9.5));
      expect(null, isNull);
      expect(0.1 + 0.2, 0.3);
    });
  });
  final failures = runTests();
  print('failures: $failures');
}
