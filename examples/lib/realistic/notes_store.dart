// A tiny notes CLI: JSON persistence with toJson/fromJson, pretty printing,
// base64/utf8, LineSplitter, files in a temp directory, sorted listing.
import 'dart:convert';
import 'dart:io';

class Note {
  final int id;
  final String title;
  final List<String> tags;
  final bool done;
  final double? score;
  Note(this.id, this.title, this.tags, {this.done = false, this.score});

  factory Note.fromJson(Map<String, dynamic> json) => Note(
        json['id'] as int,
        json['title'] as String,
        (json['tags'] as List).cast<String>(),
        done: json['done'] as bool? ?? false,
        score: (json['score'] as num?)?.toDouble(),
      );

  Map<String, dynamic> toJson() => {
        'id': id,
        'title': title,
        'tags': tags,
        'done': done,
        if (score != null) 'score': score,
      };

  @override
  String toString() => '#$id $title ${tags.isEmpty ? '' : tags}${done ? ' (done)' : ''}';
}

void main() {
  final dir = Directory.systemTemp.createTempSync('notes_');
  try {
    final notes = [
      Note(1, 'Buy milk', ['home'], score: 2),
      Note(2, 'Write "report"', ['work', 'urgent'], done: true, score: 4.5),
      Note(3, 'Café ☕ & ünïcödé', []),
    ];
    final file = File('${dir.path}/notes.json');
    file.writeAsStringSync(const JsonEncoder.withIndent('  ').convert(notes));
    final text = file.readAsStringSync();
    print(text);
    final loaded = (jsonDecode(text) as List).map((e) => Note.fromJson(e as Map<String, dynamic>)).toList();
    loaded.forEach(print);
    print(jsonEncode(loaded.where((n) => !n.done).toList()));
    print(jsonEncode({'a': 1.0, 'b': -0.5, 'c': 1e21, 'd': null, 'e': 'tab\there', 'f': '\u0001'}));
    final decoded = jsonDecode('{"n": 12345678901234, "f": 1.50, "e": 2E3, "s": "\\u00e9\\n", "l": [true, null]}');
    decoded.forEach((k, v) => print('$k: $v (${v.runtimeType})'));
    try {
      jsonDecode('{"a": 1,}');
    } on FormatException catch (e) {
      print('bad json: ${e.runtimeType}');
    }

    final bytes = utf8.encode('Café ☕');
    print(bytes);
    print(bytes.length);
    print(utf8.decode(bytes));
    final b64 = base64.encode(bytes);
    print(b64);
    print(utf8.decode(base64.decode(b64)));
    print(base64Url.encode([251, 255, 191]));
    print(latin1.encode('é'));
    print(ascii.decode([72, 105]));

    final log = File('${dir.path}/app.log');
    final sink = log.openWrite();
    for (var i = 1; i <= 3; i++) {
      sink.writeln('line $i');
    }
    sink.write('last\r\nwindows\rold mac');
    sink.close().then((_) {
      final lines = const LineSplitter().convert(log.readAsStringSync());
      print(lines);
      print(log.readAsLinesSync().length);
      log.writeAsStringSync('appended\n', mode: FileMode.append);
      print(log.readAsStringSync().split('\n').last.isEmpty);

      File('${dir.path}/b.txt').writeAsBytesSync([104, 105]);
      Directory('${dir.path}/sub').createSync();
      File('${dir.path}/sub/c.txt').createSync(recursive: true);
      final names = dir
          .listSync(recursive: true)
          .map((e) => '${e.path.substring(dir.path.length + 1)}${e is Directory ? '/' : ''}')
          .toList()
        ..sort();
      print(names);
      print(File('${dir.path}/b.txt').lengthSync());
      print(File('${dir.path}/missing.txt').existsSync());
      stdout.write('written with stdout.write');
      stdout.writeln(' and writeln');
      stdout.writeAll(['a', 'b', 'c'], '-');
      stdout.writeln();
      dir.deleteSync(recursive: true);
      print(dir.existsSync());
      exitCode = 0;
    });
  } catch (e) {
    dir.deleteSync(recursive: true);
    rethrow;
  }
}
