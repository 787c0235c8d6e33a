import 'dart:async';

final log = <String>[];

void step(String s) => log.add(s);

Future<void> worker(String name) async {
  step('$name start');
  await null;
  step('$name after null');
  await Future.value();
  step('$name after value');
  await Future(() {});
  step('$name after event');
}

void main() async {
  step('main 1');
  Timer.run(() => step('timer run'));
  Future(() => step('future 1'));
  scheduleMicrotask(() => step('micro 1'));
  Future.microtask(() => step('micro 2'));
  Future.value(1).then((_) => step('value then'));
  Future.sync(() => step('sync'));
  Future.delayed(Duration.zero, () => step('delayed zero'));
  final c = Completer<void>();
  c.future.then((_) => step('completer then'));
  c.complete();
  final s = Completer<void>.sync();
  s.future.then((_) => step('sync completer then'));
  s.complete();
  step('main 2');
  final w = worker('w');
  step('main 3');
  Future(() {
    step('future 2');
    scheduleMicrotask(() => step('micro inside future 2'));
  }).then((_) => step('future 2 then'));
  Future(() => step('future 3'));
  await w;
  step('main after worker');
  await Future.delayed(Duration(milliseconds: 5));
  for (var i = 0; i < log.length; i++) {
    print('${i + 1}. ${log[i]}');
  }

  // Ordering of stream events vs microtasks.
  final out = <String>[];
  final ctrl = StreamController<int>();
  ctrl.stream.listen((v) => out.add('event $v'), onDone: () => out.add('done'));
  ctrl.add(1);
  scheduleMicrotask(() => out.add('micro A'));
  ctrl.add(2);
  ctrl.close();
  scheduleMicrotask(() => out.add('micro B'));
  out.add('sync end');
  await Future.delayed(Duration.zero);
  print(out.join(' | '));

  final sync = StreamController<int>(sync: true);
  final out2 = <String>[];
  sync.stream.listen((v) => out2.add('sync event $v'));
  out2.add('before');
  sync.add(7);
  out2.add('after');
  await sync.close();
  print(out2.join(' | '));

  // A listener that awaits: the next event waits for its own microtask turn.
  final jobs = StreamController<int>();
  jobs.stream.listen((v) async {
    print('start $v');
    await null;
    print('end $v');
  });
  jobs..add(1)..add(2)..add(3);
  await jobs.close();

  final news = StreamController<String>.broadcast();
  news.stream.listen((v) => print('L1 $v'));
  news.stream.listen((v) => print('L2 $v'));
  news.add('x');
  news.add('y');
  scheduleMicrotask(() => print('micro'));
  await Future.delayed(Duration.zero);
}
