void tryDecode(String s) {
  try {
    print(Uri.decodeComponent(s));
  } on ArgumentError catch (e) {
    print(e);
  }
}

void main() {
  const text = "a b&c=d/e?f#g+h~i*j'k(l)m!n@o:p;q,r\$s é€😀";
  print(Uri.encodeComponent(text));
  print(Uri.encodeQueryComponent(text));
  print(Uri.encodeFull(text));
  print(Uri.decodeComponent(Uri.encodeComponent(text)) == text);
  print(Uri.decodeQueryComponent(Uri.encodeQueryComponent(text)) == text);
  print(Uri.decodeFull(Uri.encodeFull(text)) == text);
  print(Uri.decodeComponent('a+b%20c%2Fd'));
  print(Uri.decodeQueryComponent('a+b%20c%2Fd'));
  print(Uri.decodeFull('http://x/%E2%82%AC?q=%3D'));
  tryDecode('%');
  tryDecode('%4');
  tryDecode('%zz');
  tryDecode('é%20');
  print(Uri.encodeComponent(''));
  print(Uri.splitQueryString('a=1&b=x%20y&c&=skip&a=3&d=e=f&&'));
  print(Uri.splitQueryString(''));
  print(Uri.parseIPv4Address('192.168.0.255'));
  print(Uri.parseIPv6Address('::1'));
  print(Uri.parseIPv6Address('2001:db8::ff00:42:8329'));
  print(Uri.parseIPv6Address('::ffff:1.2.3.4'));
  try {
    Uri.parseIPv4Address('1.2.3.256');
  } on FormatException catch (e) {
    print('${e.message} at ${e.offset}');
  }
  try {
    Uri.parseIPv4Address('1.2.3');
  } on FormatException catch (e) {
    print('${e.message} at ${e.offset}');
  }

  print(Uri(scheme: 'HTTP', host: 'Example.org', path: '/a b', queryParameters: {'q': 'dart lang', 'n': null}, fragment: 'f g'));
  print(Uri(scheme: 'https', host: 'h', port: 443, pathSegments: ['x', 'y z', '']));
  print(Uri(path: 'a:b/c'));
  print(Uri(path: '//p'));
  print(Uri(userInfo: 'me', host: 'h'));
  print(Uri(scheme: 'file', path: 'tmp/x'));
  print(Uri(query: ''));
  print(Uri(queryParameters: {}));
  print(Uri(host: '::1', port: 8));
  print(Uri.http('example.org', '/path with space', {'a': 'b c'}));
  print(Uri.https('user@example.org:8080', 'p'));
  print(Uri.http('example.org'));
  print(Uri.http('[::1]:80', '/x'));
  print(Uri.file('/home/me/my file.txt'));
  print(Uri.file('relative/x.dart'));
  print(Uri.directory('/tmp/dir'));
  print(Uri.directory('/tmp/dir/'));
  print(Uri.file('/a/b').toFilePath());
  print(Uri.parse('file:///a/b%20c/').toFilePath());
  print(Uri.parse('x/y').toFilePath());
  for (var s in ['http://h/p', 'file:///p?q', 'file:///p#f', 'file://host/p']) {
    try {
      print(Uri.parse(s).toFilePath());
    } on UnsupportedError catch (e) {
      print(e);
    }
  }
  try {
    Uri(path: 'a', pathSegments: ['b']);
  } on ArgumentError catch (e) {
    print(e);
  }
  try {
    Uri(host: 'a/b');
  } on FormatException catch (e) {
    print('${e.message} at ${e.offset}');
  }
}
