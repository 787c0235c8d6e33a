// JSON decode benchmark: builds a realistic JSON document deterministically,
// then decodes it repeatedly with jsonDecode and reports the throughput.
//
//   bin/dartj bench/json_decode.dart [ROUNDS] [--write=PATH]
//
// --write=PATH also writes the document (UTF-8) to PATH, so the Java baseline
// (bench/java/JsonBaseline.java) parses exactly the same text.
import 'dart:convert';
import 'dart:io';

const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];

String buildDocument(int records) {
  var seed = 12345;
  int next() {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  }

  var items = <Object?>[];
  for (var i = 0; i < records; i++) {
    var r = next();
    items.add({
      'id': i,
      'name': '${words[r % 8]}-${words[(r >> 3) % 8]} #$i',
      'active': r % 3 == 0,
      'score': (r % 10000) / 4,
      'tags': [for (var t = 0; t < r % 5; t++) words[(r >> t) % 8]],
      'owner': r % 7 == 0 ? null : {'login': 'user${r % 997}', 'karma': r % 100000 - 50000},
      'position': [(r % 360) - 180, (r % 181) - 90.5],
      'note': 'Line "${r % 100}" \\ path\tand\nnew line: caf\u00e9 \u4e2d\u6587 \u{1F600}',
    });
  }
  return jsonEncode({'version': 3, 'generator': 'dartj-bench', 'items': items});
}

void main(List<String> args) {
  var rounds = 30;
  String? writePath;
  for (var a in args) {
    if (a.startsWith('--write=')) {
      writePath = a.substring('--write='.length);
    } else {
      rounds = int.parse(a);
    }
  }
  var doc = buildDocument(5000);
  var bytes = utf8.encode(doc).length;
  if (writePath != null) {
    File(writePath).writeAsStringSync(doc);
  }
  print('document: $bytes bytes (UTF-8), ${doc.length} UTF-16 code units');
  var checksum = 0;
  var times = <int>[];
  var watch = Stopwatch();
  for (var round = 0; round < rounds; round++) {
    watch
      ..reset()
      ..start();
    var result = jsonDecode(doc) as Map<String, dynamic>;
    watch.stop();
    times.add(watch.elapsedMicroseconds);
    var items = result['items'] as List;
    var sum = 0;
    for (var item in items) {
      sum += (item['id'] as int) + (item['tags'] as List).length;
    }
    checksum = sum + items.length;
  }
  print('checksum: $checksum');
  double mbPerSecond(int micros) => bytes / micros;
  var last = times.sublist(times.length > 10 ? times.length - 10 : 0);
  var lastTotal = last.fold<int>(0, (a, b) => a + b);
  print('first round: ${mbPerSecond(times.first).toStringAsFixed(1)} MB/s');
  print('last ${last.length} rounds: ${(bytes * last.length / lastTotal).toStringAsFixed(1)} MB/s');
  print('best round: ${mbPerSecond(times.reduce((a, b) => a < b ? a : b)).toStringAsFixed(1)} MB/s');
}
