// Config loader: JSON documents with defaults and validation, environment-like
// overrides, Uri parsing of endpoints, pretty output with JsonEncoder.withIndent,
// and the errors jsonDecode reports for broken input.
import 'dart:convert';

class ConfigError implements Exception {
  final String path;
  final String problem;
  ConfigError(this.path, this.problem);
  @override
  String toString() => 'ConfigError($path): $problem';
}

class Endpoint {
  final Uri uri;
  final Duration timeout;
  final int retries;
  Endpoint(this.uri, this.timeout, this.retries);
  Map<String, Object?> toJson() => {
        'url': uri.toString(),
        'host': uri.host,
        'port': uri.port,
        'secure': uri.isScheme('https'),
        'timeoutMs': timeout.inMilliseconds,
        'retries': retries,
      };
}

const defaults = {
  'name': 'service',
  'debug': false,
  'endpoints': <Object?>[],
  'limits': {'maxConnections': 10, 'ratio': 0.5},
};

Map<String, Object?> merge(Map<String, Object?> base, Map<String, Object?> over) {
  final out = <String, Object?>{...base};
  over.forEach((k, v) {
    final b = out[k];
    out[k] = (b is Map<String, Object?> && v is Map<String, Object?>) ? merge(b, v) : v;
  });
  return out;
}

T field<T>(Map<String, Object?> m, String key, String path) {
  final v = m[key];
  if (v is! T) {
    throw ConfigError('$path.$key', 'expected $T but found ${v.runtimeType} ($v)');
  }
  return v;
}

List<Endpoint> endpoints(Map<String, Object?> cfg) {
  final list = field<List<Object?>>(cfg, 'endpoints', r'$');
  return [
    for (final (i, e) in list.indexed)
      if (e case {'url': String url, 'timeout': num t} && final Map<Object?, Object?> m)
        Endpoint(Uri.parse(url), Duration(milliseconds: (t * 1000).round()), m['retries'] as int? ?? 3)
      else
        throw ConfigError('\$.endpoints[$i]', 'needs url and timeout: ${jsonEncode(e)}'),
  ];
}

void main() {
  const text = '''
{
  "name": "billing",
  "debug": true,
  "limits": {"maxConnections": 64},
  "endpoints": [
    {"url": "https://api.example.com:8443/v2/charges?currency=EUR&dry_run", "timeout": 2.5},
    {"url": "http://[::1]/health#ok", "timeout": 0.25, "retries": 0},
    {"url": "ftp://user:p%40ss@files.example.org/pub/a%20b.txt", "timeout": 30}
  ],
  "tags": ["blue", "green", null, 1e3, -0.0, 12345678901234567890]
}''';
  final parsed = jsonDecode(text) as Map<String, Object?>;
  print(parsed.runtimeType);
  print((parsed['tags'] as List).map((t) => '$t:${t.runtimeType}').join(' '));
  final cfg = merge(Map<String, Object?>.from(defaults), parsed);
  print('limits: ${cfg['limits']}');
  final eps = endpoints(cfg);
  for (final e in eps) {
    final u = e.uri;
    print('${u.scheme} host=${u.host} port=${u.port} path=${u.path} segments=${u.pathSegments} '
        'query=${u.queryParameters} fragment=${u.fragment} user=${u.userInfo}');
  }
  print(Uri.decodeComponent(eps[2].uri.pathSegments.last));
  print(eps[0].uri.replace(queryParameters: {'currency': 'USD', 'note': 'a b&c'}));
  print(eps[0].uri.resolve('../v1/refunds'));
  print(eps[1].uri.origin);
  print(Uri(scheme: 'https', host: 'example.com', path: '/search', queryParameters: {'q': 'dart json', 'page': '2'}));
  print(Uri.https('example.com', '/a b', {'x': '1'}));
  print(Uri.encodeQueryComponent('a+b c/d'));

  const pretty = JsonEncoder.withIndent('  ');
  print(pretty.convert({'name': cfg['name'], 'endpoints': eps, 'empty': {}, 'none': [], 'nums': [1, 1.5, -0.0, 1e21]}));
  print(const JsonEncoder.withIndent('\t').convert([1, [2, {'a': null}]]).replaceAll('\t', '<T>'));
  print(jsonEncode('quote " backslash \\ newline \n tab \t unicode é \u0001'));

  for (final bad in [
    '{"a": 1,}',
    '[1, 2',
    '{"a" 1}',
    'nul',
    '"unterminated',
    '01',
    '{"a": NaN}',
    '',
  ]) {
    try {
      jsonDecode(bad);
      print('ok?! $bad');
    } on FormatException catch (e) {
      print('${jsonEncode(bad)} -> ${e.message} at ${e.offset}');
    }
  }
  try {
    endpoints({'endpoints': [{'url': 'x'}]});
  } on ConfigError catch (e) {
    print(e);
  }
  try {
    field<int>({'port': '80'}, 'port', r'$.server');
  } on ConfigError catch (e) {
    print(e);
  }
  try {
    jsonEncode({'when': DateTime.utc(2024)});
  } on JsonUnsupportedObjectError catch (e) {
    print(e);
    print(e.unsupportedObject);
    print(e.cause.runtimeType);
    print(e.partialResult);
  }
  final cyclic = <Object?>[1];
  cyclic.add({'self': cyclic});
  try {
    jsonEncode(cyclic);
  } on JsonCyclicError catch (e) {
    print('$e; same object: ${identical(e.object, cyclic)} ${e.cause}');
  }
  print(jsonEncode({'when': DateTime.utc(2024)}, toEncodable: (o) => (o as DateTime).toIso8601String()));
  final revived = jsonDecode('{"a": [1, 2], "b": {"c": 3}}', reviver: (k, v) => v is int ? v * 10 : v);
  print(revived);
  try {
    Uri.parse('http://localhost:80a/');
  } on FormatException catch (e) {
    print('${e.message} at ${e.offset}');
  }
  print(Uri.tryParse('::not a uri'));
}
