// An observer / event bus with typedefs, generics, closures and async delivery.
import 'dart:async';

typedef Handler<E> = void Function(E event);
typedef Predicate<E> = bool Function(E event);
typedef Unsubscribe = void Function();

abstract class Event {
  final int id;
  Event(this.id);
}

class UserCreated extends Event {
  final String name;
  UserCreated(super.id, this.name);
  @override
  String toString() => 'UserCreated(#$id, $name)';
}

class UserDeleted extends Event {
  UserDeleted(super.id);
  @override
  String toString() => 'UserDeleted(#$id)';
}

class OrderPlaced extends Event {
  final double total;
  OrderPlaced(super.id, this.total);
  @override
  String toString() => 'OrderPlaced(#$id, ${total.toStringAsFixed(2)})';
}

class _Subscription<E extends Event> {
  final Handler<E> handler;
  final Predicate<E>? where;
  final String label;
  _Subscription(this.handler, this.where, this.label);

  bool accepts(Event e) => e is E && (where?.call(e) ?? true);
  void deliver(Event e) => handler(e as E);
}

class EventBus {
  final List<_Subscription> _subs = [];
  final List<String> log = [];
  int _delivered = 0;

  int get delivered => _delivered;

  Unsubscribe on<E extends Event>(Handler<E> handler, {Predicate<E>? where, String? label}) {
    final sub = _Subscription<E>(handler, where, label ?? '$E');
    _subs.add(sub);
    return () {
      if (_subs.remove(sub)) log.add('unsubscribed ${sub.label}');
    };
  }

  void publish(Event e) {
    for (final sub in List.of(_subs)) {
      if (sub.accepts(e)) {
        _delivered++;
        sub.deliver(e);
      }
    }
  }

  Future<void> publishAsync(Event e) async {
    await Future<void>.delayed(Duration.zero);
    publish(e);
  }

  Stream<E> stream<E extends Event>() {
    late StreamController<E> controller;
    Unsubscribe? cancel;
    controller = StreamController<E>(
      onListen: () => cancel = on<E>(controller.add, label: 'stream<$E>'),
      onCancel: () => cancel?.call(),
    );
    return controller.stream;
  }
}

class Counter {
  final Map<Type, int> counts = {};
  void count(Event e) => counts[e.runtimeType] = (counts[e.runtimeType] ?? 0) + 1;
}

Handler<E> logging<E>(List<String> sink, String prefix) => (E e) => sink.add('$prefix$e');

Future<void> main() async {
  final bus = EventBus();
  final seen = <String>[];
  final counter = Counter();

  final offAll = bus.on<Event>(counter.count, label: 'counter');
  bus.on<UserCreated>(logging(seen, 'created: '));
  final offBig = bus.on<OrderPlaced>(
    (o) => seen.add('big order ${o.total}'),
    where: (o) => o.total >= 100,
    label: 'big orders',
  );
  var deletes = 0;
  bus.on<UserDeleted>((_) => deletes++);

  bus
    ..publish(UserCreated(1, 'ada'))
    ..publish(OrderPlaced(2, 99.5))
    ..publish(OrderPlaced(3, 250))
    ..publish(UserDeleted(1));
  offBig();
  offBig();
  bus.publish(OrderPlaced(4, 1000));

  seen.forEach(print);
  print('deletes: $deletes, delivered: ${bus.delivered}');
  print(counter.counts);
  print(bus.log);

  final orders = <String>[];
  final sub = bus.stream<OrderPlaced>().map((o) => o.total).listen((t) => orders.add('$t'));
  await bus.publishAsync(OrderPlaced(5, 12.25));
  await bus.publishAsync(UserCreated(6, 'bob'));
  await bus.publishAsync(OrderPlaced(7, 3));
  await Future<void>.delayed(Duration.zero);
  await sub.cancel();
  bus.publish(OrderPlaced(8, 1));
  print(orders);
  print(bus.log);

  final firstUser = bus.stream<UserCreated>().first;
  scheduleMicrotask(() => bus.publish(UserCreated(9, 'cy')));
  print('first: ${await firstUser}');

  offAll();
  bus.publish(UserDeleted(9));
  print(counter.counts.values.fold(0, (a, b) => a + b));
  print(deletes);

  final order = <String>[];
  Future(() => order.add('event'));
  scheduleMicrotask(() => order.add('microtask'));
  await null;
  order.add('after await null');
  await Future<void>.delayed(Duration.zero);
  print(order);

  final results = await Future.wait([
    for (var i = 1; i <= 3; i++) Future.delayed(Duration(milliseconds: 10 * (4 - i)), () => i * i),
  ]);
  print(results);
  try {
    await Future.wait([Future.value(1), Future<int>.error(StateError('boom'))]);
  } on StateError catch (e) {
    print('wait failed: ${e.message}');
  }
  final h = logging<int>(seen, '#');
  h(42);
  print(seen.last);
  print(h is Handler<int>);
}
