// The timers behind Future.delayed, Future() and timeout go through the zone's createTimer,
// and their callbacks run in the zone.
import 'dart:async';

void main() {
  final log = <String>[];
  runZoned(() {
    Future.delayed(Duration(milliseconds: 1), () => 'delayed in ${Zone.current[#name]}').then((v) {
      print(v);
      Future(() => 'computed in ${Zone.current[#name]}').then((v) {
        print(v);
        Completer<int>().future.timeout(Duration(milliseconds: 2)).catchError((e) {
          print('$e in ${Zone.current[#name]}');
          return 0;
        }).then((_) {
          print(log);
        });
      });
    });
  }, zoneValues: {#name: 'z'}, zoneSpecification: ZoneSpecification(createTimer: (self, parent, zone, duration, f) {
    log.add('createTimer ${duration.inMilliseconds}ms');
    return parent.createTimer(zone, duration, f);
  }));
}
