import 'dart:async';
void main() async {
  final c = StreamController<int>(onCancel: () => print('source cancelled'));
  c.stream.map((x) => x * 2).listen(print, onDone: () => print('mapped done'));
  c.add(1);
  await c.close();
  final d = StreamController<int>(onCancel: () async {
    print('async cancel start');
    await null;
    print('async cancel end');
  });
  d.stream.listen(print, onDone: () => print('d done'));
  d.add(5);
  d.close();
  await Future.delayed(Duration.zero);
  print('end');
}
