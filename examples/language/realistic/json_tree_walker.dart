// Evaluating a JSON-like expression tree with map and list patterns.
import 'dart:convert';

const source = '''
{
  "type": "program",
  "body": [
    {"type": "let", "name": "x", "value": {"type": "num", "value": 4}},
    {"type": "let", "name": "y", "value": {"type": "add", "args": [{"type": "var", "name": "x"}, {"type": "num", "value": 2.5}]}},
    {"type": "print", "value": {"type": "mul", "args": [{"type": "var", "name": "y"}, {"type": "num", "value": 2}]}},
    {"type": "print", "value": {"type": "list", "items": [1, "two", null, true, [3]]}},
    {"type": "if", "cond": {"type": "var", "name": "x"}, "then": {"type": "print", "value": {"type": "str", "value": "x is truthy"}}},
    {"type": "print", "value": {"type": "neg", "args": [{"type": "var", "name": "x"}]}},
    {"type": "print", "value": {"type": "call", "fn": "max", "args": [{"type": "num", "value": 3}, {"type": "var", "name": "y"}]}}
  ]
}
''';

class EvalError extends Error {
  final Object? node;
  final String why;
  EvalError(this.why, this.node);
  @override
  String toString() => 'EvalError: $why in ${jsonEncode(node)}';
}

class Evaluator {
  final Map<String, Object?> env = {};
  final List<String> out = [];

  Object? eval(Object? node) {
    return switch (node) {
      {'type': 'num', 'value': num v} => v,
      {'type': 'str', 'value': String s} => s,
      {'type': 'var', 'name': String name} => env.containsKey(name)
          ? env[name]
          : throw EvalError('unbound $name', node),
      {'type': 'add', 'args': [var a, var b]} => _num(a) + _num(b),
      {'type': 'mul', 'args': [var a, var b]} => _num(a) * _num(b),
      {'type': 'neg', 'args': [var a]} => -_num(a),
      {'type': 'call', 'fn': 'max', 'args': [_, _, ...] && List args} =>
        args.map(_num).reduce((a, b) => a > b ? a : b),
      {'type': 'list', 'items': List items} => [for (final i in items) describe(i)],
      {'type': 'add' || 'mul'} => throw EvalError('bad arity', node),
      Map(:var length) when length == 0 => throw EvalError('empty node', node),
      _ => throw EvalError('unknown node', node),
    };
  }

  num _num(Object? node) => switch (eval(node)) {
        num n => n,
        var other => throw EvalError('not a number: $other', node),
      };

  void exec(Map<String, dynamic> stmt) {
    switch (stmt) {
      case {'type': 'program', 'body': List body}:
        for (final s in body) {
          exec(s as Map<String, dynamic>);
        }
      case {'type': 'let', 'name': String name, 'value': var value}:
        env[name] = eval(value);
      case {'type': 'print', 'value': var value}:
        out.add('${eval(value)}');
      case {'type': 'if', 'cond': var cond, 'then': Map<String, dynamic> then}
          when truthy(eval(cond)):
        exec(then);
      case {'type': 'if'}:
        break;
      default:
        throw EvalError('bad statement', stmt);
    }
  }
}

bool truthy(Object? v) => v != null && v != 0 && v != false && v != '';

String describe(Object? value) => switch (value) {
      null => 'null',
      int i when i.isNegative => 'negative $i',
      int i => 'int $i',
      double d => 'double $d',
      String s when s.length > 3 => 'long string',
      String s => "'$s'",
      bool b => b ? 'yes' : 'no',
      [] => 'empty list',
      [var only] => 'singleton of ${describe(only)}',
      [var first, ...var rest] => 'list of ${rest.length + 1} starting ${describe(first)}',
      {'id': int id} => 'entity $id',
      Map m => 'map with ${m.keys.join(',')}',
      _ => 'something else',
    };

void main() {
  final tree = jsonDecode(source) as Map<String, dynamic>;
  final ev = Evaluator()..exec(tree);
  ev.out.forEach(print);
  print(ev.env);

  for (final bad in <Object?>[
    {'type': 'add', 'args': [1]},
    {'type': 'var', 'name': 'zz'},
    {},
    {'type': 'neg', 'args': [{'type': 'str', 'value': 'q'}]},
    [1, 2],
  ]) {
    try {
      print(ev.eval(bad));
    } on EvalError catch (e) {
      print(e);
    }
  }
  for (final v in [-3, 0.5, 'hi', 'hello', false, [], [7], [1, 2, 3], {'id': 9}, {'a': 1, 'b': 2}, #sym]) {
    print(describe(v));
  }
  final encoded = jsonEncode({'env': ev.env, 'count': ev.out.length, 'ratio': 1 / 3});
  print(encoded);
  final back = jsonDecode(encoded);
  if (back case {'env': {'x': int x, 'y': double y}, 'count': var n}) {
    print('x=$x y=$y n=$n');
  }
  print(const JsonEncoder.withIndent('  ').convert({'a': [1, {'b': null}], 'c': 'd'}));
}
