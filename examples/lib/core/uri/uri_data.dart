import 'dart:convert';

void show(UriData d) {
  print('$d | mimeType=${d.mimeType} charset=${d.charset} base64=${d.isBase64} '
      'parameters=${d.parameters} contentText=${d.contentText}');
}

void main() {
  var u = Uri.dataFromString('Hello, World! 100%');
  print(u);
  print('${u.scheme} | ${u.path}');
  show(u.data!);
  print(u.data!.contentAsString());

  var v = Uri.dataFromString('caf\u00e9 \u{1F600}', mimeType: 'text/html', encoding: utf8);
  print(v);
  show(v.data!);
  print(v.data!.contentAsString());

  var w = Uri.dataFromString('<b>x</b>', mimeType: 'text/html', parameters: {'q': 'a b'}, base64: true);
  print(w);
  show(w.data!);
  print(w.data!.contentAsString());
  print(w.data!.contentAsBytes());

  var p = Uri.parse('data:text/plain;charset=utf-8;base64,SGVsbG8=');
  show(p.data!);
  print(p.data!.contentAsString());
  var q = Uri.parse('DATA:,a b%2c%7e');
  print(q);
  show(q.data!);
  print(q.data!.contentAsString());
  print(Uri.parse('http://x/').data);
  print(UriData.parse('data:application/json,{}').mimeType);
  print(UriData.fromString('x', mimeType: 'TEXT/PLAIN'));
  for (var bad in ['data:foo', 'data:a/b/c,x', 'data:text/plain;x,y']) {
    try {
      Uri.parse(bad);
      print('parsed $bad');
    } on FormatException catch (e) {
      print('${e.message} at ${e.offset}');
    }
  }
  try {
    Uri.dataFromString('x', mimeType: 'bad');
  } on ArgumentError catch (e) {
    print(e);
  }
  try {
    Uri.dataFromString('x', parameters: {'k': ''});
  } on ArgumentError catch (e) {
    print(e);
  }
}
