// Zone members called directly on a zone: scheduling, timers and print in that zone,
// binding and registering callbacks, and the root zone's defaults.
import 'dart:async';

void main() {
  final zone = Zone.current.fork(
      zoneValues: {#name: 'z'},
      specification: ZoneSpecification(
          print: (self, parent, zone, line) => parent.print(zone, '${zone[#name]}> $line'),
          handleUncaughtError: (self, parent, zone, error, stackTrace) => parent.print(zone, 'uncaught in ${zone[#name]}: $error')));
  zone.print('printed through the zone');
  Zone.root.print('printed by the root zone');
  zone.scheduleMicrotask(() => print('microtask in ${Zone.current[#name]}'));
  zone.createTimer(Duration.zero, () {
    print('timer in ${Zone.current[#name]}');
    var ticks = 0;
    zone.createPeriodicTimer(Duration(milliseconds: 1), (timer) {
      print('periodic tick in ${Zone.current[#name]}');
      if (++ticks == 2) {
        timer.cancel();
        print('cancelled: ${!timer.isActive}');
      }
    });
  });
  print(zone.errorCallback('e', StackTrace.current));
  print(Zone.root.errorCallback('e', null));

  final unary = zone.bindUnaryCallback((x) => '$x in ${Zone.current[#name]}');
  print(unary('bound unary'));
  final binary = zone.bindBinaryCallback((a, b) => '$a$b in ${Zone.current[#name]}');
  print(binary('bound ', 'binary'));
  zone.bindUnaryCallbackGuarded((x) => throw 'unary $x')('failed');
  zone.bindBinaryCallbackGuarded((a, b) => throw 'binary $a $b')(1, 2);
  zone.runUnaryGuarded((x) => throw 'runUnaryGuarded $x', 3);
  print(zone.registerUnaryCallback((x) => x)(7));
  print(zone.registerBinaryCallback((a, b) => a * b)(6, 7));
  print(Zone.root.bindCallback(() => identical(Zone.current, Zone.root))());
  print(zone.run(() => Zone.root.run(() => Zone.current[#name])));
}
