// await in a zone: the continuation is a registered callback that the zone resumes through
// runUnary (a value) or runBinary (an error), in the zone where the await happened.
import 'dart:async';
void main() {
  var log = <String>[];
  runZoned(() async {
    var v = await Future.value(1);
    print('resumed with $v in ${Zone.current[#n]}');
    try {
      await Future.error('bad');
    } catch (e) {
      print('caught $e in ${Zone.current[#n]}');
    }
    print(log);
  }, zoneValues: {#n: 'z'}, zoneSpecification: ZoneSpecification(
    runUnary: <R, T>(self, parent, zone, f, arg) { log.add('runUnary'); return parent.runUnary(zone, f, arg); },
    runBinary: <R, T1, T2>(self, parent, zone, f, a, b) { log.add('runBinary'); return parent.runBinary(zone, f, a, b); },
  ));
}
