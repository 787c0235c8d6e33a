// RFC 3986 section 5.4 reference resolution examples, plus the SDK's rules for
// relative bases and package: URIs.
void main() {
  var base = Uri.parse('http://a/b/c/d;p?q');
  var normal = [
    'g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s',
    ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..',
    '../../', '../../g',
  ];
  var abnormal = [
    '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g',
    './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y',
    'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g',
  ];
  for (var r in [...normal, ...abnormal]) {
    print('"$r" -> ${base.resolve(r)}');
  }
  print(base.resolveUri(Uri(path: 'x/y', query: 'k=v')));
  print(Uri.parse('a/b/c').resolve('../d'));
  print(Uri.parse('a/b').resolve('../../../d'));
  print(Uri.parse('../a/b').resolve('../c'));
  print(Uri.parse('package:foo/src/a.dart').resolve('../b.dart'));
  print(Uri.parse('package:foo/src/a.dart').resolve('../../b.dart'));
  print(Uri.parse('package:foo/a.dart').resolve('/b.dart'));
  print(Uri.parse('file:///home/u/x.dart').resolve('lib/y.dart'));
  print(Uri.parse('http://host').resolve('p'));
  print(Uri.parse('s:').resolve('../p'));
  print(Uri.parse('http://h/a/b#f').resolve(''));
  print(Uri.parse('http://h/a/b?q').resolve('#g'));

  print(Uri.parse('http://h/a/./b/../c/').normalizePath());
  print(Uri.parse('a/./b/../../../c').normalizePath());
  print(Uri.parse('http://h/p?q#f').removeFragment());
  var u = Uri.parse('http://user@host:81/p?q=1#f');
  print(u.replace(scheme: 'https'));
  print(u.replace(port: 443, scheme: 'https'));
  print(u.replace(host: 'OTHER.org', path: 'x/y'));
  print(u.replace(pathSegments: ['a b', 'c/d']));
  print(u.replace(queryParameters: {'k': 'v w', 'list': ['1', '2'], 'e': ''}));
  print(u.replace(query: 'z', fragment: 'top'));
  print(u.replace(userInfo: ''));
  print(Uri.parse('p').replace(scheme: 'file'));
}
