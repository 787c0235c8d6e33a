// The path to an unsendable object held in a map, a set or a record (see retaining_path.dart for
// instances, lists and closures). The VM's _Map keeps keys and values in one fixed-length _List
// of 8 slots at first, doubled when full, so a map adds two lines: that list, then the map
// ("_Map len:N", from dart:collection); keys and values alike. A set likewise keeps its
// elements in a _List (4 slots at first). A record adds one line, from dart:core. Only the
// parts of the set's and the record's own lines that do not depend on the VM's exact wording
// are printed here. File URIs are replaced, as they depend on where the program is.
import 'dart:isolate';

class Box {
  final Object value;
  Box(this.value);
}

String show(Object e) => e.toString().replaceAll(RegExp(r'\(from file://[^)]*\)'), '(from this file)');

void main() {
  var raw = RawReceivePort();
  var target = RawReceivePort();

  List<String> attempt(Object? message) {
    try {
      target.sendPort.send(message);
      return ['sent'];
    } on ArgumentError catch (e) {
      return show(e).split('\n');
    }
  }

  void full(String label, Object? message) {
    print('$label:');
    print(attempt(message).join('\n'));
  }

  full('map value', {'k': raw});
  full('map key', {raw: 1});
  full('map of five', {for (var i = 0; i < 5; i++) i: i == 3 ? raw : i});
  full('map in a field', Box(<String, Object>{'a': 1, 'b': raw}));

  var set = attempt(<Object>{1, raw});
  print('set: ${set[0]}');
  print('set: ${set[1]}');
  print('set: ${set.length} lines, last from dart:collection: ${set[set.length - 2].endsWith('(from dart:collection)')}');

  var bigSet = attempt({1, 2, 3, 4, raw});
  print('set of five: ${bigSet[1]}');

  for (var record in [(1, raw), (1, port: raw)]) {
    var lines = attempt(record);
    print('record: ${lines.length} lines, ${lines[1].startsWith(' <- ')} ${lines[1].endsWith(' (from dart:core)')}');
  }
  print('const map: ${attempt(const {'a': 1})[0]}');
  raw.close();
  target.close();
}
