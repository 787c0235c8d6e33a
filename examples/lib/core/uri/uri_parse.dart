void show(String text) {
  var u = Uri.parse(text);
  print('$text -> $u');
  print('  scheme=${u.scheme} userInfo=${u.userInfo} host=${u.host} port=${u.port} '
      'path=${u.path} query=${u.query} fragment=${u.fragment}');
  print('  authority=${u.authority} hasAuthority=${u.hasAuthority} hasPort=${u.hasPort} '
      'hasQuery=${u.hasQuery} hasFragment=${u.hasFragment} isAbsolute=${u.isAbsolute}');
  print('  pathSegments=${u.pathSegments} hasEmptyPath=${u.hasEmptyPath} '
      'hasAbsolutePath=${u.hasAbsolutePath} hasScheme=${u.hasScheme}');
}

void bad(String text) {
  try {
    Uri.parse(text);
    print('parsed $text');
  } on FormatException catch (e) {
    print('${e.message} at ${e.offset}');
  }
  print(Uri.tryParse(text));
}

void main() {
  show('https://user:pw@Example.COM:8443/a/b/../c/./d.html?x=1&y=2#frag');
  show('http://example.com');
  show('http://example.com:80/');
  show('HTTPS://example.com:443/p');
  show('file:///home/user/a%20b.txt');
  show('file:foo/bar');
  show('mailto:someone@example.com');
  show('urn:isbn:0451450523');
  show('//host/only/path');
  show('relative/path/../x?q');
  show('../../up/one');
  show('#only-fragment');
  show('?only=query');
  show('');
  show('http://[::1]:8080/ipv6');
  show('http://a%41b%2fc.com/%7euser/%zz/%e2%82%ac');
  show('foo bar/baz qux?a b#c d');
  show('package:foo/bar.dart');
  show('http://h/p?a=1&a=2&b=%20+x');
  var u = Uri.parse('http://h/p?a=1&a=2&b=%20+x&c');
  print(u.queryParameters);
  print(u.queryParametersAll);
  print(u.origin);
  bad(':nope');
  bad('1http://x');
  bad('ht tp://x');
  bad('http://host:8x/');
  bad('http://[::1/');
  bad('http://a[b]/');
  print(Uri.parse('http://x/abcdef', 0, 10));
  print(Uri.parse('xxhttp://y/zz', 2, 11));
  try {
    print(Uri.parse('mailto:x').origin);
  } on StateError catch (e) {
    print(e);
  }
  print(Uri.parse('http://a/b') == Uri.parse('HTTP://A/b'));
  print(Uri.parse('http://a/b') == Uri.parse('http://a/b?'));
  print(Uri.parse('http://a:80/b').hashCode == Uri.parse('http://a/b').hashCode);
  var set = {Uri.parse('a:b'), Uri.parse('A:b')};
  print(set.length);
  print(Uri.parse('http://x/y').isScheme('HTTP'));
}
