// A tiny mustache-like template renderer: {{name}}, {{name|filter:arg}},
// sections {{#list}}...{{/list}}, comments, escaping; built on RegExp named
// groups, replaceAllMapped, splitMapJoin, allMatches and string helpers.
typedef Filter = String Function(String value, String? arg);

class TemplateError implements Exception {
  final String message;
  final int offset;
  TemplateError(this.message, this.offset);
  @override
  String toString() => 'TemplateError at $offset: $message';
}

final filters = <String, Filter>{
  'upper': (v, _) => v.toUpperCase(),
  'lower': (v, _) => v.toLowerCase(),
  'title': (v, _) => v.split(' ').map((w) => w.isEmpty ? w : w[0].toUpperCase() + w.substring(1)).join(' '),
  'pad': (v, a) => v.padLeft(int.parse(a ?? '0')),
  'trunc': (v, a) {
    final n = int.parse(a!);
    return v.length <= n ? v : '${v.substring(0, n)}…';
  },
  'default': (v, a) => v.isEmpty ? a ?? '' : v,
  'html': (v, _) => v.splitMapJoin(RegExp(r'[<>&"]'),
      onMatch: (m) => switch (m[0]) {
            '<' => '&lt;',
            '>' => '&gt;',
            '&' => '&amp;',
            _ => '&quot;',
          },
      onNonMatch: (s) => s),
};

final tagRe = RegExp(r'\{\{\s*(?<name>[a-zA-Z_][\w.]*)\s*(?:\|\s*(?<filter>\w+)(?::(?<arg>[^}]*))?)?\s*\}\}');
final sectionRe = RegExp(r'\{\{#(?<key>\w+)\}\}(?<body>.*?)\{\{/\k<key>\}\}', dotAll: true);
final commentRe = RegExp(r'\{\{!.*?\}\}', dotAll: true);

Object? lookup(Map<String, Object?> ctx, String path) {
  Object? cur = ctx;
  for (final part in path.split('.')) {
    if (cur is Map<String, Object?> && cur.containsKey(part)) {
      cur = cur[part];
    } else if (cur is List && int.tryParse(part) != null) {
      final i = int.parse(part);
      cur = i < cur.length ? cur[i] : null;
    } else {
      return null;
    }
  }
  return cur;
}

String render(String template, Map<String, Object?> ctx) {
  var out = template.replaceAll(commentRe, '');
  out = out.replaceAllMapped(sectionRe, (m) {
    final key = m.namedGroup('key')!;
    final body = m.namedGroup('body')!;
    final value = ctx[key];
    return switch (value) {
      List items => [
          for (final (i, item) in items.indexed)
            render(body, {...ctx, 'it': item, 'index': i + 1, 'first': i == 0})
        ].join(),
      true => render(body, ctx),
      Map<String, Object?> inner => render(body, {...ctx, ...inner}),
      _ => '',
    };
  });
  return out.replaceAllMapped(tagRe, (m) {
    final name = m.namedGroup('name')!;
    final value = lookup(ctx, name);
    var text = value == null ? '' : '$value';
    final filterName = m.namedGroup('filter');
    if (filterName != null) {
      final f = filters[filterName];
      if (f == null) throw TemplateError('unknown filter "$filterName"', m.start);
      text = f(text, m.namedGroup('arg'));
    }
    return text;
  });
}

void main() {
  final ctx = <String, Object?>{
    'user': {'name': 'ada lovelace', 'email': 'ada@example.org', 'tags': ['math', 'poetry']},
    'title': 'Report <Q1> & "Notes"',
    'items': [
      {'sku': 'A-1', 'qty': 3, 'price': 2.5},
      {'sku': 'B-22', 'qty': 10, 'price': 0.75},
      {'sku': 'C-333', 'qty': 1, 'price': 19.99},
    ],
    'admin': true,
    'guest': false,
    'empty': '',
  };
  const tpl = '''
{{! this comment disappears }}Hello {{ user.name | title }} <{{user.email|upper}}>
Title: {{title|html}}
First tag: {{user.tags.0}}, missing: [{{user.tags.5}}] [{{nope|default:n/a}}]
{{#items}}  {{index}}. {{it.sku|pad:6}} x{{it.qty}}
{{/items}}{{#admin}}(admin view){{/admin}}{{#guest}}(guest view){{/guest}}
Short: {{title|trunc:6}}
''';
  print(render(tpl, ctx));

  // The same substitutions with the lower-level APIs.
  final date = RegExp(r'(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})');
  const log = 'released 2024-03-09, patched 2024-11-30; next 2025-01-15';
  print(log.replaceAllMapped(date, (m) => '${m.namedGroup('d')}/${m.namedGroup('m')}/${m.namedGroup('y')}'));
  print(log.replaceAll(date, r'$y'));
  print(log.replaceFirstMapped(date, (m) => '<${m[0]}>'));
  final m = date.firstMatch(log)!;
  print('${m.groupNames.toList()} ${m.groupCount} ${m.start}-${m.end} ${m.groups([1, 3])}');
  print(date.allMatches(log).map((m) => m.namedGroup('y')).toSet());
  try {
    m.namedGroup('zzz');
  } on ArgumentError catch (e) {
    print(e);
  }
  print('a1b22c333'.splitMapJoin(RegExp(r'\d+'), onMatch: (m) => '(${m[0]!.length})', onNonMatch: (s) => s.toUpperCase()));
  print('one  two   three'.split(RegExp(r'\s+')));
  print('k1=v1;k2=v2;;k3'.split(';').where((p) => p.isNotEmpty).map((p) {
    final i = p.indexOf('=');
    return i < 0 ? MapEntry(p, '') : MapEntry(p.substring(0, i), p.substring(i + 1));
  }).toList());
  print('CamelCaseString'.replaceAllMapped(RegExp(r'(?<!^)([A-Z])'), (m) => '_${m[1]}').toLowerCase());
  print('snake_case_here'.replaceAllMapped(RegExp(r'_(\w)'), (m) => m[1]!.toUpperCase()));
  print(RegExp(r'^\w+$').hasMatch('abc_123'));
  print(RegExp(r'(\w)\1').allMatches('aabbcd eeff').map((m) => m[0]).join(','));
  print(RegExp('a', caseSensitive: false).allMatches('AbaA').length);
  print(RegExp(r'^item', multiLine: true).allMatches('item1\nitem2\nother item').length);
  print(RegExp(r'\p{Lu}', unicode: true).allMatches('Ärger über Öl').map((m) => m[0]).join());
  print(RegExp(r'x*').allMatches('axxb').map((m) => '${m.start}:${m[0]}').toList());
  print('abc'.replaceAll('', '-'));
  print('a.b.c'.replaceAll('.', r'\$'));
  try {
    render('{{title|shout}}', ctx);
  } on TemplateError catch (e) {
    print(e);
  }
  print(RegExp(r'a+b', multiLine: true, caseSensitive: false));
  print(RegExp.escape('1+1=2? [yes]'));
}
