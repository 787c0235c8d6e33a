// Async file handling and collection/convert odds and ends: createTemp, await in a
// pattern for-in, LinkedHashMap.fromIterables, jsonEncode of a SplayTreeMap.
import 'dart:convert';
import 'dart:io';
import 'dart:collection';

Future<void> main() async {
  final dir = await Directory.systemTemp.createTemp('x');
  final f = File('${dir.path}/a.txt');
  await f.writeAsString('alpha\nbeta\r\ngamma');
  final lines = const LineSplitter().convert(await f.readAsString());
  print(lines);
  var n = 0;
  await for (final line in Stream.fromIterable(lines)) {
    n += line.length;
  }
  print(n);
  final entries = dir.listSync().map((e) => e.path.split("/").last).toList();
  print(entries);
  for (final (i, l) in lines.indexed) {
    await Future.delayed(Duration.zero);
    print('$i $l');
  }
  await dir.delete(recursive: true);
  final q = ListQueue<int>()..addAll([1, 2, 3]);
  q.addFirst(0);
  print(q);
  print(LinkedHashMap.fromIterables(['a', 'b'], [1, 2]));
  final m = HashMap<String, int>();
  m['x'] = 1;
  print(m);
  print(UnmodifiableListView([1, 2]));
  final sorted = SplayTreeMap<String, int>.from({'b': 2, 'a': 1});
  print(sorted.entries.map((e) => '${e.key}${e.value}').join());
  final json = jsonEncode(sorted);
  print(json);
  print(const JsonEncoder.withIndent('\t').convert({'a': [1, {'b': null}]}));
  final enc = JsonEncoder((o) => o is DateTime ? o.toIso8601String() : o.toString());
  print(enc.convert({'when': DateTime.utc(2020), 'set': {1, 2}}));
  print(jsonDecode('[1, 2.5, "x"]', reviver: (k, v) => v is int ? v * 10 : v));
  print(utf8.fuse(base64).encode('hi'));
  print(Uri.parse('https://example.com:8080/a/b?x=1&y=two#frag').queryParameters);
  print(Uri.encodeComponent('a b&c'));
  stdout.writeln(['x', 1, null]);
  print(Platform.pathSeparator);
}
