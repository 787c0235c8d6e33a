import 'dart:convert';

class P {
  final int x;
  P(this.x);
  Map<String, dynamic> toJson() => {'x': x};
}

void tryDecode(String s) {
  try {
    print(jsonDecode(s));
  } on FormatException catch (e) {
    print(e);
  }
}

void main() {
  print(jsonEncode({'a': 1, 'b': [true, false, null], 'c': 1.0, 'd': 1e21, 'e': 'x"\\\n\t\u0001'}));
  print(jsonEncode([P(3), 2.5, -0.0]));
  print(json.encode('\ud800'));
  print(const JsonEncoder.withIndent('  ').convert({'a': [1, 2], 'b': {}, 'c': []}));
  print(jsonEncode(DateTimeLike(), toEncodable: (o) => 'custom'));
  var m = jsonDecode('{"a": [1, 2.5, -0, 1e3, "s\\u0041\\n"], "b": {"c": null}, "a2": true}');
  print(m);
  print(m['a'][3].runtimeType);
  print(jsonDecode('12345678901234567890'));
  print(json.decode('[1, 2]', reviver: (k, v) => v is int ? v * 10 : v));
  tryDecode('');
  tryDecode('[1, 2');
  tryDecode('{"a" 1}');
  tryDecode('[1,]');
  tryDecode('tru');
  tryDecode('[trux]');
  tryDecode('"abc');
  tryDecode('"a\\x"');
  tryDecode('-x');
  tryDecode('01');
  tryDecode('1.');
  tryDecode('{"a":\n  nul}');
  var l = [];
  l.add(l);
  try {
    jsonEncode(l);
  } catch (e) {
    print(e);
  }
  try {
    jsonEncode(DateTimeLike());
  } catch (e) {
    print(e);
  }
  try {
    jsonEncode(double.nan);
  } catch (e) {
    print(e);
  }
}

class DateTimeLike {}
