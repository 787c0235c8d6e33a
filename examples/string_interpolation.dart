// String literal forms, escapes and interpolation.

void main() {
  var name = 'Dart';
  var n = 3;
  var d = 2.5;
  var whole = 4.0;
  var flag = true;
  int? nothing;
  var list = [1, 2, 3];
  var map = {'x': 1, 'y': 2};

  // Simple and braced interpolation of every basic kind of value.
  print('Hello, $name!');
  print("n = $n, d = $d, whole = $whole");
  print('flag: $flag, nothing: $nothing');
  print('list: $list, map: $map');
  print('empty list: ${[]}, empty map: ${{}}');
  print('sum: ${n + 4}, product: ${n * d}, quotient: ${n / 2}');
  print('$name.length = ${name.length}');
  print('${name}ing');
  print('$n$n$n');
  print('nested: ${'inner ${n * 2}'}');
  print('cond: ${n > 2 ? 'big' : 'small'}');
  print('list[1] = ${list[1]}, map[y] = ${map['y']}');
  print('missing key: ${map['z']}');
  print('null-aware: ${nothing ?? 'default'}');
  print('bool ops: ${true && false} ${!flag}');
  print('doubles: ${1.0} ${-0.5} ${1e21} ${100} ${0.1 + 0.2}');
  print('method: ${name.toUpperCase()} ${n.toString()} ${d.toString()}');
  print('sub: ${'interpolation'.substring(5, 9)}');
  print('cost: \$${n}.00');
  print('empty: "${''}"');

  // Escapes.
  print('escapes: tab[\t] backslash[\\] quote[\'] dquote["] dollar[\$]');
  print("double-quoted with 'single' and \"escaped\" quotes");
  print('hex: \x41\x42, unicode: \u0043, braces: \u{44}');
  print('emoji: \u{1F600}');
  print('\u{1F600}'.length);
  print('line1\nline2');
  print('a\\nb');

  // Raw strings: no escapes, no interpolation.
  print(r'raw: \n $name ${n}');
  print(r"raw double: \t\\");

  // Adjacent string literals are concatenated at compile time.
  print('adjacent ' 'strings ' "joined");
  print('mixed ' r'raw\n ' '$n');
  print('a'
      'b'
      'c');

  // Triple-quoted strings.
  print('''triple single''');
  print("""triple "double" quotes""");
  print('''It's "quoted" inside''');
  print('''
first newline is dropped
second line''');
  print("""a
b""");
  print('''  leading spaces kept''');
  print(r'''raw triple \n $name''');
  print('''interpolated $name ${n + 1}''');

  // Concatenation and equality.
  print('' + 'concat' + ' ' + name);
  print('ab' == 'a' + 'b');
  print('ab' != 'ba');
  var s = 'x';
  s += 'y';
  s = s + '$n';
  print(s);
  print('len ${s.length}, isEmpty ${s.isEmpty}, empty isEmpty ${''.isEmpty}');
}
